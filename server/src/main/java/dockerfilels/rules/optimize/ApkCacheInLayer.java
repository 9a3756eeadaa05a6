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
 * hadolint's DL3019: {@code apk add} without {@code --no-cache}, unless the same RUN removes
 * {@code /var/cache/apk} afterwards (or runs {@code apk cache clean}), or a cache mount covers it.
 */
public final class ApkCacheInLayer extends PackageCacheRule {
    static final String ID = "ApkCacheInLayer";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.INFORMATION, Category.IMAGE_SIZE,
            "apk add without --no-cache",
            "Without --no-cache, apk keeps the package index it downloaded (and any cached packages) in /var/cache/apk,"
                    + " in this layer and so in the image. --no-cache fetches the index to a temporary place and leaves"
                    + " nothing behind, which also makes a separate apk update unnecessary. With BuildKit, a cache mount on"
                    + " /var/cache/apk keeps the cache out of the image instead. Stages that are only copied from are not"
                    + " checked.",
            "FROM alpine:3.20\nRUN apk add curl\n", "FROM alpine:3.20\nRUN apk add --no-cache curl\n", "DL3019");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Tool tool() {
        return Tool.APK;
    }

    @Override
    boolean leavesCache(Invocation call, Scope scope, List<ShellCommand> commands) {
        return call.verb().equals("add") && !call.command().hasOption("--no-cache") && !call.offline();
    }

    @Override
    boolean cleans(ShellCommand command) {
        return PackageCacheRule.removes(command, "/var/cache/apk", "/etc/apk/cache")
                || (command.is("apk") && command.hasArgument("cache") && command.hasArgument("clean"));
    }

    @Override
    String message(Invocation call) {
        return "apk add without --no-cache keeps the package index in /var/cache/apk in this layer";
    }

    @Override
    Fix fix(Instruction run, Invocation call, List<Invocation> calls, char escape) {
        return PackageCacheRule.addFlag("Add --no-cache", calls, " --no-cache");
    }
}
