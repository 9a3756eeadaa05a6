package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;

/** hadolint's DL3041, off by default: dnf install without {@code name-version}. */
public final class UnpinnedDnfPackage extends UnpinnedPackages {
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedDnfPackage",
            "dnf install without package versions",
            "Without `name-version`, each build installs whatever the repositories hold that day. Off by default"
                    + " (see below). Packages given in an ARG or ENV are checked"
                    + " with its value.",
            "FROM fedora:41\nRUN dnf install -y httpd\n",
            "FROM fedora:41\nRUN dnf install -y httpd-2.4.62\n",
            "DL3041");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        return command.is("dnf", "dnf5", "microdnf") ? RpmPins.packages(command) : List.of();
    }

    @Override
    boolean pinned(String pkg) {
        return RpmPins.pinned(pkg);
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin versions in dnf install (" + String.join(", ", unpinned) + ": name-version)";
    }
}
