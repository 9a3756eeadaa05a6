package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;
import java.util.Set;

/** hadolint's DL3037, off by default: zypper install without {@code name=version}. */
public final class UnpinnedZypperPackage extends UnpinnedPackages {
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedZypperPackage",
            "zypper install without package versions",
            "Without `name=version` (or `name>=version`), each build installs whatever the repositories hold that day."
                    + " Off by default (see below). Packages given in an ARG or ENV are checked with its value.",
            "FROM opensuse/leap:15.6\nRUN zypper -n install httpd\n",
            "FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.58\n",
            "DL3037");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        return command.is("zypper")
                ? afterSubcommand(command.operandsSkipping(ZypperWithoutNonInteractive.ZYPPER_VALUED), Set.of("install", "in"))
                : List.of();
    }

    @Override
    boolean pinned(String pkg) {
        return pkg.contains("=") || pkg.contains(">") || pkg.contains("<") || pkg.endsWith(".rpm") || pkg.contains("/");
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin versions in zypper install (" + String.join(", ", unpinned) + ": name=version)";
    }
}
