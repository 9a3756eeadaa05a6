package dockerfilels.rules.practice;

import static dockerfilels.rules.practice.RunRuleAssertions.assertAt;
import static dockerfilels.rules.practice.RunRuleAssertions.assertMessage;
import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.edit;

import org.junit.jupiter.api.Test;

/** DL3001, DL3003, DL3004, DL3046, DL3047, DL4001, DL4005 and remote scripts piped into a shell. */
class CommandRulesTest {

    @Test
    void adminCommands() {
        assertAt("AdminCommandInRun", "FROM debian\nRUN service nginx start \\\n  && ps aux && vim x\n", "1:4-1:11", "2:5-2:7", "2:15-2:18");
        assertMessage("AdminCommandInRun", "FROM debian\nRUN sudo shutdown -h now\n",
                "`shutdown` makes no sense in a build step: nothing runs or is interactive there");
        assertAt("AdminCommandInRun", "FROM debian\nRUN apt-get install -y vim procps && echo top\n");
    }

    @Test
    void cdAtTheStartOfRun() {
        assertAt("CdInsteadOfWorkdir", "FROM node\nRUN cd /app && npm ci\n", "1:4-1:6");
        assertMessage("CdInsteadOfWorkdir", "FROM node\nRUN cd /app && npm ci\n", "Use WORKDIR /app instead of cd: a cd lasts only for this RUN");
        assertAt("CdInsteadOfWorkdir", "FROM node\nRUN curl -O x && cd /tmp/src && make && cd / && rm -rf /tmp/src\n");
        assertAt("CdInsteadOfWorkdir", "FROM node\nRUN cd /app\n");
    }

    @Test
    void sudo() {
        String source = "FROM debian\nRUN apt-get update \\\n  && sudo apt-get install -y curl\n";
        assertAt("SudoInRun", source, "2:5-2:9");
        assertFix(source, "SudoInRun", edit(2, 5, 2, 10, ""));
        assertNoFix("FROM debian\nRUN sudo -u app make\n", "SudoInRun");
        assertAt("SudoInRun", "FROM debian\nRUN sudo -i\n", "1:4-1:8");
        assertAt("SudoInRun", "FROM debian\nRUN apt-get install -y sudo && echo sudo\n");
    }

    @Test
    void useraddWithLargeUid() {
        String source = "FROM debian\nRUN useradd -u 1000000 app\n";
        assertAt("UseraddWithoutNoLogInit", source, "1:15-1:22");
        assertFix(source, "UseraddWithoutNoLogInit", edit(1, 11, 1, 11, " -l"));
        assertAt("UseraddWithoutNoLogInit", "FROM debian\nRUN useradd --uid=2000000 app\n", "1:12-1:25");
        assertAt("UseraddWithoutNoLogInit", "FROM debian\nRUN useradd -l -u 1000000 app && useradd --no-log-init -u 1000000 b"
                + " && useradd -u 1000 c && useradd -u $UID d\n");
    }

    @Test
    void wgetProgress() {
        String source = "FROM debian\nRUN wget https://x/a.tgz\n";
        assertAt("WgetWithoutProgress", source, "1:4-1:8");
        assertFix(source, "WgetWithoutProgress", edit(1, 8, 1, 8, " --progress=dot:giga"));
        assertAt("WgetWithoutProgress", "FROM debian\nRUN wget -qO- x && wget -nv x && wget --progress=bar x"
                + " && wget -O f -o log x && wget --quiet x\n");
        assertAt("WgetWithoutProgress", "FROM debian\nRUN wget -O f x\n", "1:4-1:8");
        assertAt("WgetWithoutProgress", "FROM alpine:3.20 AS base\nFROM base\nRUN wget -O f x\n");
    }

    @Test
    void curlAndWgetInOneStage() {
        String source = "FROM debian\nRUN curl -fsSLO x\nRUN wget -q y && curl -O z\nFROM debian\nRUN wget -q y\n";
        assertAt("CurlAndWget", source, "2:4-2:8");
        assertMessage("CurlAndWget", source, "This stage also uses curl: use curl here too and install one download tool");
        assertAt("CurlAndWget", "FROM debian\nRUN curl -fsSLO x\nFROM debian\nRUN wget -q y\n");
    }

    @Test
    void relinkingBinSh() {
        assertAt("ShellRelinked", "FROM debian\nRUN ln -sf /bin/bash /bin/sh\n", "1:21-1:28");
        assertAt("ShellRelinked", "FROM debian\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh\n", "1:34-1:41");
        assertAt("ShellRelinked", "FROM busybox\nRUN [\"/busybox/ln\", \"-s\", \"/busybox/sh\", \"/bin/sh\"]\n");
        assertAt("ShellRelinked", "FROM debian\nRUN ln -sf /bin/sh /usr/local/bin/sh\n");
    }

    @Test
    void remoteScriptIntoShell() {
        assertAt("RemoteScriptPipedToShell", "FROM debian\nRUN curl -fsSL https://x/install.sh \\\n  | sh -s -- -y\n", "2:4-2:6");
        assertAt("RemoteScriptPipedToShell", "FROM debian\nRUN wget -qO- https://x | sudo bash\n", "1:31-1:35");
        assertAt("RemoteScriptPipedToShell", "FROM debian\nRUN sh -c \"$(curl -fsSL https://x/install.sh)\"\n", "1:4-1:6");
        assertMessage("RemoteScriptPipedToShell", "FROM debian\nRUN curl -fsSL https://x | bash\n",
                "The output of curl runs unverified in bash: download, verify a checksum, then run");
        assertAt("RemoteScriptPipedToShell", "FROM debian\nRUN curl -fsSL https://x/a.tgz | tar -xz && curl -o i.sh x"
                + " && sha256sum -c sums && sh i.sh && curl x | bash -c 'cat > f'\n");
    }
}
