package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Severity;
import java.util.Locale;
import java.util.Set;

/** hadolint's DL3014: apt-get install needs -y in a build. */
public final class AptGetWithoutYes extends PromptingInstall {
    static final Set<String> APT_VALUED = Set.of("-t", "--target-release", "--default-release", "-o", "--option", "-c",
            "--config-file", "--snapshot");
    private static final RuleInfo INFO = PracticeRules.info("AptGetWithoutYes", Severity.WARNING, Category.BEST_PRACTICE,
            "apt-get install needs -y in a build",
            "Without -y, apt-get asks before installing more than the packages named; a build cannot answer, so"
                    + " apt-get aborts and the step fails. `-y` (or `--yes`, `-qq`, `-o APT::Get::Assume-Yes=true`)"
                    + " answers yes.",
            "FROM debian:12\nRUN apt-get update && apt-get install curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
            "DL3014");

    public AptGetWithoutYes() {
        super(Set.of("apt-get", "apt"), Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge",
                "autoremove", "build-dep"), APT_VALUED, new String[] {"-y", "--yes", "--assume-yes"}, " -y", false);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** {@code -qq}, {@code -q -q}, {@code -q=2} and {@code Assume-Yes=true} imply yes. */
    @Override
    boolean answersYes(ShellCommand command) {
        int quiet = 0;
        for (ShellWord word : command.arguments()) {
            String value = word.value();
            if (value.equals("-qq") || value.equals("-q=2") || value.equals("--quiet=2")
                    || value.toLowerCase(Locale.ROOT).contains("assume-yes=true")) {
                return true;
            }
            quiet += value.equals("-q") || value.equals("--quiet") ? 1 : 0;
        }
        return quiet >= 2;
    }
}
