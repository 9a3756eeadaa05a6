package dockerfilels.cli;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dockerfilels.features.Analysis;
import dockerfilels.features.Fixes;
import dockerfilels.rules.Fix;
import dockerfilels.rules.TextEdit;
import dockerfilels.lsp.LspConversions;
import dockerfilels.rules.Linter;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.SettingsFile;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;

/**
 * {@code check [--format text|json|sarif|checkstyle|github] [--fail-on SEVERITY] [--config FILE] [--fix] PATH...}: reports the
 * diagnostics (syntax and rules) of every Dockerfile found, in path order. Settings come from
 * {@code --config FILE}, else from the nearest {@code .dockerfile-ls.json} above each file. Exit 0 when none is at or above the threshold, 1 when
 * one is, 2 on a usage error or when a file could not be read (the others are still reported).
 */
public final class CheckCommand {
    private static final Comparator<Diagnostic> IN_DOCUMENT_ORDER = Comparator
            .comparing((Diagnostic d) -> d.range().start())
            .thenComparing(d -> d.range().end())
            .thenComparing(Diagnostic::code, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The output formats, the default first. */
    static final List<String> FORMATS = List.of("text", "json", "sarif", "checkstyle", "github");
    static final int MAX_FIX_PASSES = 10;

    private final PrintStream out;
    private final PrintStream err;
    private final Path root;
    private final Set<String> warned = new LinkedHashSet<>();

    public CheckCommand(PrintStream out, PrintStream err) {
        this(out, err, Path.of("").toAbsolutePath());
    }

    /**
     * @param root the folder that project settings files and build contexts are read inside: a
     *             checked file under it is looked up to it; a file elsewhere only in its own folder
     */
    CheckCommand(PrintStream out, PrintStream err, Path root) {
        this.out = out;
        this.err = err;
        this.root = root.toAbsolutePath().normalize();
    }

    /** One checked file: its path as given or found, and its diagnostics in document order. */
    public record Result(String path, List<Diagnostic> diagnostics) {
    }

    public int run(List<String> args) {
        String format = "text";
        Severity threshold = Severity.ERROR;
        String config = null;
        boolean fix = false;
        List<String> paths = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = OptionArguments.name(arg);
            boolean isOption = !optionsEnded && arg.startsWith("-") && !arg.equals("-");
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (isOption && arg.equals("--fix")) {
                fix = true;
            } else if (isOption && (name.equals("--format") || name.equals("--fail-on") || name.equals("--config"))) {
                OptionArguments.Value given = OptionArguments.value(args, i);
                if (given == null) {
                    return Usage.error(err, "check: " + name + " needs a value");
                }
                i = given.last();
                String value = given.text();
                if (name.equals("--config")) {
                    config = value;
                } else if (name.equals("--format")) {
                    if (!FORMATS.contains(value)) {
                        return Usage.error(err, "check: --format must be " + String.join(", ", FORMATS.subList(0, 4))
                                + " or " + FORMATS.get(4) + ", not '" + value + "'");
                    }
                    format = value;
                } else {
                    Severity parsed = severity(value);
                    if (parsed == null) {
                        return Usage.error(err,
                                "check: --fail-on must be error, warning, information or hint, not '" + value + "'");
                    }
                    threshold = parsed;
                }
            } else if (isOption) {
                return Usage.error(err, "check: unknown option: " + arg);
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            return Usage.error(err, "check: no paths given (files or folders)");
        }
        LintSettings settings = LintSettings.DEFAULT;
        if (config != null) {
            Path configFile;
            try {
                configFile = Path.of(config);
            } catch (InvalidPathException e) {
                return Usage.error(err, "check: --config: not a valid path: " + config);
            }
            if (!Files.isRegularFile(configFile)) {
                return Usage.error(err, "check: --config: no such file: " + config);
            }
            settings = SettingsFile.read(configFile, this::warn);
        }
        Analysis analysis = new Analysis(Linter.standard(), this::warn, config == null);

        List<String> problems = new ArrayList<>();
        TreeMap<String, Path> files = new TreeMap<>();
        for (String given : paths) {
            try {
                for (Path file : SourceFiles.find(Path.of(given), problems::add)) {
                    files.putIfAbsent(file.toString(), file);
                }
            } catch (InvalidPathException e) {
                problems.add(given + ": not a valid path");
            }
        }
        List<Result> results = new ArrayList<>();
        for (var entry : files.entrySet()) {
            Path file = entry.getValue();
            String text;
            try {
                text = SourceFiles.read(file);
            } catch (IOException e) {
                problems.add(entry.getKey() + ": cannot read: " + SourceFiles.reason(e));
                continue;
            }
            Analysis.Location location = location(file);
            if (fix) {
                text = fix(entry.getKey(), file, text, location, analysis, settings, problems);
            }
            results.add(check(entry.getKey(), text, location, analysis, settings));
        }

        switch (format) {
            case "json" -> {
                out.print(json(results));
                out.print('\n');
            }
            case "sarif" -> out.print(Reports.sarif(results));
            case "checkstyle" -> out.print(Reports.checkstyle(results));
            case "github" -> out.print(Reports.github(results));
            default -> results.forEach(result -> printText(result, out));
        }
        out.flush();
        for (String problem : problems) {
            err.println("dockerfile-ls: " + problem);
        }
        err.flush();
        if (!problems.isEmpty()) {
            return Usage.USAGE_ERROR;
        }
        return fails(results, threshold) ? 1 : 0;
    }

    /** True when a diagnostic is at or above {@code threshold} (ERROR is the highest). */
    static boolean fails(List<Result> results, Severity threshold) {
        return results.stream()
                .flatMap(result -> result.diagnostics().stream())
                .anyMatch(d -> d.severity().compareTo(threshold) <= 0);
    }

    /** The diagnostics of one Dockerfile's text, from the same analysis as the server's. */
    static Result check(String path, String text, Analysis.Location location, Analysis analysis, LintSettings settings) {
        List<Diagnostic> diagnostics = new ArrayList<>(
                analysis.lint(Dockerfile.parse(text), location, settings).diagnostics());
        diagnostics.sort(IN_DOCUMENT_ORDER);
        return new Result(path, List.copyOf(diagnostics));
    }

    /**
     * {@code --fix}: applies the safe fixes that do not overlap, again until none is left (at most
     * {@link #MAX_FIX_PASSES} times, as a fix may make way for another), and writes the file
     * atomically when it changed. Returns the text to report on. A file that is not valid UTF-8
     * is not written (its bytes could not be kept).
     */
    private String fix(String path, Path file, String text, Analysis.Location location, Analysis analysis,
            LintSettings settings, List<String> problems) {
        String fixed = text;
        int applied = 0;
        for (int pass = 0; pass < MAX_FIX_PASSES; pass++) {
            List<Fix> fixes = Fixes.safeFixes(analysis.lint(Dockerfile.parse(fixed), location, settings));
            if (fixes.isEmpty()) {
                break;
            }
            List<TextEdit> edits = new ArrayList<>();
            fixes.forEach(f -> edits.addAll(f.edits()));
            fixed = Fixes.apply(fixed, edits);
            applied += fixes.size();
        }
        if (fixed.equals(text)) {
            return text;
        }
        try {
            if (!SourceFiles.isUtf8(file)) {
                warn(path + ": not valid UTF-8; not fixed");
                return text;
            }
            SourceFiles.writeAtomically(file, fixed);
            err.println("dockerfile-ls: " + path + ": applied " + applied + (applied == 1 ? " fix" : " fixes"));
            return fixed;
        } catch (IOException e) {
            problems.add(path + ": cannot write: " + SourceFiles.reason(e));
            return text;
        }
    }

    /** A checked file's location: under the root, reads go up to the root; elsewhere, only its folder. */
    Analysis.Location location(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new Analysis.Location(absolute, absolute.startsWith(root) ? root : absolute.getParent());
    }

    /** A settings or build-context problem, told once on stderr; it does not change the exit code. */
    private void warn(String message) {
        if (warned.add(message)) {
            err.println("dockerfile-ls: warning: " + message);
        }
    }

    /** {@code path:line:col: severity code message}, 1-based like a compiler. */
    static void printText(Result result, PrintStream out) {
        for (Diagnostic d : result.diagnostics()) {
            out.print(result.path() + ":" + (d.range().start().line() + 1) + ":" + (d.range().start().character() + 1)
                    + ": " + d.severity().name().toLowerCase(Locale.ROOT) + " " + d.code() + " "
                    + SourceFiles.oneLine(d.message()) + "\n");
        }
    }

    /** {@code {"files":[{"path":...,"diagnostics":[LSP Diagnostic...]}]}}. */
    static String json(List<Result> results) {
        Gson gson = new MessageJsonHandler(java.util.Map.of()).getGson();
        JsonArray files = new JsonArray();
        for (Result result : results) {
            JsonObject file = new JsonObject();
            file.addProperty("path", result.path());
            file.add("diagnostics", gson.toJsonTree(LspConversions.diagnostics(result.diagnostics())));
            files.add(file);
        }
        JsonObject root = new JsonObject();
        root.add("files", files);
        return gson.toJson(root);
    }

    private static Severity severity(String value) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equalsIgnoreCase(value)) {
                return severity;
            }
        }
        return null;
    }
}
