package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.commands.PackageManagers;
import dockerfilels.semantics.commands.PackageManagers.Invocation;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A RUN step that downloads packages (apt-get, apk, pip, uv, poetry, npm, yarn, pnpm, go, cargo,
 * Maven, Gradle, Bundler, gem, Composer, dnf, yum, zypper) without a BuildKit cache mount on that
 * tool's cache folder. One finding per tool and RUN, on its first download; the fix adds the mount.
 *
 * <p>Silent where the mount would not help or could not work: a call that turns its cache off
 * ({@code apk --no-cache}, {@code pip --no-cache-dir}, {@code PIP_NO_CACHE_DIR}, {@code --no-cache} of
 * uv, poetry, Composer; the author chose a small layer and a mount would keep nothing), a RUN under a
 * non-root USER for tools whose cache is in root's home (the home is unknown), Windows images (built
 * by the classic builder, which has no mounts), and files that use no BuildKit feature yet: the classic
 * builder rejects {@code --mount}, so only files that already rely on BuildKit (a {@code # syntax}
 * directive, a {@code RUN --mount}, a heredoc, {@code COPY --link}) get the suggestion.
 */
public final class MissingCacheMount implements StageRule {
    static final String ID = "MissingCacheMount";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.INFORMATION, Category.BUILD_SPEED,
            "Package manager step without a BuildKit cache mount",
            "When a RUN's layer cache is invalidated (a manifest changed, the base image moved), its package manager"
                    + " downloads everything again. A cache mount (RUN --mount=type=cache,target=<the tool's cache folder>)"
                    + " keeps the tool's downloads between builds, outside every layer, so the step reuses what it fetched"
                    + " last time and the image carries no cache at all. Mount it on every RUN that uses the tool: a step"
                    + " without the mount does not see what the others downloaded, nor they what it left in its layer. Once"
                    + " mounted, steps that delete the cache (rm -rf /var/lib/apt/lists/*, --no-cache) can stop. apt needs"
                    + " sharing=locked (it locks its cache), and the Debian and Ubuntu images delete downloaded packages"
                    + " after each install (/etc/apt/apt.conf.d/docker-clean), so a mount alone keeps only the package lists:"
                    + " the fix for apt also adds Docker's documented `rm -f /etc/apt/apt.conf.d/docker-clean; echo"
                    + " 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' > /etc/apt/apt.conf.d/keep-cache` before the"
                    + " first apt-get of the RUN, unless the stage already does it (that changes the image's apt"
                    + " configuration, so it is not applied by \"fix all\"). Cache"
                    + " mounts need BuildKit (the default builder since Docker 23): the rule only speaks in files that"
                    + " already use BuildKit features.",
            "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
            "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nCOPY requirements.txt .\n"
                    + "RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n");
    /** Tools whose cache lives in root's home folder in the official images. */
    private static final Set<Tool> IN_ROOT_HOME = EnumSet.of(Tool.PIP, Tool.UV, Tool.POETRY, Tool.PIPENV, Tool.NPM, Tool.PNPM,
            Tool.MAVEN, Tool.GRADLE, Tool.COMPOSER);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        if (!context.usesBuildKitSyntax()) {
            return;
        }
        AptKeepCache apt = context.shared(AptKeepCache.class, () -> new AptKeepCache(context));
        if (OptimizeRules.isWindows(context, stage)) {
            return;
        }
        boolean root = true;
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.USER)) {
                root = isRoot(instruction);
            }
            ShellScript script = ShellScript.of(instruction);
            if (!script.isEmpty()) {
                check(context, apt, stage, instruction, script, root, findings);
            }
        }
    }

    private static void check(LintContext context, AptKeepCache apt, Stage stage, Instruction instruction, ShellScript script,
            boolean root, Findings findings) {
        Set<Tool> seen = EnumSet.noneOf(Tool.class);
        Scope scope = null;
        List<ShellCommand> commands = script.commands();
        for (Invocation call : PackageManagers.in(script)) {
            Tool tool = call.tool();
            if (!call.downloads() || seen.contains(tool) || (!root && IN_ROOT_HOME.contains(tool))) {
                continue;
            }
            seen.add(tool);
            if (scope == null) {
                scope = context.variables().before(instruction);
            }
            if (turnsCacheOff(call, scope, commands) || LayerCaches.mountCovers(instruction, tool, scope, commands)) {
                continue;
            }
            Instruction run = instruction.is(Keyword.ONBUILD) ? instruction.trigger() : instruction;
            findings.report(instruction, LayerCaches.nameThrough(call.command(), call.verbWord()),
                    tool.displayName() + " downloads again on every rebuild of this step: mount a cache on "
                            + String.join(" and ", tool.cacheDirs()),
                    fix(tool == Tool.APT && run == instruction ? apt : null, stage, run, script, tool));
        }
    }

    /**
     * {@code RUN --mount=type=cache,target=...} for each of the tool's cache folders, right after the
     * keyword; for apt, also Docker's documented lines that make apt keep what it downloads
     * ({@link AptKeepCache}), unless the stage already has them. That second edit changes the apt
     * configuration of the image, so that fix is left out of "fix all".
     */
    private static Fix fix(AptKeepCache apt, Stage stage, Instruction run, ShellScript script, Tool tool) {
        StringBuilder mounts = new StringBuilder();
        for (String dir : tool.cacheDirs()) {
            mounts.append(" --mount=type=cache,target=").append(dir).append(tool.needsLockedSharing() ? ",sharing=locked" : "");
        }
        TextPosition at = run.keyword().range().end();
        TextEdit mount = new TextEdit(new TextRange(at, at), mounts.toString());
        String title = "Add a cache mount for " + tool.displayName();
        TextEdit keep = apt == null ? null : apt.edit(stage, run, script); // not for ONBUILD RUN: it runs in other builds
        return keep == null ? Fix.safe(title, mount) : new Fix(title + " and keep the packages it downloads", List.of(mount, keep), false);
    }

    /** Whether the call is told to cache nothing, so that a mount would keep nothing. */
    private static boolean turnsCacheOff(Invocation call, Scope scope, List<ShellCommand> commands) {
        ShellCommand command = call.command();
        return switch (call.tool()) {
            case APK -> command.hasOption("--no-cache");
            case PIP -> command.hasOption("--no-cache-dir") || LayerCaches.variable("PIP_NO_CACHE_DIR", scope, commands) != null;
            case UV -> command.hasOption("--no-cache", "-n") || LayerCaches.variable("UV_NO_CACHE", scope, commands) != null;
            case POETRY, COMPOSER -> command.hasOption("--no-cache");
            default -> false;
        };
    }

    private static boolean isRoot(Instruction user) {
        String value = user.rest() == null ? "" : user.rest().text().trim();
        String name = value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
        return name.equals("root") || name.equals("0");
    }
}
