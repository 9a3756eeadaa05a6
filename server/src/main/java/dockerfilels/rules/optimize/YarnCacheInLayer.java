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
 * hadolint's DL3060: {@code yarn install} (or a bare {@code yarn}) in a RUN without a later
 * {@code yarn cache clean}, or removal of the cache folder, and no cache mount on the yarn cache.
 */
public final class YarnCacheInLayer extends PackageCacheRule {
    static final String ID = "YarnCacheInLayer";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.INFORMATION, Category.IMAGE_SIZE,
            "yarn install without yarn cache clean in the same RUN",
            "yarn keeps a copy of every package it installs in its global cache (/usr/local/share/.cache/yarn in the"
                    + " node images), as large as node_modules, and that copy stays in this layer. Run yarn cache clean in"
                    + " the same RUN, or with BuildKit mount a cache on the yarn cache folder, which keeps it out of the"
                    + " image and speeds up the next build. Stages that are only copied from (a build stage whose output is"
                    + " copied into the final image) are not checked.",
            "FROM node:22-slim\nRUN yarn install --frozen-lockfile\n",
            "FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n", "DL3060");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Tool tool() {
        return Tool.YARN;
    }

    @Override
    boolean leavesCache(Invocation call, Scope scope, List<ShellCommand> commands) {
        return call.verb().isEmpty() || call.verb().equals("install");
    }

    @Override
    boolean cleans(ShellCommand command) {
        return (command.is("yarn", "yarnpkg") && command.hasArgument("cache") && command.hasArgument("clean"))
                || PackageCacheRule.removes(command, "/usr/local/share/.cache/yarn", "/usr/local/share/.cache",
                        "/root/.cache/yarn", "~/.cache/yarn", "$HOME/.cache/yarn", ".yarn/cache");
    }

    @Override
    String message(Invocation call) {
        return "yarn install leaves the yarn cache in this layer: run yarn cache clean in the same RUN";
    }

    @Override
    Fix fix(Instruction run, Invocation call, List<Invocation> calls, char escape) {
        return PackageCacheRule.appendCleanup("Run yarn cache clean in the same RUN", run, calls, "yarn cache clean", escape);
    }
}
