package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Fix;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.commands.PackageManagers;
import dockerfilels.semantics.commands.PackageManagers.Invocation;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import java.util.List;

/**
 * hadolint's DL3009: {@code apt-get update} in a RUN that does not remove {@code /var/lib/apt/lists}
 * afterwards (nor {@code apt-get distclean}), with no cache mount on the lists. Unlike hadolint, any
 * {@code rm -rf} does not do: it must remove the lists (or a path only known at build time).
 */
public final class AptListsInLayer extends PackageCacheRule {
    static final String ID = "AptListsInLayer";
    static final String CLEANUP = "rm -rf /var/lib/apt/lists/*";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.INFORMATION, Category.IMAGE_SIZE,
            "apt-get update without removing /var/lib/apt/lists in the same RUN",
            "apt-get update downloads the package lists of every repository into /var/lib/apt/lists, tens of megabytes"
                    + " the image never needs once the packages are installed. A layer keeps what its RUN wrote even if a"
                    + " later RUN deletes it, so remove the lists in the same RUN, after the last apt-get. With BuildKit, a"
                    + " cache mount on /var/lib/apt (and /var/cache/apt) keeps them out of the image and reuses them in"
                    + " the next build. Stages that are only copied from are not checked: their layers are not shipped.",
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n"
                    + "    && rm -rf /var/lib/apt/lists/*\n",
            "DL3009");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Tool tool() {
        return Tool.APT;
    }

    /** Only the lists matter here: a mount on /var/cache/apt alone leaves them in the layer. */
    @Override
    List<String> layerDirs() {
        return List.of("/var/lib/apt/lists");
    }

    @Override
    boolean leavesCache(Invocation call, Scope scope, List<ShellCommand> commands) {
        return call.verb().equals("update");
    }

    @Override
    boolean cleans(ShellCommand command) {
        return PackageCacheRule.removes(command, "/var/lib/apt/lists", "/var/lib/apt")
                || (command.is("apt-get", "apt") && (command.hasArgument("distclean") || command.hasArgument("dist-clean")));
    }

    @Override
    String message(Invocation call) {
        return call.command().name() + " update leaves the package lists in this layer: remove /var/lib/apt/lists in the same RUN";
    }

    @Override
    Fix fix(Instruction run, Invocation call, List<Invocation> calls, char escape) {
        // After the RUN's last apt command, not only the last update: the lists are needed until then.
        List<Invocation> apt = PackageManagers.in(ShellScript.of(run)).stream().filter(c -> c.tool() == Tool.APT).toList();
        return appendCleanup("Remove the apt lists in the same RUN", run, apt, CLEANUP, escape);
    }
}
