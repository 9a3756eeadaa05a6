package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;
import java.util.Set;

/** hadolint's DL3008, off by default: apt-get install without {@code pkg=version}. */
public final class UnpinnedAptPackage extends UnpinnedPackages {
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedAptPackage",
            "apt-get install without package versions",
            "Without `package=version`, each build installs whatever version the repository holds that day, so two"
                    + " builds of the same Dockerfile can differ. Pinning makes builds repeatable, at the cost of"
                    + " updating the versions as the distribution moves on (old versions disappear from Debian's"
                    + " and Ubuntu's mirrors). Off by default (see below)."
                    + " Packages given in an ARG or ENV are checked with its value.",
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n",
            "DL3008");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        return command.is("apt-get", "apt")
                ? afterSubcommand(command.operandsSkipping(AptGetWithoutYes.APT_VALUED), Set.of("install")) : List.of();
    }

    /** {@code pkg=1.2}, {@code pkg/bookworm-backports} (a release), a .deb file or a path. */
    @Override
    boolean pinned(String pkg) {
        return pkg.contains("=") || pkg.contains("/") || pkg.endsWith(".deb");
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin versions in apt-get install (" + String.join(", ", unpinned) + ": package=version)";
    }
}
