package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageChain;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Variables;
import dockerfilels.semantics.commands.PackageManagers;
import dockerfilels.semantics.commands.PackageManagers.DependencyInstall;
import dockerfilels.semantics.commands.PackageManagers.Invocation;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole build context copied ({@code COPY . .}, {@code COPY . /app}, {@code ADD . .}) before a
 * RUN installs the project's dependencies from its manifests (npm/yarn/pnpm, pip -r, uv, poetry,
 * pipenv, go mod download, Maven, Gradle, Bundler, Cargo, Composer), in the same stage or in a stage
 * built FROM it ({@code FROM deps AS build}). Not when the same tool already installed dependencies
 * before that copy, in the stage or a stage it is built on (the usual "manifests first" layout,
 * followed by a build after the copy).
 *
 * <p>The fix inserts, before the copy, a COPY of the tool's manifests to the same destination and a
 * copy of the install RUN; the later RUN stays (it then finds everything installed, and it repairs
 * what the whole copy may overwrite, such as a local node_modules). It is offered only when that is
 * sure to work: the install needs nothing but its manifests ({@code poetry install --no-root}, not
 * {@code cargo build}), the RUN does nothing else, nothing but metadata instructions lie between the
 * copy and the RUN, and, when the build context can be read, the main manifest exists. What is copied
 * is worked out by {@link ManifestSources}: patterns stay patterns.
 */
