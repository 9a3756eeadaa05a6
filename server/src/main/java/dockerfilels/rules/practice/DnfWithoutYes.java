package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Severity;
import java.util.Set;

/** hadolint's DL3038: dnf install needs -y in a build (microdnf never asks, so it is not reported). */
public final class DnfWithoutYes extends PromptingInstall {
    private static final RuleInfo INFO = PracticeRules.info("DnfWithoutYes", Severity.WARNING, Category.BEST_PRACTICE,
            "dnf install needs -y in a build",
            "Without -y, dnf asks \"Is this ok [y/N]\"; a build cannot answer, so dnf exits and the step fails."
                    + " microdnf does not ask and is not reported.",
            "FROM fedora:41\nRUN dnf install httpd\n",
            "FROM fedora:41\nRUN dnf install -y httpd\n",
            "DL3038");

    public DnfWithoutYes() {
        super(Set.of("dnf", "dnf5"), Set.of("install", "groupinstall", "localinstall", "reinstall", "update",
                "upgrade", "remove", "erase", "downgrade"), YumWithoutYes.YUM_VALUED, new String[] {"-y", "--assumeyes"},
                " -y", false);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
