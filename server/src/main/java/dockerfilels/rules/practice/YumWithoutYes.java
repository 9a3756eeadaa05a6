package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Severity;
import java.util.Set;

/** hadolint's DL3030: yum install needs -y in a build. */
public final class YumWithoutYes extends PromptingInstall {
    static final Set<String> YUM_VALUED = Set.of("-x", "--exclude", "-c", "--config", "--installroot", "--releasever",
            "-d", "--debuglevel", "-e", "--errorlevel", "--enablerepo", "--disablerepo", "--setopt", "-R");
    private static final RuleInfo INFO = PracticeRules.info("YumWithoutYes", Severity.WARNING, Category.BEST_PRACTICE,
            "yum install needs -y in a build",
            "Without -y, yum asks \"Is this ok [y/N]\"; a build cannot answer, so yum exits and the step fails.",
            "FROM centos:7\nRUN yum install httpd\n",
            "FROM centos:7\nRUN yum install -y httpd\n",
            "DL3030");

    public YumWithoutYes() {
        super(Set.of("yum"), Set.of("install", "groupinstall", "localinstall", "reinstall", "update", "upgrade", "remove",
                "erase", "downgrade"), YUM_VALUED, new String[] {"-y", "--assumeyes"}, " -y", false);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
