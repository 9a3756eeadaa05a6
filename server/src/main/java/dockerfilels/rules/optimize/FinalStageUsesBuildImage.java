package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image the build produces starts from a full SDK or build image (golang, rust, maven, a JDK,
 * gcc, the full node or python image, the .NET SDK): compilers, headers and package caches end up
 * in production. The fix appends a runtime stage fitted to the language that copies what the
 * image runs (the program ENTRYPOINT or CMD names; the application folder for Node and Python).
 */
public final class FinalStageUsesBuildImage implements Rule {
    private static final RuleInfo INFO = OptimizeRules.info("FinalStageUsesBuildImage", Severity.INFORMATION, Category.IMAGE_SIZE,
            "The final stage is built from a full SDK or build image",
            "SDK images carry compilers, headers, package managers and their caches: golang and rust weigh about a"
                    + " gigabyte, the full node and python images several hundred megabytes more than their -slim"
                    + " variants, a JDK twice a JRE. The image you ship needs only what runs. Build in one stage and copy"
                    + " the result into a small runtime stage (distroless, -slim, a JRE): the image is smaller, pulls and"
                    + " starts faster, and has fewer packages with vulnerabilities to patch. The quick fix \"Add a runtime"
                    + " stage\" does this for Go (gcr.io/distroless/static-debian12, with CGO_ENABLED=0 so the binary needs"
                    + " no libc), Rust (distroless/cc), Java (an eclipse-temurin JRE), Node and Python (-slim). Images meant"
                    + " for development (dev containers, CI runners) rightly keep the SDK: ignore the rule there.",
            "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/app .\nENTRYPOINT [\"/bin/app\"]\n",
            "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /bin/app .\n\n"
                    + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /bin/app /bin/app\nENTRYPOINT [\"/bin/app\"]\n");

    /** A plain path: no variables, globs or quotes, so it can be copied as written. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_./@+-]+");
    /** The Java major version in a tag: {@code 21-jdk}, {@code 3.9-eclipse-temurin-21}, {@code 8.5-jdk17}. */
    private static final Pattern JAVA_VERSION = Pattern.compile("(?:^|temurin-|jdk-?|corretto-?|openjdk-?)(\\d{1,2})(?![\\d.])");
    private static final Set<String> RUNTIME_VARIANTS = Set.of("slim", "alpine");

    enum Language { GO, RUST, JAVA, NODE, PYTHON, DOTNET, NATIVE }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Stage stage = OptimizeRules.finalStage(context);
        if (stage == null) {
            return;
        }
        BaseImage image = OptimizeRules.baseImage(context, stage);
        Language language = image == null ? null : language(image);
        if (language == null) {
            return;
        }
        Word base = stage.base();
        findings.report(stage.from(), base.range(), "The final stage is built from the build image " + image.reference()
                + "; copy what the image runs into a smaller runtime stage", fix(context, stage, image, language));
    }

    /** The language of an SDK image, or null for an image that is not one. */
    static Language language(BaseImage image) {
        String name = image.shortName();
        String tag = image.lowerTag();
        String repository = image.repository();
        if (repository.equals("mcr.microsoft.com/dotnet/sdk") || repository.equals("mcr.microsoft.com/dotnet/core/sdk")) {
            return Language.DOTNET;
        }
        if (repository.contains("/") && !repository.startsWith("docker.io/")) {
            return null; // only the official images are known by name
        }
        return switch (name) {
            case "golang" -> Language.GO;
            case "rust" -> Language.RUST;
            case "maven", "gradle" -> Language.JAVA;
            case "openjdk", "eclipse-temurin", "amazoncorretto", "sapmachine", "ibm-semeru-runtimes" ->
                    tag.contains("jre") ? null : Language.JAVA;
            case "node" -> runtimeVariant(tag) ? null : Language.NODE;
            case "python" -> runtimeVariant(tag) ? null : Language.PYTHON;
            case "gcc" -> Language.NATIVE;
            default -> null;
        };
    }

    private static boolean runtimeVariant(String tag) {
        for (String part : tag.split("-")) {
            if (RUNTIME_VARIANTS.contains(part) || part.startsWith("alpine")) {
                return true;
            }
        }
        return false;
    }

