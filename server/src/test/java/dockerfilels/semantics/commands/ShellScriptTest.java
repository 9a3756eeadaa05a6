package dockerfilels.semantics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {

    /** The script of the file's last instruction. */
    private static ShellScript script(String dockerfile) {
        List<Instruction> instructions = Dockerfile.parse(dockerfile).instructions();
        return ShellScript.of(instructions.get(instructions.size() - 1));
    }

    /** The commands as "word word ... separator", one string each, nested ones included. */
    private static void assertCommands(String dockerfile, String... expected) {
        assertEquals(List.of(expected), script(dockerfile).commands().stream().map(ShellCommand::toString).toList());
    }

    /** The range of the first word whose value is {@code value}. */
    private static TextRange rangeOf(String dockerfile, String value) {
        for (ShellCommand command : script(dockerfile).commands()) {
            for (ShellWord word : command.words()) {
                if (word.value().equals(value)) {
                    return word.range();
                }
            }
        }
        throw new AssertionError("no word " + value);
    }

    private static TextRange r(int sl, int sc, int el, int ec) {
        return new TextRange(new TextPosition(sl, sc), new TextPosition(el, ec));
    }

    @Test
    void splitsOnEveryOperator() {
        assertCommands("RUN a && b || c; d | e & f", "a &&", "b ||", "c ;", "d |", "e &", "f");
    }

    @Test
    void quotesAndEscapesAreRemovedFromValues() {
        assertCommands("RUN echo 'a b' \"c \\\"d\\\"\" e\\ f", "echo a b c \"d\" e f");
    }

    @Test
    void variablesStayAsWritten() {
        ShellCommand command = script("RUN apt-get install -y $PKGS \"${EXTRA:-x}\"").commands().get(0);
        assertEquals("$PKGS", command.arguments().get(2).value());
        assertTrue(command.arguments().get(2).expands());
        assertEquals("${EXTRA:-x}", command.arguments().get(3).value());
        assertFalse(command.arguments().get(0).expands());
    }

    @Test
    void wordsOfContinuationLinesKeepTheirLines() {
        String source = "FROM a\nRUN apt-get update \\\n    # refresh\n    && apt-get install -y \\\n      curl\n";
        assertCommands(source, "apt-get update &&", "apt-get install -y curl");
        assertEquals(r(4, 6, 4, 10), rangeOf(source, "curl"));
        assertEquals(r(3, 15, 3, 22), rangeOf(source, "install"));
    }

    @Test
    void aWordCutByAContinuationSpansBothLines() {
        assertEquals(r(1, 9, 2, 2), rangeOf("FROM a\nRUN echo ab\\\ncd\n", "abcd"));
    }

    @Test
    void backtickEscapeDirectiveContinuations() {
        String source = "# escape=`\nFROM a\nRUN apt-get update `\n  && apt-get install -y curl\n";
        assertCommands(source, "apt-get update &&", "apt-get install -y curl");
        assertEquals(r(3, 24, 3, 28), rangeOf(source, "curl"));
    }

    @Test
    void shellDashCBodiesAreParsedWithExactRanges() {
        String source = "RUN sh -c 'apt-get update && apt-get install -y curl'";
        assertCommands(source, "sh -c apt-get update && apt-get install -y curl", "apt-get update &&",
                "apt-get install -y curl");
        assertEquals(r(0, 48, 0, 52), rangeOf(source, "curl"));
        assertEquals(1, script(source).commands().get(1).nesting());
    }

    @Test
    void optionClustersHoldingCStartAScript() {
        assertCommands("RUN bash -euxc \"pip install x\"", "bash -euxc pip install x", "pip install x");
        assertCommands("RUN bash script.sh -c", "bash script.sh -c");
    }

    @Test
    void commandSubstitutionsAreParsed() {
        String source = "RUN echo $(curl -s https://x | sh) `wget y`";
        assertCommands(source, "echo $(curl -s https://x | sh) `wget y`", "curl -s https://x |", "sh", "wget y");
        assertEquals(r(0, 11, 0, 15), rangeOf(source, "curl"));
        assertEquals(r(0, 36, 0, 40), rangeOf(source, "wget"));
    }

    @Test
    void wrappersAreLookedThrough() {
        ShellCommand command = script("RUN sudo -u root env A=b apt-get -qy install curl").commands().get(0);
        assertEquals("apt-get", command.name());
        assertTrue(command.wraps("sudo"));
        assertTrue(command.hasOption("-y"));
        assertFalse(command.hasOption("-o"));
        assertEquals("install", command.subcommand());
        assertEquals("apt-get", script("RUN /usr/bin/apt-get update").commands().get(0).name());
        assertEquals("rm", script("RUN find . | xargs -n 1 rm").commands().get(1).name());
        assertEquals("apk", script("RUN timeout 10 apk add x").commands().get(0).name());
    }

    @Test
    void optionsAndTheirValues() {
        ShellCommand command = script("RUN pip install --no-cache-dir --index-url=https://i -r req.txt -oDpkg").commands().get(0);
        assertTrue(command.hasOption("--no-cache-dir"));
        assertEquals("https://i", command.optionValue("--index-url"));
        assertEquals("req.txt", command.optionValue("-r"));
        assertFalse(command.hasOption("-D"), "-oDpkg is one option with a value, not a cluster");
        assertTrue(script("RUN apt-get -qqy install x").commands().get(0).hasOption("-y"));
        assertNull(command.optionValue("--target"));
        assertNotNull(command.argument("install"));
    }

    @Test
    void optionsAfterDoubleDashAreOperands() {
        assertFalse(script("RUN rm -- -y").commands().get(0).hasOption("-y"));
    }

    @Test
    void assignmentsAndRedirectionsAreNotWords() {
        ShellCommand command = script("RUN DEBIAN_FRONTEND=noninteractive apt-get update > /dev/null 2>&1").commands().get(0);
        assertEquals("apt-get", command.name());
        assertEquals(List.of("apt-get", "update"), command.words().stream().map(ShellWord::value).toList());
        assertEquals("DEBIAN_FRONTEND=noninteractive", command.assignments().get(0).value());
        assertEquals(List.of(">", "2>&"), command.redirects().stream().map(ShellCommand.Redirect::operator).toList());
        assertEquals("/dev/null", command.redirects().get(0).target().value());
    }

    @Test
    void compoundCommandsAreReadForTheCommandsInside() {
        assertCommands("RUN if [ -f x ]; then apt-get update; else apk add y; fi",
                "[ -f x ] ;", "apt-get update ;", "apk add y ;");
        assertCommands("RUN for p in a b; do pip install $p; done", "pip install $p ;");
        assertCommands("RUN case \"$A\" in amd64) x=1 ;; arm*) curl y ;; esac", "x=1 ;;", "curl y ;;");
        assertCommands("RUN (cd /x && make) && { echo a; }", "cd /x &&", "make )", "echo a ;");
    }

    @Test
    void commentsEndTheLine() {
        assertCommands("RUN echo a # && rm -rf /", "echo a");
        assertCommands("RUN echo a#b", "echo a#b");
    }

    @Test
    void heredocScriptsAreParsedOnTheirOwnLines() {
        String source = "FROM a\nRUN <<EOF\nset -e\napt-get update\n  apt-get install -y curl\nEOF\n";
        assertCommands(source, "set -e \\n", "apt-get update \\n", "apt-get install -y curl");
        assertEquals(r(4, 21, 4, 25), rangeOf(source, "curl"));
        assertCommands("FROM a\nRUN bash <<EOF\npip install x\nEOF\n", "bash", "pip install x");
    }

    @Test
    void heredocsOfOtherProgramsAreNotShell() {
        assertCommands("FROM a\nRUN python3 <<EOF\nimport os\nEOF\n", "python3");
        assertCommands("FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nEOF\n");
        assertCommands("FROM a\nRUN <<EOF\n#!/bin/bash\ncurl x\nEOF\n", "curl x");
        assertCommands("FROM a\nRUN cat <<EOF > /etc/x\nrm -rf /\nEOF\n", "cat");
    }

    @Test
    void heredocBodiesInsideAScriptAreSkipped() {
        assertCommands("FROM a\nRUN <<EOF\ncat <<EOT > /x\nrm -rf /\nEOT\necho done\nEOF\n", "cat \\n", "echo done");
    }

    @Test
    void execFormRunsOneCommandOrAShellScript() {
        String source = "RUN [\"sh\", \"-c\", \"apt-get update && pip install x\"]";
        assertCommands(source, "sh -c apt-get update && pip install x", "apt-get update &&", "pip install x");
        assertEquals(r(0, 36, 0, 39), rangeOf(source, "pip"));
        assertCommands("RUN [\"apt-get\", \"install\", \"-y\", \"curl\"]", "apt-get install -y curl");
        assertEquals(r(0, 33, 0, 39), rangeOf("RUN [\"apt-get\", \"install\", \"-y\", \"curl\"]", "curl"));
    }

    @Test
    void onbuildRunHasItsScript() {
        assertCommands("ONBUILD RUN apk add x && rm -rf /var/cache/apk", "apk add x &&", "rm -rf /var/cache/apk");
    }

    @Test
    void otherInstructionsHaveNoScript() {
        assertTrue(script("CMD apt-get update").isEmpty());
        assertTrue(script("RUN").isEmpty());
        assertTrue(script("RUN --mount=type=cache,target=/x").isEmpty());
    }

    @Test
    void flagsAreNotPartOfTheScript() {
        String source = "RUN --mount=type=cache,target=/root/.cache pip install x";
        assertCommands(source, "pip install x");
        assertEquals(r(0, 43, 0, 46), rangeOf(source, "pip"));
    }

    @Test
    void brokenScriptsStillGiveCommands() {
        assertCommands("RUN echo 'unterminated && rm x", "echo unterminated && rm x");
        assertCommands("RUN echo $(unclosed && x", "echo $(unclosed && x", "unclosed &&", "x");
        assertCommands("RUN && || ; |");
        assertCommands("RUN echo \\", "echo");
    }

    @Test
    void deepNestingStopsAtTheLimit() {
        String nested = "RUN " + "sh -c \"".repeat(1) + "$(".repeat(200) + "x" + ")".repeat(200) + "\"";
        ShellScript script = script(nested);
        assertTrue(script.commands().size() <= ShellParser.MAX_NESTING + 2, () -> script.commands().size() + " commands");
    }

    @Test
    void namedFindsCommandsAtAnyDepth() {
        assertEquals(2, script("RUN apt-get update && sh -c 'apt-get install x'").named("apt-get").size());
    }

    @Test
    void parsedOncePerInstruction() {
        Instruction run = Dockerfile.parse("RUN a && b").instructions().get(0);
        assertTrue(ShellScript.of(run) == ShellScript.of(run));
    }

    @Test
    void operatorsKeepTheirRange() {
        List<ShellCommand> commands = script("FROM a\nRUN curl -s x \\\n  | sh && true\n").commands();
        assertEquals(r(2, 2, 2, 3), commands.get(0).afterRange());
        assertEquals(r(2, 7, 2, 9), commands.get(1).afterRange());
        assertNull(commands.get(2).afterRange());
    }

    @Test
    void operandsSkipTheValuesOfValuedOptions() {
        ShellCommand command = script("RUN apt-get install -t bookworm -o a=b --yes curl -- -x").commands().get(0);
        assertEquals(List.of("install", "curl", "-x"),
                command.operandsSkipping(java.util.Set.of("-t", "-o")).stream().map(ShellWord::value).toList());
        assertEquals(List.of("install", "bookworm", "a=b", "curl", "--"), command.operands().stream().map(ShellWord::value).toList());
    }

    @Test
    void nextSkipsNestedCommands() {
        ShellScript script = script("RUN a $(b | c) | d; e");
        List<ShellCommand> commands = script.commands();
        assertEquals("d", script.next(commands.get(0)).name());
        assertEquals("c", script.next(commands.get(1)).name());
        assertNull(script.next(commands.get(2)));
        assertNull(script.next(commands.get(commands.size() - 1)));
    }
}
