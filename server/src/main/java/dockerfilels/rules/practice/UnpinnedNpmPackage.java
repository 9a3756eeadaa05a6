package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;
import java.util.Set;

/** hadolint's DL3016, off by default: npm install of a named package without {@code @version}. */
public final class UnpinnedNpmPackage extends UnpinnedPackages {
    private static final Set<String> NPM_VALUED = Set.of("--loglevel", "--registry", "--prefix", "--cache", "--userconfig",
            "--tag", "-w", "--workspace");
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedNpmPackage",
            "npm install of a package without a version",
            "`npm install -g some-tool` installs the latest release at build time. Name the version"
                    + " (`some-tool@1.2.3`), or let `npm ci` install the exact versions of package-lock.json."
                    + " Off by default (see below). Packages given in an ARG or ENV are checked with its value.",
            "FROM node:22\nRUN npm install -g typescript\n",
            "FROM node:22\nRUN npm install -g typescript@5.6.3\n",
            "DL3016");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        return command.is("npm") ? afterSubcommand(command.operandsSkipping(NPM_VALUED), Set.of("install", "i", "add"))
                : List.of();
    }

    /** {@code pkg@1}, {@code @scope/pkg@1}, a git URL with {@code #ref}, a tarball or a path. */
    @Override
    boolean pinned(String pkg) {
        if (pkg.contains("://") || pkg.startsWith("git+") || pkg.startsWith("github:")) {
            return pkg.contains("#");
        }
        if (pkg.startsWith("/") || pkg.startsWith(".") || pkg.startsWith("~/") || pkg.endsWith(".tgz")
                || pkg.endsWith(".tar.gz") || pkg.endsWith(".tar")) {
            return true;
        }
        int at = pkg.lastIndexOf('@');
        return at > 0 && at < pkg.length() - 1 && !pkg.endsWith("@latest");
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin versions in npm install (" + String.join(", ", unpinned) + ": package@version)";
    }
}
