package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;

/** hadolint's DL3033, off by default: yum install without {@code name-version}. */
public final class UnpinnedYumPackage extends UnpinnedPackages {
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedYumPackage",
            "yum install without package versions",
            "Without `name-version`, each build installs whatever the repositories hold that day. Off by default"
                    + " (see below). Packages given in an ARG or ENV are checked"
                    + " with its value.",
            "FROM centos:7\nRUN yum install -y httpd\n",
            "FROM centos:7\nRUN yum install -y httpd-2.4.6\n",
            "DL3033");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        return command.is("yum") ? RpmPins.packages(command) : List.of();
    }

    @Override
    boolean pinned(String pkg) {
        return RpmPins.pinned(pkg);
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin versions in yum install (" + String.join(", ", unpinned) + ": name-version)";
    }
}
