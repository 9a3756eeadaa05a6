package dockerfilels.rules.practice;

import static dockerfilels.rules.practice.RunRuleAssertions.assertAt;
import static dockerfilels.rules.practice.RunRuleAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.rules.Rules;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.syntax.Severity;
import dockerfilels.testing.LintAssertions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The version-pinning rules: off by default, on the package word, with ARG and ENV values resolved. */
class PinningRulesTest {

    @Test
    void pinningIsOffByDefaultAndOnWhenASettingNamesIt() {
        for (String rule : new String[] {"DL3008", "DL3013", "DL3016", "DL3018", "DL3028", "DL3033", "DL3037", "DL3041", "DL3062"}) {
            assertTrue(Rules.byName(rule).info().offByDefault(), rule);
        }
        String source = "FROM debian\nRUN apt-get install -y curl\n";
        assertTrue(LintAssertions.lint(source).diagnostics().stream().noneMatch(d -> d.code().equals("UnpinnedAptPackage")));
        LintSettings on = new LintSettings(Map.of("DL3008", RuleLevel.INFO), Map.of(), null);
        assertEquals(Severity.INFORMATION, LintAssertions.lint(source, LintAssertions.Setup.DEFAULT.with(on)).diagnostics()
                .stream().filter(d -> d.code().equals("UnpinnedAptPackage")).findFirst().orElseThrow().severity());
    }

    @Test
    void aptPackagesOnTheirOwnLines() {
        String source = "FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n"
                + "    curl=7.88.1 \\\n    # a comment\n    git \\\n    ./local.deb foo/bookworm-backports\n";
        assertAt("UnpinnedAptPackage", source, "4:4-4:7");
        assertMessage("UnpinnedAptPackage", source, "Pin versions in apt-get install (git: package=version)");
        assertAt("UnpinnedAptPackage", "FROM debian\nRUN apt-get install -y -t bookworm-backports -o Dpkg::Options::=--force-confold curl=1\n");
    }

    @Test
    void variablesAreResolved() {
        assertAt("UnpinnedAptPackage", "FROM debian\nARG PACKAGES=\"curl=7.1 git=2.39\"\nRUN apt-get install -y $PACKAGES\n");
        String unpinned = "FROM debian\nARG PACKAGES=\"curl=7.1 git\"\nRUN apt-get install -y $PACKAGES\n";
        assertAt("UnpinnedAptPackage", unpinned, "2:23-2:32");
        assertMessage("UnpinnedAptPackage", unpinned, "Pin versions in apt-get install (git: package=version) ($PACKAGES)");
        assertAt("UnpinnedAptPackage", "ARG V=7.1\nFROM debian\nARG V\nENV PKG=curl=${V}\nRUN apt-get install -y \"${PKG}\"\n");
        // Unknown values are not reported: a build argument without default, a substitution, the script's own variable.
        assertAt("UnpinnedAptPackage", "FROM debian\nARG PACKAGES\nRUN apt-get install -y $PACKAGES $(cat pkgs.txt)\n");
        assertAt("UnpinnedAptPackage", "FROM debian\nRUN P=curl; apt-get install -y $P\n");
        assertAt("UnpinnedApkPackage", "FROM alpine\nENV DEPS=\"gcc make~4\"\nRUN apk add --no-cache $DEPS\n", "2:23-2:28");
    }

    @Test
    void apk() {
        assertAt("UnpinnedApkPackage", "FROM alpine\nRUN apk add --no-cache --virtual .build-deps curl=8.1 git~2 'x>1' ./y.apk"
                + " -X https://dl-cdn.alpinelinux.org/alpine/edge/testing bash\n", "1:128-1:132");
        assertAt("UnpinnedApkPackage", "FROM alpine\nRUN apk update && apk del curl\n");
    }

    @Test
    void pip() {
        assertAt("UnpinnedPipPackage", "FROM python\nRUN pip install --no-cache-dir flask==3 'requests>=2' -r req.txt"
                + " -e . ./pkg git+https://x/y@v1 numpy\n", "1:95-1:100");
        assertAt("UnpinnedPipPackage", "FROM python\nRUN python3 -m pip install --upgrade pip\n", "1:37-1:40");
        assertAt("UnpinnedPipPackage", "FROM python\nRUN pipx install black && pipenv install && pip download x\n");
        assertAt("UnpinnedPipPackage", "FROM python\nRUN pip3 install -c constraints.txt flask\n", "1:36-1:41");
    }

    @Test
    void npm() {
        assertAt("UnpinnedNpmPackage", "FROM node\nRUN npm install -g typescript@5 @types/node@22 @scope/x ./local"
                + " git+https://github.com/a/b.git#v1 pkg.tgz eslint@latest\n", "1:47-1:55", "1:106-1:119");
        assertAt("UnpinnedNpmPackage", "FROM node\nRUN npm ci && npm install && npm run build\n");
    }

    @Test
    void gem() {
        assertAt("UnpinnedGem", "FROM ruby\nRUN gem install bundler:2.5 rails && gem install -v 7.1 rails\n", "1:28-1:33");
    }

    @Test
    void yumDnfZypper() {
        assertAt("UnpinnedYumPackage", "FROM centos\nRUN yum install -y httpd-2.4.6 git @development ./x.rpm\n", "1:31-1:34");
        assertAt("UnpinnedDnfPackage", "FROM fedora\nRUN dnf install -y httpd && dnf module install -y nodejs:18"
                + " && microdnf install -y git-2.43.0-1.fc39\n", "1:19-1:24");
        assertAt("UnpinnedZypperPackage", "FROM opensuse/leap\nRUN zypper -n install httpd=2.4 git 'vim>=9'\n", "1:32-1:35");
    }

    @Test
    void goModules() {
        String source = "FROM golang\nRUN go install golang.org/x/tools/cmd/goimports@latest ./cmd/app example.com/tool\n"
                + "RUN go get github.com/a/b && go get -d ./... && go install example.com/c@v1.2.3\n";
        assertAt("UnpinnedGoModule", source, "1:15-1:54", "2:11-2:25");
        assertAt("UnpinnedGoModule", "FROM golang\nRUN go install -ldflags \"-s -w\" -o /bin/app . && go get\n");
    }
}
