package dockerfilels.rules.buildkit;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

class UndefinedVarTest {
    private static final String ID = "UndefinedVar";

    private static Diagnostic w(int l, int c1, int c2, String name) {
        return d(l, c1, l, c2, Severity.WARNING, ID, "Usage of undefined variable '$" + name + "'");
    }

    private static Diagnostic w(int l, int c1, int c2, String name, String suggestion) {
        return d(l, c1, l, c2, Severity.WARNING, ID, "Usage of undefined variable '$" + name + "' (did you mean $" + suggestion + "?)");
    }

    @Test
    void firesOnTheReferenceInCopy() {
        assertRule(ID, "FROM alpine\nCOPY $foo .\n", w(1, 5, 9, "foo"));
        assertRule(ID, "FROM alpine\nCOPY a ${foo:-x}/b\n", w(1, 7, 16, "foo"));
    }

    @Test
    void declaredArgsAndEnvAreDefined() {
        assertNone(ID, "FROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n");
        assertNone(ID, "FROM alpine\nENV foo=1\nWORKDIR /$foo\n");
        assertNone(ID, "FROM alpine\nENV PATH=$PATH:/x\n");
    }

    @Test
    void useBeforeTheArgFires() {
        assertRule(ID, "FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n", w(1, 5, 9, "foo"));
    }

    @Test
    void shellFormsAreNotChecked() {
        assertNone(ID, "FROM alpine\nRUN echo $foo\nCMD echo $foo\nENTRYPOINT [\"$foo\"]\nEXPOSE $foo\n"
                + "HEALTHCHECK CMD echo $foo\nSHELL [\"$foo\"]\nONBUILD COPY $foo .\n");
    }

    @Test
    void everyExpandingInstructionIsChecked() {
        assertRule(ID, "FROM alpine\nENV alpha=$x\nLABEL l=$y\nWORKDIR $z\nUSER $u\nVOLUME $v\nSTOPSIGNAL $s\n",
                w(1, 10, 12, "x"), w(2, 8, 10, "y"), w(3, 8, 10, "z"), w(4, 5, 7, "u"), w(5, 7, 9, "v"), w(6, 11, 13, "s"));
        assertRule(ID, "FROM alpine\nCOPY --chown=$u:$g --chmod=$m a b\n", w(1, 13, 15, "u"), w(1, 16, 18, "g"), w(1, 27, 29, "m"));
        assertRule(ID, "FROM alpine\nADD --checksum=$c http://x/y /z\n", w(1, 15, 17, "c"));
        assertRule(ID, "FROM alpine\nRUN --mount=type=cache,target=$dir echo\n", w(1, 30, 34, "dir"));
        assertRule(ID, "FROM alpine\nARG a=$b c=$a\n", w(1, 6, 8, "b"));
    }

    @Test
    void withinOneEnvTheValuesUseTheEnvFromBefore() {
        assertRule(ID, "FROM alpine\nENV a=1 b=$a\n", w(1, 10, 12, "a"));
        assertNone(ID, "FROM alpine\nENV a=1\nENV b=$a\n");
    }

    @Test
    void metaArgsAreVisibleOnlyAfterTheyAreRepeated() {
        assertRule(ID, "ARG v=1\nFROM alpine\nCOPY $v .\n", w(2, 5, 7, "v"));
        assertNone(ID, "ARG v=1\nFROM alpine\nARG v\nCOPY $v .\n");
        assertRule(ID, "FROM alpine\nCOPY $TARGETARCH .\n", w(1, 5, 16, "TARGETARCH"));
        assertNone(ID, "FROM alpine\nARG TARGETARCH\nCOPY $TARGETARCH .\n");
    }

    @Test
    void childStagesInheritEnvAndArgs() {
        assertNone(ID, "FROM alpine AS base\nARG foo=Dockerfile\nENV bar=1\n\nFROM base\nCOPY $foo $bar\n");
        assertRule(ID, "FROM alpine AS base\nARG foo\n\nFROM alpine\nCOPY $foo .\n", w(4, 5, 9, "foo"));
    }

    @Test
    void suggestsAndFixesTheName() {
        assertRule(ID, "FROM alpine\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .\n", w(2, 5, 15, "DIR_ASSET", "DIR_ASSETS"));
        assertRule(ID, "FROM alpine\nENV PATH=$PAHT:/tmp/bin\n", w(1, 9, 14, "PAHT", "PATH"));
        assertFix("FROM alpine\nARG DIR_ASSETS=assets/\nCOPY ${DIR_ASSET} .\n", ID, edit(2, 7, 2, 16, "DIR_ASSETS"));
        assertNoFix("FROM alpine\nCOPY $foo .\n", ID);
    }

    @Test
    void aGlobalArgUsedInAStageIsDeclaredThereByTheFix() {
        assertFix("ARG VERSION=1\nFROM alpine\nCOPY $VERSION .\n", ID, edit(2, 0, 2, 0, "ARG VERSION\n"));
        assertFix("arg v=1\nfrom alpine \\\n  AS a\ncopy $v .\n", ID, edit(3, 0, 3, 0, "arg v\n"));
        assertFix("ARG VERSIONS=1\nFROM alpine\nARG VERSION=2\nCOPY $VERSIONS .\n", ID, edit(2, 0, 2, 0, "ARG VERSIONS\n"));
    }

    @Test
    void heredocsAreCheckedOnlyWhenExpanded() {
        assertRule(ID, "FROM alpine\nCOPY <<EOF /a\nhello '$who'\nEOF\n", w(2, 7, 11, "who"));
        assertNone(ID, "FROM alpine\nCOPY <<'EOF' /a\nhello $who\nEOF\n");
        assertNone(ID, "FROM alpine\nRUN <<EOF\necho $who\nEOF\n");
    }

    @Test
    void aWordOnSeveralLinesIsReportedOnTheWord() {
        assertRule(ID, "FROM alpine\nCOPY a/\\\n$x /b\n", d(1, 5, 2, 2, Severity.WARNING, ID, "Usage of undefined variable '$x'"));
    }

    @Test
    void jsonFormIsReportedOnTheString() {
        assertRule(ID, "FROM alpine\nCOPY [\"$x\", \"/b\"]\n", w(1, 6, 10, "x"));
    }

    @Test
    void escapedDollarIsNotAVariable() {
        assertNone(ID, "FROM alpine\nENV a=\\$x b='$y'\n");
    }

    @Test
    void allStagesAreChecked() {
        assertRule(ID, "\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n",
                w(2, 5, 9, "foo"), w(5, 5, 9, "bar"));
    }
}
