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

/** hadolint's DL3032: {@code yum install} without a later {@code yum clean all} (or {@code rm} of /var/cache/yum). */
public final class YumCacheInLayer extends PackageCacheRule {
    static final String ID = "YumCacheInLayer";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.WARNING, Category.IMAGE_SIZE,
            "yum install without yum clean all in the same RUN",
            "yum keeps the repository metadata it downloaded (and, depending on keepcache, the packages) in"
                    + " /var/cache/yum, in this layer and so in the image: often a hundred megabytes. Run yum clean all"
                    + " in the same RUN, or with BuildKit mount a cache on /var/cache/yum. Stages that are only copied"
                    + " from are not checked.",
            "FROM centos:7\nRUN yum install -y httpd\n", "FROM centos:7\nRUN yum install -y httpd && yum clean all\n", "DL3032");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Tool tool() {
        return Tool.YUM;
    }

    @Override
    boolean leavesCache(Invocation call, Scope scope, List<ShellCommand> commands) {
        return call.installs();
    }

    @Override
    boolean cleans(ShellCommand command) {
        return (command.is("yum") && command.hasArgument("clean")) || PackageCacheRule.removes(command, "/var/cache/yum");
    }

    @Override
    String message(Invocation call) {
        return "yum " + call.verb() + " leaves its cache in this layer: run yum clean all in the same RUN";
    }

    @Override
    Fix fix(Instruction run, Invocation call, List<Invocation> calls, char escape) {
        return PackageCacheRule.appendCleanup("Run yum clean all in the same RUN", run, calls, "yum clean all", escape);
    }
}
