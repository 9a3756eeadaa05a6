package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;
import java.util.Set;

/** hadolint's DL3018, off by default: apk add without {@code pkg=version}. */
public final class UnpinnedApkPackage extends UnpinnedPackages {
    static final Set<String> APK_VALUED = Set.of("-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch",
            "--cache-dir", "--keys-dir", "--repositories-file");
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedApkPackage",
            "apk add without package versions",
            "Without `package=version` (or `~version`, `>version`), each build installs whatever the Alpine repository"
                    + " holds that day. Alpine keeps only the latest version of a package in each branch, so pin to a"
                    + " branch-stable prefix such as `curl~8`. Off by default (see"
                    + " below). Packages given in an ARG or ENV are checked with its value.",
            "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
            "FROM alpine:3.20\nRUN apk add --no-cache curl~8\n",
            "DL3018");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        return command.is("apk") ? afterSubcommand(command.operandsSkipping(APK_VALUED), Set.of("add")) : List.of();
    }

    @Override
    boolean pinned(String pkg) {
        return pkg.contains("=") || pkg.contains("~") || pkg.contains(">") || pkg.contains("<") || pkg.endsWith(".apk")
                || pkg.contains("/");
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin versions in apk add (" + String.join(", ", unpinned) + ": package=version or package~version)";
    }
}
