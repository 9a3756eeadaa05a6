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
import java.util.regex.Pattern;

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
    /** pip's usual family of requirement files, matched by its pattern. */
    private static final Pattern REQUIREMENTS = Pattern.compile("requirements[^/]*\\.txt");
    private static final Pattern INCLUDE = Pattern.compile("^\\s*(?:-r|--requirement|-c|--constraint)[\\s=]\\s*(\\S+)",
            Pattern.MULTILINE);
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
            String pattern = REQUIREMENTS.matcher(word).matches() ? "requirements*.txt" : word;
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
            var m = INCLUDE.matcher(text);
            while (m.find()) {
                String included = folder + m.group(1);
                if (!included.contains("..") && !included.contains("$") && !included.contains("://") && seen.add(included)
                        && exists(context, included)) {
                    found.add(included);
                    todo.add(included);
                }
            }
        }
        return found;
    }

    private static boolean covered(Set<String> sources, String file) {
        for (String source : sources) {
            if (glob(source).matcher(file).matches()) {
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
        Pattern name = glob(pattern.substring(slash + 1));
        for (String entry : context.list(slash < 0 ? "" : pattern.substring(0, slash))) {
            if (!entry.endsWith("/") && name.matcher(entry).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A COPY source pattern as a regular expression: {@code *} matches within one path segment. */
    private static Pattern glob(String pattern) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int k = 1; k < parts.length; k++) {
            regex.append("[^/]*").append(Pattern.quote(parts[k]));
        }
        return Pattern.compile(regex.toString());
    }
}