public final class CopyAllBeforeDependencyInstall implements StageRule {
    static final String ID = "CopyAllBeforeDependencyInstall";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.WARNING, Category.BUILD_SPEED,
            "The whole context is copied before the dependencies are installed",
            "Each instruction's cache depends on everything before it. After COPY . . any change to any source file"
                    + " invalidates the cache, so a dependency install that follows it downloads and installs everything"
                    + " again on every build, even when no dependency changed. Copy the dependency manifests first"
                    + " (package*.json, requirements.txt, go.mod and go.sum, pom.xml ...), install, and copy the rest"
                    + " afterwards: the install is then rebuilt only when a manifest changes.",
            "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n",
            "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD [\"node\", \"server.js\"]\n");
    /** Instructions that change nothing a RUN sees, so an install may move above them. */
    private static final Set<Keyword> METADATA = EnumSet.of(Keyword.LABEL, Keyword.EXPOSE, Keyword.STOPSIGNAL,
            Keyword.HEALTHCHECK, Keyword.CMD, Keyword.ENTRYPOINT, Keyword.MAINTAINER);
    private static final Set<String> KEPT_FLAGS = Set.of("chown", "chmod", "link");
    private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "*", "./*", "/");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * Where a stage stands at an instruction: the whole copy so far, the tools installed before it, and
     * whether only metadata instructions came after the copy (an install may then move above it).
     */
    private record State(Instruction wholeCopy, Set<Tool> installedBefore, boolean onlyMetadataSince) {
        static final State START = new State(null, Set.of(), true);
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        // A stage built FROM another starts where that one ended: its copy and its installs count here.
        Stage base = context.variables().baseStage(stage);
        walk(context, stage, base == null ? State.START : StageChain.atEnd(context, State.class, base,
                context.variables()::baseStage, s -> State.START, (s, state) -> walk(context, s, state, null)), findings);
    }

    /** Walks one stage from {@code state}, reporting into {@code findings} when given; where it ends. */
    private static State walk(LintContext context, Stage stage, State state, Findings findings) {
        Instruction wholeCopy = state.wholeCopy();
        Set<Tool> installedBefore = EnumSet.noneOf(Tool.class);
        installedBefore.addAll(state.installedBefore());
        boolean onlyMetadataSince = state.onlyMetadataSince();
        for (Instruction instruction : stage.instructions()) {
            if (wholeCopy == null && copiesWholeContext(instruction)) {
                wholeCopy = instruction;
                onlyMetadataSince = true;
                continue;
            }
            boolean movable = onlyMetadataSince;
            onlyMetadataSince &= METADATA.contains(instruction.kind());
            if (!instruction.is(Keyword.RUN)) {
                continue; // ONBUILD RUN runs in the images built from this one, not here
            }
            Set<Tool> reported = EnumSet.noneOf(Tool.class);
            for (Invocation call : PackageManagers.in(ShellScript.of(instruction))) {
                DependencyInstall install = PackageManagers.dependencies(call);
                if (install == null || call.command().nesting() > 0) {
                    continue;
                }
                Tool tool = call.tool();
                if (wholeCopy == null) {
                    installedBefore.add(tool);
                } else if (!installedBefore.contains(tool) && reported.add(tool)) {
                    if (findings != null) {
                        findings.report(instruction, LayerCaches.nameThrough(call.command(), call.verbWord()),
                                message(call, wholeCopy), movable ? fix(context, wholeCopy, instruction, install) : null);
                    }
                }
            }
        }
        return new State(wholeCopy, Set.copyOf(installedBefore), onlyMetadataSince);
    }

    private static String message(Invocation call, Instruction wholeCopy) {
        String what = call.command().name() + (call.verb().isEmpty() ? "" : " " + call.verb());
        return what + " runs after the whole context is copied (line " + (wholeCopy.startLine() + 1)
                + "): any source change reinstalls every dependency. Copy the " + call.tool().displayName()
                + " manifests and install before copying the rest";
    }

    /** COPY or ADD from the build context whose sources include its root. */
    static boolean copiesWholeContext(Instruction instruction) {
        if (!(instruction.is(Keyword.COPY) || instruction.is(Keyword.ADD)) || instruction.flag("from") != null
                || !instruction.heredocs().isEmpty()) {
            return false;
        }
        List<Word> arguments = instruction.arguments();
        for (int k = 0; k < arguments.size() - 1; k++) {
            String source = arguments.get(k).text();
            if (WHOLE_CONTEXT.contains(source)) {
                return true;
            }
        }
        return false;
    }

    /** The fix, once it is known that only metadata instructions lie between the copy and the RUN (in its stage or a base stage). */
    private static Fix fix(LintContext context, Instruction copy, Instruction run, DependencyInstall install) {
        if (!install.manifestsSuffice() || !onlyInstalls(run, install.invocation().tool()) || copy.flag("parents") != null
                || copy.isJson()) {
            return null;
        }
        String runText = LayerCaches.sourceText(run, context.model().escape());
        Map<String, List<String>> sources = ManifestSources.of(context.buildContext(), install);
        if (runText == null || sources == null || sources.isEmpty()) {
            return null;
        }
        List<Word> arguments = copy.arguments();
        String destination = arguments.get(arguments.size() - 1).text();
        if (!destination.endsWith("/")) {
            destination += "/";
        }
        // COPY even for ADD . . (the manifests are plain files); the flags that apply to the files copied stay.
        StringBuilder keyword = new StringBuilder(OptimizeRules.keyword(copy, "COPY"));
        for (Flag flag : copy.flags()) {
            if (KEPT_FLAGS.contains(flag.name())) {
                keyword.append(' ').append(flag.word().text());
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> folder : sources.entrySet()) {
            lines.add(keyword + " " + String.join(" ", folder.getValue()) + " " + destination + folder.getKey());
            all.addAll(folder.getValue());
        }
        lines.add(runText);
        return new Fix("Copy " + String.join(" ", all) + " and install before copying everything",
                List.of(LayerCaches.insertBefore(copy, lines)), false);
    }

    /** Whether every command of the RUN is a call of the tool that needs nothing but the manifests or named packages. */
    private static boolean onlyInstalls(Instruction run, Tool tool) {
        if (!run.heredocs().isEmpty()) {
            return false;
        }
        for (ShellCommand command : ShellScript.of(run).commands()) {
            Invocation call = PackageManagers.of(command);
            if (call == null || call.tool() != tool || !command.assignments().isEmpty() && command.words().isEmpty()) {
                return false;
            }
            DependencyInstall install = PackageManagers.dependencies(call);
            boolean standalone = install != null ? install.manifestsSuffice()
                    : call.installs() && call.operandsAfterVerb().stream().noneMatch(CopyAllBeforeDependencyInstall::isPath);
            if (!standalone) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPath(ShellWord operand) {
        String value = operand.value();
        return operand.expands() || value.startsWith(".") || value.startsWith("/") || value.startsWith("~")
                || value.contains("/") && !value.startsWith("@");
    }
}
