package dockerfilels.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the server's code may do, read off its source: it starts no process (only the parent
 * process is watched, through ProcessHandle), opens no network connection (the one socket is the
 * {@code --port} debugging listener on the loopback address), writes files only in {@code check
 * --fix}, and every regular expression has been reviewed for linear matching on document text.
 * A new use fails here until it is reviewed and listed.
 */
class SourcePolicyTest {
    private static final Path SOURCES = Path.of("src/main/java");

    /** A forbidden API, by the text that uses it, and the files allowed to use it (and why). */
    private record Rule(String what, Pattern use, List<String> allowed) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("starting a process", Pattern.compile("ProcessBuilder|Runtime\\s*\\.\\s*getRuntime|\\.exec\\s*\\("), List.of()),
            // Exits with the editor: ProcessHandle.of(pid).onExit() only watches.
            new Rule("process handles", Pattern.compile("ProcessHandle"), List.of("dockerfilels/lsp/DockerfileLanguageServer.java")),
            new Rule("network connections", Pattern.compile(
                    "\\bURL\\b|URLConnection|HttpClient|DatagramSocket|SocketChannel|InetAddress\\s*\\.\\s*getBy|new\\s+Socket\\s*\\("
                            + "|javax\\.net|openStream|JarURLConnection"), List.of()),
            // --port N: one client on 127.0.0.1, for debugging.
            new Rule("listening sockets", Pattern.compile("ServerSocket"), List.of("dockerfilels/lsp/ServerLauncher.java")),
            new Rule("writing files", Pattern.compile(
                    "(?<![A-Za-z])Files\\s*\\.\\s*(write|writeString|newOutputStream|newBufferedWriter|move|copy|delete|deleteIfExists"
                            + "|createFile|createTempFile|createDirector|createSymbolicLink|createLink|setAttribute"
                            + "|setPosixFilePermissions|setLastModifiedTime)|FileWriter|RandomAccessFile"
                            + "|new\\s+FileOutputStream\\s*\\((?!FileDescriptor)"),
                    List.of("dockerfilels/cli/SourceFiles.java")),
            new Rule("reflection and class loading", Pattern.compile("Class\\s*\\.\\s*forName|ClassLoader|System\\s*\\.\\s*load"),
                    List.of()),
            new Rule("the environment", Pattern.compile("System\\s*\\.\\s*getenv"), List.of()));

    /**
     * Every regular expression of the code, reviewed: each runs on bounded or document text in
     * time linear in it (no nested or overlapping quantifiers), except DockerIgnore's, which are
     * built from the project's .dockerignore (see docs/security.md). Counts per file.
     */
    private static final Map<String, Integer> REVIEWED_PATTERNS = Map.ofEntries(
            Map.entry("dockerfilels/cli/Reports.java", 1), // rule ids to words, on our own ids
            Map.entry("dockerfilels/cli/SourceFiles.java", 1), // line breaks to blanks: one alternation, no quantifier
            Map.entry("dockerfilels/rules/Suppressions.java", 1), // ignore comments: see its comment, no overlapping \\s*
            Map.entry("dockerfilels/rules/build/InvalidChmod.java", 1), // ^0+(?=.): one run, anchored
            Map.entry("dockerfilels/rules/build/InvalidExposePort.java", 1), // ^0+(?=.)
            Map.entry("dockerfilels/rules/build/InvalidMount.java", 1), // \\$.: two characters
            Map.entry("dockerfilels/rules/build/InvalidPlatform.java", 2), // classes that exclude their separators
            Map.entry("dockerfilels/rules/build/IpAddress.java", 1), // split on a literal dot
            Map.entry("dockerfilels/rules/buildkit/JSONArgsRecommended.java", 1), // split on [ \\t]+
            Map.entry("dockerfilels/rules/buildkit/SecretsUsedInArgOrEnv.java", 2), // alternations of words between _ or ends
            Map.entry("dockerfilels/rules/buildkit/WorkdirRelativePath.java", 1), // a prefix, then .* once
            Map.entry("dockerfilels/semantics/DockerIgnore.java", 2), // the .dockerignore patterns (docs/security.md); split on \\n
            Map.entry("dockerfilels/semantics/ImageReference.java", 2), // distribution/reference: separators required between runs
            Map.entry("dockerfilels/semantics/Platforms.java", 2), // classes that exclude their separators
            Map.entry("dockerfilels/syntax/InstructionChecks.java", 1), // stage names: one class run
            // Reviewed at the merge of the editor features and the best-practice rules (2026-11-25):
            Map.entry("dockerfilels/features/completion/DirectiveCompletion.java", 3), // one comment line, anchored, \s* next to literals
            Map.entry("dockerfilels/features/cursor/Markdown.java", 4), // our own docs: negated classes; \n{3,}; split on \n
            Map.entry("dockerfilels/features/hover/FlagHover.java", 1), // \d+ anchored (matches)
            Map.entry("dockerfilels/features/navigation/NewNames.java", 4), // one class run each, anchored; split on \r?\n
            Map.entry("dockerfilels/features/signature/Signatures.java", 1), // one comment line: \s*#\s*[A-Za-z]+\s*=.*
            Map.entry("dockerfilels/features/symbols/DocumentSymbols.java", 1), // \s+ to one blank
            Map.entry("dockerfilels/rules/optimize/FinalStageUsesBuildImage.java", 3), // one class; a bounded \d{1,2}; split on \s+
            Map.entry("dockerfilels/rules/optimize/LayerCaches.java", 1), // [0-9]+ anchored (matches)
            Map.entry("dockerfilels/rules/optimize/PipCacheInLayer.java", 1), // pip[0-9.]* anchored, on a command name
            Map.entry("dockerfilels/rules/optimize/SecretValueInArgOrEnv.java", 10), // literal prefixes then bounded or single runs; the URL scheme is bounded {0,31}
            Map.entry("dockerfilels/rules/practice/CopyRelativeDestinationWithoutWorkdir.java", 1), // a prefix, then .* once
            Map.entry("dockerfilels/rules/practice/UnpinnedPackages.java", 1), // split on \s+
            Map.entry("dockerfilels/rules/practice/UnpinnedPipPackage.java", 2), // pip/python[0-9.]* anchored, on a command name
            Map.entry("dockerfilels/semantics/commands/PackageManagers.java", 2), // pip/python[0-9.]* anchored
            Map.entry("dockerfilels/semantics/commands/ShellParser.java", 1), // NAME[...]+=.*: classes that exclude what follows them
            Map.entry("dockerfilels/semantics/commands/ShellScript.java", 1)); // the #! line: .* then a word, then .*

    private static Map<String, String> sources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(SOURCES.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        assertTrue(sources.size() > 50, "the server's sources were not found under " + SOURCES.toAbsolutePath());
        return sources;
    }

    /** The code without string literals either: a message may name what the code never does. */
    private static String codeWithoutStrings(String source) {
        return code(source).replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
    }

    /** The text without comments, so that a comment saying what is never done does not count. */
    private static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }

    @Test
    void noProcessNoNetworkNoWritesOutsideCheckFix() throws IOException {
        for (Map.Entry<String, String> source : sources().entrySet()) {
            String code = codeWithoutStrings(source.getValue());
            for (Rule rule : RULES) {
                Matcher m = rule.use().matcher(code);
                if (m.find()) {
                    assertTrue(rule.allowed().contains(source.getKey()),
                            source.getKey() + " uses '" + m.group() + "': " + rule.what() + " is not allowed there");
                }
            }
        }
    }

    @Test
    void theOnlySocketListensOnTheLoopbackAddress() throws IOException {
        String launcher = code(sources().get("dockerfilels/lsp/ServerLauncher.java"));
        Matcher m = Pattern.compile("new\\s+ServerSocket\\s*\\(([^;]*)\\)").matcher(launcher);
        assertTrue(m.find(), "the --port listener was not found");
        assertTrue(m.group(1).contains("InetAddress.getLoopbackAddress()"), m.group());
        assertFalse(m.find(), "a second listening socket");
    }

    @Test
    void theParentProcessIsOnlyWatched() throws IOException {
        String server = code(sources().get("dockerfilels/lsp/DockerfileLanguageServer.java"));
        Matcher m = Pattern.compile("ProcessHandle\\s*\\.\\s*(\\w+)").matcher(server);
        while (m.find()) {
            assertEquals("of", m.group(1), "ProcessHandle." + m.group(1));
        }
        assertFalse(Pattern.compile("\\.\\s*(destroy|destroyForcibly)\\s*\\(").matcher(server).find(), "a process is killed");
    }

    @Test
    void everyRegularExpressionHasBeenReviewed() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        for (Map.Entry<String, String> source : sources().entrySet()) {
            Matcher m = Pattern.compile("Pattern\\s*\\.\\s*compile\\s*\\(|\\.\\s*(matches|replaceAll|replaceFirst|split)\\s*\\(\\s*\"[^\"]*[*+?{(|\\\\]")
                    .matcher(code(source.getValue()));
            while (m.find()) {
                found.merge(source.getKey(), 1, Integer::sum);
            }
        }
        assertEquals(new TreeMap<>(REVIEWED_PATTERNS), found,
                "a regular expression was added or removed: review it for linear matching (docs/security.md) and update the list");
    }
}
