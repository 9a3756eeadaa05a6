package dockerfilels.rules.practice;

import static dockerfilels.rules.practice.RunRuleAssertions.assertAt;
import static dockerfilels.rules.practice.RunRuleAssertions.assertMessage;
import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.edit;

import org.junit.jupiter.api.Test;

/** apt-get -y (DL3014), --no-install-recommends (DL3015), apt (DL3027), yum/dnf/zypper prompts and upgrades. */
class PackageManagerRulesTest {

    @Test
    void aptGetInstallWithoutYesIsFoundOnItsOwnLineAndFixed() {
        String source = "FROM debian\nRUN apt-get update \\\n    && apt-get install \\\n      curl\n";
        assertAt("AptGetWithoutYes", source, "2:15-2:22");
        assertFix(source, "AptGetWithoutYes", edit(2, 22, 2, 22, " -y"));
        assertMessage("AptGetWithoutYes", source, "`apt-get install` without -y waits for a confirmation no one can give in a build");
    }

    @Test
    void aptGetYesInAnyForm() {
        for (String yes : new String[] {"-y", "--yes", "--assume-yes", "-qy", "-yq", "-qq", "-q -q", "-q=2",
                "-o APT::Get::Assume-Yes=true"}) {
            assertAt("AptGetWithoutYes", "FROM debian\nRUN apt-get " + yes + " install curl\n");
        }
        assertAt("AptGetWithoutYes", "FROM debian\nRUN yes | apt-get install curl\n");
        assertAt("AptGetWithoutYes", "FROM debian\nRUN apt-get -q install curl\n", "1:15-1:22");
        assertAt("AptGetWithoutYes", "FROM debian\nRUN apt-get update && apt-get -t bookworm install curl\n", "1:42-1:49");
    }

    @Test
    void aptGetInHeredocShCAndExecForm() {
        assertAt("AptGetWithoutYes", "FROM debian\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n", "3:8-3:15");
        assertFix("FROM debian\nRUN <<EOF\napt-get install curl\nEOF\n", "AptGetWithoutYes", edit(2, 15, 2, 15, " -y"));
        assertAt("AptGetWithoutYes", "FROM debian\nRUN sh -c 'apt-get install curl'\n", "1:19-1:26");
        assertFix("FROM debian\nRUN sh -c 'apt-get install curl'\n", "AptGetWithoutYes", edit(1, 26, 1, 26, " -y"));
        assertAt("AptGetWithoutYes", "FROM debian\nRUN [\"apt-get\", \"install\", \"curl\"]\n", "1:16-1:25");
        assertNoFix("FROM debian\nRUN [\"apt-get\", \"install\", \"curl\"]\n", "AptGetWithoutYes");
        assertAt("AptGetWithoutYes", "FROM debian\nONBUILD RUN apt-get install curl\n", "1:20-1:27");
    }

    @Test
    void noInstallRecommends() {
        String source = "FROM debian\nRUN apt-get update && apt-get install -y \\\n  curl\n";
        assertAt("AptInstallRecommends", source, "1:30-1:37");
        assertFix(source, "AptInstallRecommends", edit(1, 37, 1, 37, " --no-install-recommends"));
        assertAt("AptInstallRecommends", "FROM debian\nRUN apt-get install -y --no-install-recommends curl\n");
        assertAt("AptInstallRecommends", "FROM debian\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n");
        assertAt("AptInstallRecommends", "FROM debian\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/no-rec"
                + " && apt-get install -y curl\n");
        assertAt("AptInstallRecommends", "FROM debian\nRUN apt-get update && apt-get -y upgrade\n");
    }

    @Test
    void aptInsteadOfAptGet() {
        String source = "FROM debian\nRUN apt update && apt install -y curl && apt search x && apt list\n";
        assertAt("AptInsteadOfAptGet", source, "1:4-1:7", "1:18-1:21", "1:41-1:44", "1:57-1:60");
        assertFix(source, "AptInsteadOfAptGet", edit(1, 4, 1, 7, "apt-get"));
        assertFix("FROM debian\nRUN apt show curl\n", "AptInsteadOfAptGet", edit(1, 4, 1, 7, "apt-cache"));
        assertNoFix("FROM debian\nRUN apt list --installed\n", "AptInsteadOfAptGet");
        assertAt("AptInsteadOfAptGet", "FROM debian\nRUN apt-get update && apt-cache policy curl && echo apt\n");
    }

    @Test
    void yumAndDnfNeedYes() {
        assertAt("YumWithoutYes", "FROM centos\nRUN yum install httpd\n", "1:8-1:15");
        assertFix("FROM centos\nRUN yum install httpd\n", "YumWithoutYes", edit(1, 15, 1, 15, " -y"));
        assertAt("YumWithoutYes", "FROM centos\nRUN yum -y install httpd && yum install --assumeyes x && yum clean all\n");
        assertAt("DnfWithoutYes", "FROM fedora\nRUN dnf \\\n  install httpd\n", "2:2-2:9");
        assertFix("FROM fedora\nRUN dnf \\\n  install httpd\n", "DnfWithoutYes", edit(2, 9, 2, 9, " -y"));
        assertAt("DnfWithoutYes", "FROM fedora\nRUN microdnf install httpd && dnf install -y x\n");
        assertAt("YumWithoutYes", "FROM fedora\nRUN dnf install httpd\n");
    }

    @Test
    void zypperNeedsNonInteractive() {
        String source = "FROM opensuse/leap\nRUN zypper install httpd\n";
        assertAt("ZypperWithoutNonInteractive", source, "1:11-1:18");
        assertFix(source, "ZypperWithoutNonInteractive", edit(1, 10, 1, 10, " -n"));
        assertAt("ZypperWithoutNonInteractive", "FROM opensuse/leap\nRUN zypper -n in httpd && zypper --non-interactive rm x"
                + " && zypper install -y y && zypper in --no-confirm z && zypper refresh\n");
    }

    @Test
    void zypperDistUpgrade() {
        assertAt("ZypperDistUpgrade", "FROM opensuse/leap\nRUN zypper -n dup && zypper --non-interactive dist-upgrade\n",
                "1:14-1:17", "1:46-1:58");
        assertAt("ZypperDistUpgrade", "FROM opensuse/leap\nRUN zypper -n update\n");
    }

    @Test
    void upgradesAreInformation() {
        assertAt("PackageUpgradeInRun", "FROM debian\nRUN apt-get update \\\n && apt-get -y dist-upgrade\n", "2:15-2:27");
        assertAt("PackageUpgradeInRun", "FROM alpine\nRUN apk upgrade --no-cache && apk add --no-cache curl\n", "1:8-1:15");
        assertAt("PackageUpgradeInRun", "FROM debian\nRUN apt-get install -y --only-upgrade curl\n");
    }
}
