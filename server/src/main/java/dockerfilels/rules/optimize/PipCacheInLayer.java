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
 * hadolint's DL3042: {@code pip install} (also {@code pip3}, {@code python -m pip}) without
 * {@code --no-cache-dir}, unless {@code PIP_NO_CACHE_DIR} is set (ENV or ARG before the RUN, or
 * assigned in it), the RUN purges the cache afterwards ({@code pip cache purge}, {@code rm} of
 * {@code ~/.cache/pip}), or a cache mount covers it (also at {@code PIP_CACHE_DIR} or {@code --cache-dir}).
 */
public final class PipCacheInLayer extends PackageCacheRule {
    static final String ID = "PipCacheInLayer";
    private static final RuleInfo INFO = OptimizeRules.info(ID, Severity.WARNING, Category.IMAGE_SIZE,
            "pip install without --no-cache-dir",
            "pip keeps every wheel it downloads or builds in /root/.cache/pip, often as large as the installed packages"
                    + " themselves, and that folder stays in this layer and the image. --no-cache-dir (or PIP_NO_CACHE_DIR=1)"
                    + " stops it. With BuildKit, a cache mount on /root/.cache/pip keeps the cache out of the image and makes"
                    + " the next build faster instead. Stages that are only copied from (a builder that fills a virtualenv)"
                    + " are not checked.",
            "FROM python:3.12-slim\nRUN pip install -r requirements.txt\n",
            "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n", "DL3042");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    Tool tool() {
        return Tool.PIP;
    }

    @Override
    boolean leavesCache(Invocation call, Scope scope, List<ShellCommand> commands) {
        ShellCommand command = call.command();
        if (!call.verb().equals("install") || command.hasOption("--no-cache-dir")) {
            return false;
        }
        // pip reads any value of PIP_NO_CACHE_DIR, even "false", as "no cache".
        String noCache = LayerCaches.variable("PIP_NO_CACHE_DIR", scope, commands);
        return noCache == null || noCache.isEmpty();
    }

    @Override
    List<String> cacheDirsOf(Invocation call) {
        String cacheDir = call.command().optionValue("--cache-dir");
        return cacheDir == null ? List.of() : List.of(cacheDir);
    }

    @Override
    boolean cleans(ShellCommand command) {
        return PackageCacheRule.removes(command, "/root/.cache/pip", "/root/.cache", "~/.cache/pip", "~/.cache",
                "$HOME/.cache/pip", "$HOME/.cache")
                || (command.name().matches("pip[0-9.]*") && command.hasArgument("cache") && command.hasArgument("purge"));
    }

    @Override
    String message(Invocation call) {
        return "pip install without --no-cache-dir keeps the downloaded packages in this layer";
    }

    @Override
    Fix fix(Instruction run, Invocation call, List<Invocation> calls, char escape) {
        return PackageCacheRule.addFlag("Add --no-cache-dir", calls, " --no-cache-dir");
    }
}
