package dockerfilels.rules.practice;

import static dockerfilels.rules.practice.RunRuleAssertions.assertAt;
import static dockerfilels.rules.practice.RunRuleAssertions.assertMessage;
import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.edit;

import org.junit.jupiter.api.Test;

/** DL4006 (pipes without pipefail, honouring SHELL) and DL3059 (consecutive RUNs, merged when safe). */
class PipefailAndRunMergeTest {

    @Test
    void aPipeIsFoundAtTheBarOnItsLine() {
        String source = "FROM debian\nRUN curl -fsSL https://x/a.tgz \\\n  | tar -xz\n";
        assertAt("PipeWithoutPipefail", source, "2:2-2:3");
        assertMessage("PipeWithoutPipefail", source, "If `curl` fails, this pipe hides it: set -o pipefail (SHELL with -o pipefail)");
        assertFix(source, "PipeWithoutPipefail", edit(1, 0, 1, 0, "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"));
        assertFix("FROM alpine:3.20\nRUN wget -qO- x | tar -xz\n", "PipeWithoutPipefail",
                edit(1, 0, 1, 0, "SHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]\n"));
    }

    @Test
    void onePerPipelineAndHarmlessSourcesIgnored() {
        assertAt("PipeWithoutPipefail", "FROM debian\nRUN find / -name x | sort | uniq && echo a | tee f && a | b\n",
                "1:19-1:20", "1:56-1:57");
        assertAt("PipeWithoutPipefail", "FROM debian\nRUN echo x | sha256sum -c - && yes | apt-get install x\n");
    }

    @Test
    void pipefailFromShellOrSet() {
        assertAt("PipeWithoutPipefail", "FROM debian\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\n");
        assertAt("PipeWithoutPipefail", "FROM debian\nSHELL [\"/bin/bash\", \"-euxo\", \"pipefail\", \"-c\"]\nRUN a | b\n");
        assertAt("PipeWithoutPipefail", "FROM alpine\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\n");
        assertAt("PipeWithoutPipefail", "FROM debian AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                + "FROM base\nRUN a | b\n");
        assertAt("PipeWithoutPipefail", "FROM debian\nRUN set -eux -o pipefail; a | b\n");
        assertAt("PipeWithoutPipefail", "FROM debian\nRUN <<EOF\nset -euo pipefail\na | b\nEOF\n");
        assertAt("PipeWithoutPipefail", "FROM debian\nRUN a | b; set -o pipefail\n", "1:6-1:7");
        assertAt("PipeWithoutPipefail", "FROM debian\nSHELL [\"/bin/bash\", \"-c\"]\nRUN a | b\n", "2:6-2:7");
        assertAt("PipeWithoutPipefail", "FROM debian\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM debian\nRUN a | b\n", "3:6-3:7");
    }

    @Test
    void nonPosixShellsAndExecForm() {
        assertAt("PipeWithoutPipefail", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN a | b\n");
        assertAt("PipeWithoutPipefail", "FROM debian\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-Item x | Remove-Item\n");
        assertAt("PipeWithoutPipefail", "# escape=`\nFROM something\nRUN a | b\n");
        assertAt("PipeWithoutPipefail", "FROM debian\nRUN [\"bash\", \"-o\", \"pipefail\", \"-c\", \"a | b\"]\n");
        assertAt("PipeWithoutPipefail", "FROM debian\nRUN a | b\n", "1:6-1:7");
    }

    @Test
    void consecutiveRunsMergedWhenSafe() {
        String source = "FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n";
        assertAt("ConsecutiveRuns", source, "2:0-2:3");
        assertFix(source, "ConsecutiveRuns", edit(1, 18, 2, 4, " \\\n    && "));
        assertFix("# escape=`\nFROM debian\nRUN --network=none a\nRUN --network=none b\n", "ConsecutiveRuns",
                edit(2, 20, 3, 19, " `\n    && "));
    }

    @Test
    void consecutiveRunsNotMergedWhenUnsafe() {
        assertNoFix("FROM debian\nRUN cd /src\nRUN make\n", "ConsecutiveRuns");
        assertNoFix("FROM debian\nRUN export A=1\nRUN make\n", "ConsecutiveRuns");
        assertNoFix("FROM debian\nRUN make # build\nRUN make install\n", "ConsecutiveRuns");
        assertNoFix("FROM debian\nRUN a\n# comment\nRUN b\n", "ConsecutiveRuns");
        assertNoFix("FROM debian\nRUN a &\nRUN b\n", "ConsecutiveRuns");
        assertNoFix("FROM debian\nRUN <<EOF\na\nEOF\nRUN b\n", "ConsecutiveRuns");
        assertNoFix("FROM debian\nRUN [\"a\"]\nRUN b\n", "ConsecutiveRuns");
    }

    @Test
    void consecutiveRunsOnlyWhenShortAndAlike() {
        assertAt("ConsecutiveRuns", "FROM debian\nRUN a && b && c\nRUN d\n");
        assertAt("ConsecutiveRuns", "FROM debian\nRUN --mount=type=cache,target=/c a\nRUN b\n");
        assertAt("ConsecutiveRuns", "FROM debian\nRUN a\nENV X=1\nRUN b\n");
        assertAt("ConsecutiveRuns", "FROM debian\nRUN a\nRUN b\nRUN c\n", "2:0-2:3", "3:0-3:3");
    }
}
