package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Fix;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.commands.PackageManagers.Invocation;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import java.util.List;

/** hadolint's DL3036: {@code zypper install} without a later {@code zypper clean} (or {@code rm} of /var/cache/zypp). */
public final class ZypperCacheInLayer extends PackageCacheRule {
    static final String ID = "ZypperCacheInLayer";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.WARNING, Category.IMAGE_SIZE,
            "zypper install without zypper clean in the same RUN",
            "zypper keeps repository metadata and packages in /var/cache/zypp, in this layer and so in the image. Run"
                    + " zypper clean in the same RUN, or with BuildKit mount a cache on /var/cache/zypp. Stages that are"
                    + " only copied from are not checked.",
            "FROM opensuse/leap:15.6\nRUN zypper install -y curl\n",
            "FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n", "DL3036");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Tool tool() {
        return Tool.ZYPPER;
    }

    @Override
    boolean leavesCache(Invocation call, Scope scope, List<ShellCommand> commands) {
        return call.verb().equals("install") || call.verb().equals("in");
    }

    @Override
    boolean cleans(ShellCommand command) {
        return (command.is("zypper") && (command.hasArgument("clean") || command.hasArgument("cc")))
                || PackageCacheRule.removes(command, "/var/cache/zypp");
    }

    @Override
    String message(Invocation call) {
        return "zypper " + call.verb() + " leaves its cache in this layer: run zypper clean in the same RUN";
    }

    @Override
    Fix fix(Instruction run, Invocation call, List<Invocation> calls, char escape) {
        return PackageCacheRule.appendCleanup("Run zypper clean in the same RUN", run, calls, "zypper clean", escape);
    }
}
