package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Severity;
import java.util.Set;

/** hadolint's DL3034: zypper needs --non-interactive (or the subcommand's -y) in a build. */
public final class ZypperWithoutNonInteractive extends PromptingInstall {
    static final Set<String> ZYPPER_VALUED = Set.of("-R", "--root", "-r", "--repo", "--from", "-t", "--type", "-D",
            "--reposd-dir", "-C", "--cache-dir", "--installroot");
    private static final RuleInfo INFO = PracticeRules.info("ZypperWithoutNonInteractive", Severity.WARNING,
            Category.BEST_PRACTICE, "zypper needs --non-interactive in a build",
            "Without `-n`/`--non-interactive` (or `-y`/`--no-confirm` after the subcommand), zypper asks before it"
                    + " changes anything; a build cannot answer, so the step fails.",
            "FROM opensuse/leap:15.6\nRUN zypper install httpd\n",
            "FROM opensuse/leap:15.6\nRUN zypper -n install httpd\n",
            "DL3034");

    public ZypperWithoutNonInteractive() {
        super(Set.of("zypper"), Set.of("install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up",
                "dist-upgrade", "dup"), ZYPPER_VALUED,
                new String[] {"-n", "--non-interactive", "-y", "--no-confirm"}, " -n", true);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
