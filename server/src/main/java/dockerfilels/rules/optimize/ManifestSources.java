package dockerfilels.rules.optimize;

import dockerfilels.semantics.commands.PackageManagers.DependencyInstall;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.workspace.BuildContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to COPY so that a dependency install finds its manifests, grouped by folder (a COPY puts
 * each source file in the destination itself, so {@code requirements/prod.txt} needs a COPY to
 * {@code <dest>/requirements/} of its own). Patterns stay patterns ({@code package*.json},
 * {@code build.gradle*}, {@code requirements*.txt}): COPY expands them and, unlike a list of the
 * files there today, they keep working when a lock file is added. When the build context can be
 * read, a pattern or file that matches nothing there is left out (COPY fails on a missing file),
 * the files the tool also reads that the patterns miss are added ({@code npm-shrinkwrap.json},
 * {@code .yarnrc.yml}), and so are the requirement files a requirements file includes with
 * {@code -r}/{@code -c}; the main manifest must be there, or the context is not laid out as assumed.
 */
final class ManifestSources {
    /** The options of a requirements file's line that include another file. */
    private static final List<String> INCLUDES = List.of("-r", "--requirement", "-c", "--constraint");
    private static final int MAX_INCLUDES = 20;

    private ManifestSources() {
    }

    /** The sources by folder ("" for the context root), or null when the context shows the install cannot work this way. */
    static Map<String, List<String>> of(BuildContext context, DependencyInstall install) {
        List<String> patterns = patterns(install);
        Set<String> sources = new LinkedHashSet<>();
        if (context == BuildContext.NONE) {
            sources.addAll(patterns);
        } else {
            List<String> manifests = install.manifests();
            if (!exists(context, manifests.get(0))) {
                return null;
            }
            for (String pattern : patterns) {
                if (matchesAny(context, pattern)) {
                    sources.add(pattern);
                }
            }
            for (String manifest : manifests) {
                if (!covered(sources, manifest) && exists(context, manifest)) {
                    sources.add(manifest);
                }
            }
            if (install.invocation().tool() == Tool.PIP || install.invocation().tool() == Tool.UV) {
                for (String included : includes(context, manifests)) {
                    if (!covered(sources, included)) {
                        sources.add(included);
                    }
                }
            }
        }
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        for (String source : sources) {
            int slash = source.lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : source.substring(0, slash + 1), k -> new ArrayList<>()).add(source);
        }
        return byFolder;
    }

    /** The install's pattern as words, pip's root-level {@code requirements*.txt} files folded into that pattern. */
    private static List<String> patterns(DependencyInstall install) {
        List<String> words = new ArrayList<>();
        for (String word : install.pattern().split(" ")) {
            boolean requirements = word.startsWith("requirements") && word.endsWith(".txt") && word.indexOf('/') < 0;
            String pattern = requirements ? "requirements*.txt" : word;
            if (!word.isEmpty() && !words.contains(pattern)) {
                words.add(pattern);
            }
        }
        return words;
    }

    /** The requirement files the given ones include, followed to a few levels (paths relative to the including file). */
    private static List<String> includes(BuildContext context, List<String> files) {
        List<String> found = new ArrayList<>();
        List<String> todo = new ArrayList<>(files);
        Set<String> seen = new LinkedHashSet<>(files);
        while (!todo.isEmpty() && found.size() < MAX_INCLUDES) {
            String file = todo.remove(0);
            String text = context.read(file).orElse("");
            String folder = file.lastIndexOf('/') < 0 ? "" : file.substring(0, file.lastIndexOf('/') + 1);
            for (String line : text.lines().toList()) {
                String name = included(line.trim());
                String included = name == null ? null : folder + name;
                if (included != null && !included.contains("..") && !included.contains("$") && !included.contains("://")
                        && seen.add(included) && exists(context, included)) {
                    found.add(included);
                    todo.add(included);
                }
            }
        }
        return found;
    }

    /** The file a requirements line ({@code -r base.txt}, {@code --requirement=base.txt}) includes, or null. */
    private static String included(String line) {
        for (String option : INCLUDES) {
            if (line.startsWith(option) && line.length() > option.length()) {
                char after = line.charAt(option.length());
                if (after == ' ' || after == '\t' || after == '=') {
                    String rest = line.substring(option.length() + 1).trim();
                    int end = 0;
                    while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                        end++;
                    }
                    return end == 0 ? null : rest.substring(0, end);
                }
            }
        }
        return null;
    }

    private static boolean covered(Set<String> sources, String file) {
        for (String source : sources) {
            if (globMatches(source, file)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exists(BuildContext context, String path) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        List<String> entries = context.list(folder);
        return entries.isEmpty() ? context.read(path).isPresent() : entries.contains(path.substring(slash + 1));
    }

    /** Whether a file of the context matches the pattern (a plain name: whether it exists). */
    private static boolean matchesAny(BuildContext context, String pattern) {
        if (pattern.indexOf('*') < 0) {
            return exists(context, pattern);
        }
        int slash = pattern.lastIndexOf('/');
        String name = pattern.substring(slash + 1);
        for (String entry : context.list(slash < 0 ? "" : pattern.substring(0, slash))) {
            if (!entry.endsWith("/") && globMatches(name, entry)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a COPY source pattern matches a path: {@code *} matches any run of characters but
     * {@code /}, everything else itself (the patterns are this class's own, without {@code ?} or classes).
     */
    static boolean globMatches(String pattern, String path) {
        int p = 0;
        int s = 0;
        int star = -1;
        int resume = 0;
        while (s < path.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = s;
            } else if (p < pattern.length() && pattern.charAt(p) == path.charAt(s)) {
                p++;
                s++;
            } else if (star >= 0 && path.charAt(resume) != '/') {
                p = star + 1;
                s = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
