package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;
import java.util.Set;

/** hadolint's DL3028, off by default: gem install without {@code -v} or {@code gem:version}. */
public final class UnpinnedGem extends UnpinnedPackages {
    private static final Set<String> GEM_VALUED = Set.of("-v", "--version", "-i", "--install-dir", "-n", "--bindir",
            "-s", "--source", "-P", "--trust-policy", "--platform", "-g", "--file");
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedGem",
            "gem install without a version",
            "`gem install name` installs the latest release at build time. Name the version with `-v 1.2.3` or"
                    + " `name:1.2.3`, or install from a Gemfile.lock with bundler. Off by default (see below).",
            "FROM ruby:3.3\nRUN gem install bundler\n",
            "FROM ruby:3.3\nRUN gem install bundler:2.5.22\n",
            "DL3028");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        if (!command.is("gem") || command.hasOption("-v", "--version")) {
            return List.of();
        }
        return afterSubcommand(command.operandsSkipping(GEM_VALUED), Set.of("install", "i"));
    }

    @Override
    boolean pinned(String pkg) {
        return pkg.contains(":") || pkg.endsWith(".gem") || pkg.contains("/");
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin versions in gem install (" + String.join(", ", unpinned) + ": name:version or -v version)";
    }
}
