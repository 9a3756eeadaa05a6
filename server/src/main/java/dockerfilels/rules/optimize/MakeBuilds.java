package dockerfilels.rules.optimize;

import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.workspace.BuildContext;
import java.util.List;
import java.util.Optional;

/**
 * What CgoBinaryInStaticImage can tell of a {@code make} in a Go build stage. A Makefile is read
 * from the build context ({@code -f} file, or {@code Makefile}/{@code GNUmakefile}/{@code makefile}
 * in the {@code -C} folder, taken relative to the context root, where {@code COPY . .} puts them):
 * one that mentions CGO_ENABLED has made its choice; one that runs {@code go build} or
 * {@code go install}, or any one run in a stage on a Go toolchain image, builds Go. Without a
 * Makefile to read nothing is said: the Makefiles of projects that ship on distroless or scratch
 * mostly set CGO_ENABLED themselves (Grafana Loki's do, for two such Dockerfiles of the real-world
 * corpus), so a guess would mostly be wrong.
 */
final class MakeBuilds {
    /** How Makefiles call the go command. */
    private static final java.util.Set<String> GO = java.util.Set.of("go", "$(GO)", "${GO}", "$(GOCMD)", "${GOCMD}", "$(GO_CMD)");
    private static final List<String> NAMES = List.of("GNUmakefile", "makefile", "Makefile");
    /** Folders whose files are not binaries a Go build writes: certificates, zone data, configuration. */
    /** make's options that take the next word as their value. */
    private static final java.util.Set<String> VALUED = java.util.Set.of("-C", "--directory", "-f", "--file", "--makefile", "-I",
            "--include-dir", "-j", "--jobs", "-l", "--load-average", "-o", "--old-file", "-W", "--what-if", "--new-file");
    /** Targets that build no binary. */
    private static final java.util.Set<String> NOT_BUILDS = java.util.Set.of("test", "tests", "check", "lint", "vet", "fmt",
            "format", "clean", "generate", "gen", "deps", "dependencies", "download", "mod", "tidy", "tools", "help", "vendor");
    private static final List<String> DATA = List.of("/etc/", "/usr/share/", "/usr/local/share/", "/var/");

    private MakeBuilds() {
    }

    /** Whether the {@code make} builds Go without a CGO_ENABLED of its own (not when it only tests, lints or fetches). */
    static boolean buildsGo(BuildContext context, ShellCommand make, boolean goImage) {
        List<String> targets = make.operandsSkipping(VALUED).stream().map(w -> w.value()).filter(v -> v.indexOf('=') < 0).toList();
        if (!targets.isEmpty() && NOT_BUILDS.containsAll(targets)) {
            return false;
        }
        Optional<String> makefile = makefile(context, make);
        if (makefile.isEmpty()) {
            return false; // unseen: Makefiles that build for static images mostly set CGO_ENABLED themselves
        }
        String text = makefile.get();
        if (text.contains("CGO_ENABLED")) {
            return false;
        }
        return goImage || runsGoBuild(text);
    }

    /** Whether the text has {@code go build} or {@code go install} (the go command as Makefiles name it) as two words. */
    static boolean runsGoBuild(String text) {
        String previous = "";
        int k = 0;
        while (k < text.length()) {
            while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            String word = text.substring(start, k);
            if ((word.equals("build") || word.equals("install")) && (GO.contains(previous) || previous.endsWith("/go"))) {
                return true;
            }
            previous = word;
        }
        return false;
    }

    private static Optional<String> makefile(BuildContext context, ShellCommand make) {
        String file = make.optionValue("-f", "--file", "--makefile");
        String dir = make.optionValue("-C", "--directory");
        String folder = dir == null || dir.equals(".") ? "" : trimmed(dir) + "/";
        if (folder.startsWith("/") || folder.contains("..") || folder.contains("$")) {
            return Optional.empty(); // outside what the context root mirrors
        }
        if (file != null) {
            return file.startsWith("/") || file.contains("..") || file.contains("$") ? Optional.empty() : context.read(folder + file);
        }
        for (String name : NAMES) {
            Optional<String> text = context.read(folder + name);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private static String trimmed(String dir) {
        String d = dir.startsWith("./") ? dir.substring(2) : dir;
        return d.endsWith("/") ? d.substring(0, d.length() - 1) : d;
    }

    /**
     * Whether the COPY takes what the make may have built: a path in the folder make ran in, or in a
     * {@code bin} folder, and not in a folder of data files (certificates, zone data).
     */
    static boolean copiesOutput(List<String> copied, String makeDir) {
        String dir = makeDir.endsWith("/") ? makeDir : makeDir + "/";
        for (String path : copied) {
            boolean data = DATA.stream().anyMatch(path::startsWith);
            if (!data && (path.contains("$") || path.startsWith(dir) || path.equals(makeDir) || path.contains("/bin/")
                    || path.endsWith("/bin"))) {
                return true;
            }
        }
        return false;
    }
}
