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

/**
 * hadolint's DL3040: {@code dnf}, {@code dnf5}, {@code microdnf} or {@code tdnf} installing without a later
 * {@code clean all} by the same tool family (or {@code rm} of /var/cache/dnf, /var/cache/libdnf5, /var/cache/yum).
 */
public final class DnfCacheInLayer extends PackageCacheRule {
    static final String ID = "DnfCacheInLayer";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.WARNING, Category.IMAGE_SIZE,
            "dnf install without dnf clean all in the same RUN",
            "dnf (and microdnf) keep the repository metadata they downloaded in /var/cache/dnf (/var/cache/libdnf5 for"
                    + " dnf5), in this layer and so in the image: often a hundred megabytes. Run dnf clean all in the same"
                    + " RUN, or with BuildKit mount a cache on the cache folder. Stages that are only copied from are not"
                    + " checked.",
            "FROM fedora:40\nRUN dnf install -y httpd\n", "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n",
            "DL3040");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Tool tool() {
        return Tool.DNF;
    }

    @Override
    boolean leavesCache(Invocation call, Scope scope, List<ShellCommand> commands) {
        return call.installs();
    }

    @Override
    boolean cleans(ShellCommand command) {
        return (command.is("dnf", "dnf5", "microdnf", "tdnf", "yum") && command.hasArgument("clean"))
                || PackageCacheRule.removes(command, "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum");
    }

    @Override
    String message(Invocation call) {
        return call.command().name() + " " + call.verb() + " leaves its cache in this layer: run " + call.command().name()
                + " clean all in the same RUN";
    }

    @Override
    Fix fix(Instruction run, Invocation call, List<Invocation> calls, char escape) {
        String tool = calls.get(calls.size() - 1).command().name();
        return PackageCacheRule.appendCleanup("Run " + tool + " clean all in the same RUN", run, calls, tool + " clean all", escape);
    }
}