    /** "Add a runtime stage", when the language has one and what to copy is plain to see. */
    private static Fix fix(LintContext context, Stage stage, BaseImage image, Language language) {
        if (stage.base() == null || stage.base().range().start().line() != stage.base().range().end().line()) {
            return null;
        }
        String name = stage.name();
        if (name == null && stage.from().arguments().size() != 1) {
            return null; // a half-typed "FROM image AS": no place for a name yet
        }
        if (name == null) {
            name = context.stages().lastNamed("build") == null ? "build" : context.stages().lastNamed("builder") == null ? "builder" : null;
            if (name == null) {
                return null;
            }
        }
        String workdir = workdir(stage);
        Instruction run = OptimizeRules.last(stage, Keyword.ENTRYPOINT, Keyword.CMD);
        String program = run == null ? null : program(run);
        List<String> lines = new ArrayList<>();
        String from = OptimizeRules.keyword(stage.from(), "FROM");
        String runtime;
        switch (language) {
            case GO, RUST -> {
                String artifact = artifact(program, workdir, language == Language.GO ? "/go/bin/" : null);
                if (artifact == null) {
                    return null;
                }
                runtime = language == Language.GO ? "gcr.io/distroless/static-debian12" : "gcr.io/distroless/cc-debian12";
                lines.add("COPY --from=" + name + " " + artifact + " " + artifact);
                if (workdir != null) {
                    lines.add("WORKDIR " + workdir);
                }
                lines.add("USER nonroot:nonroot");
            }
            case JAVA -> {
                String jar = jar(run);
                String artifact = artifact(jar, workdir, null);
                String version = javaVersion(image.lowerTag());
                if (artifact == null || version == null) {
                    return null;
                }
                runtime = "eclipse-temurin:" + version + "-jre";
                lines.add("COPY --from=" + name + " " + artifact + " " + artifact);
                if (workdir != null) {
                    lines.add("WORKDIR " + workdir);
                }
            }
            case NODE, PYTHON -> {
                if (workdir == null || workdir.equals("/")) {
                    return null;
                }
                runtime = slim(stage.base().text(), image);
                if (runtime == null) {
                    return null;
                }
                if (language == Language.PYTHON) {
                    lines.add("COPY --from=" + name + " /usr/local /usr/local");
                }
                lines.add("WORKDIR " + workdir);
                lines.add("COPY --from=" + name + " " + workdir + " " + workdir);
            }
            default -> {
                return null;
            }
        }
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.EXPOSE) || instruction == OptimizeRules.last(stage, Keyword.ENTRYPOINT)
                    || instruction == OptimizeRules.last(stage, Keyword.CMD)) {
                if (instruction.startLine() != instruction.endLine()) {
                    return null; // repeated as written, which a continuation would not survive
                }
                lines.add(instruction.text());
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        // One edit after FROM: two insertions at one place would be applied in an order clients differ on.
        StringBuilder afterFrom = new StringBuilder();
        if (stage.name() == null) {
            afterFrom.append(' ').append(OptimizeRules.keyword(stage.from(), "AS")).append(' ').append(name);
        }
        if (language == Language.GO && !mentions(context, stage, "CGO_ENABLED")) {
            afterFrom.append('\n').append(OptimizeRules.keyword(stage.from(), "ENV")).append(" CGO_ENABLED=0");
        }
        if (!afterFrom.isEmpty()) {
            Word last = stage.from().arguments().get(stage.from().arguments().size() - 1);
            edits.add(new TextEdit(new TextRange(last.range().end(), last.range().end()), afterFrom.toString()));
        }
        Instruction end = stage.instructions().isEmpty() ? stage.from() : stage.instructions().get(stage.instructions().size() - 1);
        StringBuilder text = new StringBuilder("\n\n").append(from).append(' ').append(runtime);
        for (String line : lines) {
            text.append('\n').append(line);
        }
        edits.add(new TextEdit(new TextRange(end.range().end(), end.range().end()), text.toString()));
        return new Fix("Add a runtime stage (" + runtime + ")", edits, false);
    }

    /** The stage's last WORKDIR when it is a plain absolute path, else null. */
    private static String workdir(Stage stage) {
        Instruction workdir = OptimizeRules.last(stage, Keyword.WORKDIR);
        if (workdir == null || workdir.arguments().size() != 1) {
            return null;
        }
        String path = workdir.arguments().get(0).text();
        return path.startsWith("/") && PLAIN_PATH.matcher(path).matches() ? path : null;
    }

    /** The program an ENTRYPOINT or CMD runs, when it is a plain word. */
    private static String program(Instruction instruction) {
        List<Word> args = instruction.arguments();
        if (instruction.isJson()) {
            return args.isEmpty() ? null : args.get(0).text();
        }
        if (instruction.rest() == null) {
            return null;
        }
        String[] words = instruction.rest().text().strip().split("\\s+");
        return words.length == 0 ? null : words[0];
    }

    /** The jar of {@code java -jar x.jar} in exec form. */
    private static String jar(Instruction instruction) {
        if (instruction == null || !instruction.isJson()) {
            return null;
        }
        List<Word> args = instruction.arguments();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).text().equals("-jar")) {
                return args.get(i + 1).text();
            }
        }
        return null;
    }

    /** An absolute path for a program or file: as written, under WORKDIR, or (a bare name) in {@code binFolder}. */
    private static String artifact(String path, String workdir, String binFolder) {
        if (path == null || !PLAIN_PATH.matcher(path).matches()) {
            return null;
        }
        if (path.startsWith("/")) {
            return path;
        }
        if (!path.contains("/") && binFolder != null) {
            return binFolder + path;
        }
        if (workdir == null) {
            return null;
        }
        String relative = path.startsWith("./") ? path.substring(2) : path;
        return workdir.endsWith("/") ? workdir + relative : workdir + "/" + relative;
    }

    static String javaVersion(String tag) {
        Matcher m = JAVA_VERSION.matcher(tag);
        while (m.find()) {
            int version = Integer.parseInt(m.group(1));
            if (version >= 8) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The -slim variant of a node or python image, keeping the tag as written (variables included). */
    static String slim(String written, BaseImage image) {
        String tag = image.tag();
        if (image.digest() != null) {
            return null;
        }
        if (tag == null || tag.equals("latest")) {
            return image.shortName() + ":slim";
        }
        if (tag.contains("windows") || tag.contains("nanoserver")) {
            return null;
        }
        int colon = written.lastIndexOf(':');
        String writtenTag = colon < 0 || colon < written.lastIndexOf('/') ? tag : written.substring(colon + 1);
        int dash = writtenTag.indexOf('-');
        if (image.shortName().equals("python") && dash > 0) {
            // python puts the variant before the distribution: 3.12-slim-bookworm
            return "python:" + writtenTag.substring(0, dash) + "-slim" + writtenTag.substring(dash);
        }
        return image.shortName() + ":" + writtenTag + "-slim";
    }

    /** Whether a variable name appears in the stage's instructions (set by ENV, ARG or in a RUN). */
    private static boolean mentions(LintContext context, Stage stage, String name) {
        for (Instruction instruction : stage.instructions()) {
            if (instruction.text().contains(name)) {
                return true;
            }
        }
        return context.variables().global().defines(name);
    }
}
