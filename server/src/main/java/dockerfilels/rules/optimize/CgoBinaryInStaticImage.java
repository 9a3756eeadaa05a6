package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.semantics.Variables;
import dockerfilels.semantics.commands.PackageManagers;
import dockerfilels.semantics.commands.PackageManagers.Invocation;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Go binary copied into {@code scratch} or a distroless/Chainguard {@code static} image from a
 * stage (or the stages it is built on) that runs {@code go build} or {@code go install}, or a
 * {@code make} that builds Go ({@link MakeBuilds}), without {@code CGO_ENABLED} set: not as a prefix assignment, {@code export} or {@code env} in the RUN, not
 * by ENV or an ARG with a value, not by {@code go env -w}. Silent when the build links statically
 * anyway ({@code -extldflags -static}, {@code -tags netgo}) and on Alpine-based build stages that
 * install no C compiler, where Go (1.20 and later) turns cgo off by itself. An explicit
 * {@code CGO_ENABLED=1} is a choice, not reported.
 */
public final class CgoBinaryInStaticImage implements StageRule {
    static final String ID = "CgoBinaryInStaticImage";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.WARNING, Category.BEST_PRACTICE,
            "Go binary built without CGO_ENABLED=0 is copied into scratch or distroless/static",
            "With cgo enabled, which is Go's default wherever a C compiler is installed (as in the golang Debian"
                    + " images), a binary that uses net, os/user or any C code is linked dynamically against the build"
                    + " image's C library. scratch and distroless/static have no C library, so the binary fails to start"
                    + " with a confusing \"no such file or directory\". Build with CGO_ENABLED=0 for a static binary, or"
                    + " use a runtime image with a C library (distroless/base, a -slim image). The rule follows go build,"
                    + " go install and make, when the Makefile can be read in the build context, does not set"
                    + " CGO_ENABLED itself and builds Go (it runs go build, or the stage is on a Go image).",
            "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n"
                    + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT [\"/app\"]\n",
            "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n"
                    + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT [\"/app\"]\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** The finding is on the go build of the stage copied from, which two static stages may both copy. */
    @Override
    public boolean reportsInOtherStages() {
        return true;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Stages stages = context.stages();
        Variables variables = context.variables();
        ShellLexer lexer = new ShellLexer(context.model().escape());
        Set<Instruction> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        String image = staticImage(context, lexer, stage);
        if (image == null) {
            return;
        }
        for (Instruction instruction : stage.instructions()) {
            Flag from = instruction.is(Keyword.COPY) || instruction.is(Keyword.ADD) ? instruction.flag("from") : null;
            if (from == null || from.value() == null) {
                continue;
            }
            String name = LayerCaches.expand(lexer, from.value(), variables.before(instruction));
            Stage source = LayerCaches.stageNamed(stages, name, stage.index());
            if (source != null) {
                checkBuilds(context, chain(variables, source), image, instruction, reported, findings);
            }
        }
    }

    /** The stage and the stages it is built on, base first. */
    private static List<Stage> chain(Variables variables, Stage stage) {
        List<Stage> chain = new ArrayList<>(BaseImage.lineage(variables, stage));
        Collections.reverse(chain);
        return chain;
    }

    private static void checkBuilds(LintContext context, List<Stage> chain, String image, Instruction copy,
            Set<Instruction> reported, Findings findings) {
        boolean compiler = false;
        boolean goEnv = false;
        for (Stage stage : chain) {
            for (Instruction instruction : stage.instructions()) {
                for (ShellCommand command : ShellScript.of(instruction).commands()) {
                    compiler |= installsCompiler(command);
                    goEnv |= command.is("go") && command.hasArgument("env") && command.hasOption("-w")
                            && command.arguments().stream().anyMatch(w -> w.value().startsWith("CGO_ENABLED="));
                }
            }
        }
        String base = imageOf(context, chain.get(0));
        if (goEnv || (base.contains("alpine") && !compiler)) {
            return;
        }
        ShellLexer lexer = new ShellLexer(context.model().escape());
        List<String> copied = copiedPaths(context, lexer, copy);
        String workdir = "/";
        for (Stage stage : chain) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is(Keyword.WORKDIR) && instruction.rest() != null) {
                    String dir = LayerCaches.expand(lexer, instruction.rest().text().trim(), context.variables().before(instruction));
                    workdir = join(workdir, dir);
                }
                ShellScript script = ShellScript.of(instruction);
                for (Invocation call : PackageManagers.in(script)) {
                    if (call.tool() != Tool.GO || !(call.verb().equals("build") || call.verb().equals("install"))
                            || setsCgo(context, instruction, script, call.command()) || linksStatically(call.command())
                            || !copiesOutput(copied, output(context, instruction, script, call, workdir))) {
                        continue;
                    }
                    report(instruction, call.command(), LayerCaches.nameThrough(call.command(), call.verbWord()),
                            "go " + call.verb(), image, copy, reported, findings);
                }
                for (ShellCommand make : script.named("make", "gmake")) {
                    if (!setsCgo(context, instruction, script, make) && !linksStatically(make)
                            && MakeBuilds.buildsGo(context.buildContext(), make, isGoImage(base))
                            && MakeBuilds.copiesOutput(copied, join(workdir, dirOf(make)))) {
                        report(instruction, make, make.nameWord().range(), "make", image, copy, reported, findings);
                    }
                }
            }
        }
    }

    private static void report(Instruction instruction, ShellCommand command, TextRange range, String what, String image,
            Instruction copy, Set<Instruction> reported, Findings findings) {
        if (reported.add(instruction)) {
            findings.report(instruction, range, what + " without CGO_ENABLED=0 may link against the C library, which " + image
                    + " (line " + (copy.startLine() + 1) + ") does not have: the binary would not start", fix(instruction, command));
        }
    }

    /** The folder {@code make -C dir} works in, relative to where it runs ("." without {@code -C}). */
    private static String dirOf(ShellCommand make) {
        String dir = make.optionValue("-C", "--directory");
        return dir == null ? "." : dir;
    }

    /** Whether the image is an official or well-known Go toolchain image ({@code golang}, {@code cimg/go}, {@code chainguard/go}). */
    static boolean isGoImage(String image) {
        String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            name = name.substring(0, colon);
        }
        return name.equals("golang") || name.endsWith("/golang") || name.endsWith("cimg/go") || name.endsWith("chainguard/go");
    }

    /** The paths a COPY --from takes from its stage, absolute ("$" left in when they do not expand). */
    private static List<String> copiedPaths(LintContext context, ShellLexer lexer, Instruction copy) {
        List<String> paths = new ArrayList<>();
        List<dockerfilels.syntax.Word> arguments = copy.arguments();
        for (int k = 0; k < arguments.size() - 1; k++) {
            String path = LayerCaches.expand(lexer, arguments.get(k).text(), context.variables().before(copy));
            paths.add(join("/", path));
        }
        return paths;
    }

    /**
     * Where the call writes the binary: {@code -o} (relative to the WORKDIR), {@code GOBIN} or
     * {@code /go/bin} for {@code go install}, the WORKDIR for {@code go build} without {@code -o}.
     */
    private static String output(LintContext context, Instruction instruction, ShellScript script, Invocation call, String workdir) {
        String out = call.command().optionValue("-o");
        if (out != null) {
            return join(workdir, out);
        }
        if (!call.verb().equals("install")) {
            return workdir;
        }
        String gobin = LayerCaches.variable("GOBIN", context.variables().before(instruction), script.commands());
        return gobin == null || gobin.isEmpty() ? "/go/bin" : join(workdir, gobin);
    }

    /** Whether a copied path is the output, holds it or lies inside it (or is only known at build time). */
    private static boolean copiesOutput(List<String> copied, String output) {
        String out = trim(output);
        for (String path : copied) {
            String p = trim(path);
            if (p.contains("$") || p.contains("*") || out.contains("$") || p.equals(out) || out.startsWith(p.equals("/") ? "/" : p + "/")
                    || p.startsWith(out + "/")) {
                return true;
            }
        }
        return false;
    }

    private static String join(String dir, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String p = path.startsWith("./") ? path.substring(2) : path.equals(".") ? "" : path;
        return trim(dir) + (trim(dir).endsWith("/") ? "" : "/") + p;
    }

    private static String trim(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The image a FROM names, expanded with the global ARGs, in lower case ("" when unknown). */
    private static String imageOf(LintContext context, Stage stage) {
        if (stage.base() == null) {
            return "";
        }
        ShellLexer lexer = new ShellLexer(context.model().escape());
        return LayerCaches.expand(lexer, stage.base().text(), context.variables().global()).toLowerCase(Locale.ROOT);
    }

    /** {@code scratch} or a static distroless image the stage is built on, as written; null for any other. */
    private static String staticImage(LintContext context, ShellLexer lexer, Stage stage) {
        Stage root = chain(context.variables(), stage).get(0);
        String image = imageOf(context, root);
        String repository = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = repository.lastIndexOf(':');
        if (colon > repository.lastIndexOf('/')) {
            repository = repository.substring(0, colon);
        }
        boolean isStatic = repository.equals("scratch") || repository.endsWith("distroless/static")
                || repository.contains("distroless/static-") || repository.endsWith("chainguard/static");
        return isStatic ? (repository.equals("scratch") ? "scratch" : repository) : null;
    }

    private static boolean setsCgo(LintContext context, Instruction instruction, ShellScript script, ShellCommand command) {
        for (ShellWord word : command.words()) {
            if (word.value().startsWith("CGO_ENABLED=")) {
                return true; // env CGO_ENABLED=0 go build, make CGO_ENABLED=0 (make exports it to its recipes)
            }
        }
        return LayerCaches.variable("CGO_ENABLED", context.variables().before(instruction), script.commands()) != null;
    }

    /** {@code -ldflags '-extldflags "-static"'} or {@code -tags netgo}: a static binary whatever cgo says. */
    private static boolean linksStatically(ShellCommand command) {
        for (ShellWord word : command.arguments()) {
            String value = word.value();
            if (value.contains("-static") || value.contains("netgo")) {
                return true;
            }
        }
        return false;
    }

    private static boolean installsCompiler(ShellCommand command) {
        Invocation call = PackageManagers.of(command);
        if (call == null || !call.installs()) {
            return false;
        }
        for (ShellWord operand : call.operandsAfterVerb()) {
            String value = operand.value();
            if (value.equals("gcc") || value.equals("build-base") || value.equals("clang") || value.startsWith("gcc-")
                    || value.equals("musl-dev") || value.equals("build-essential")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code CGO_ENABLED=0} as an assignment before the command (after {@code sudo}, which would drop
     * it), or {@code ENV CGO_ENABLED=0} above the RUN when the command is in exec form or nested in
     * {@code sh -c}. Not applied by "fix all": a build that needs cgo (sqlite, for one) must choose
     * another runtime image instead.
     */
    private static Fix fix(Instruction instruction, ShellCommand command) {
        Instruction run = instruction.is(Keyword.ONBUILD) ? instruction.trigger() : instruction;
        if (instruction.is(Keyword.ONBUILD)) {
            return null;
        }
        if (run.isJson() || command.nesting() > 0) {
            return new Fix("Set ENV CGO_ENABLED=0 before the build",
                    List.of(LayerCaches.insertBefore(run, List.of(OptimizeRules.keyword(run, "ENV") + " CGO_ENABLED=0"))), false);
        }
        ShellWord before = command.wraps("sudo") ? command.nameWord() : command.words().get(0);
        TextPosition at = before.range().start();
        return new Fix("Build with CGO_ENABLED=0", List.of(new TextEdit(new TextRange(at, at), "CGO_ENABLED=0 ")), false);
    }
}
