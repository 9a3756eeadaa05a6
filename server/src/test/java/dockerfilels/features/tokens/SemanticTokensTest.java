package dockerfilels.features.tokens;

import static dockerfilels.features.tokens.TokenAssertions.assertRangeTokens;
import static dockerfilels.features.tokens.TokenAssertions.assertTokens;
import static dockerfilels.features.tokens.TokenAssertions.tok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.syntax.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticTokensTest {

    @Test
    void fromWithItsImageAndStageName() {
        assertTokens("FROM alpine AS b", tok("FROM", "keyword"), tok("alpine", "type"), tok("AS", "keyword"),
                tok("b", "class", "declaration"));
        assertTokens("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM build\n",
                tok("FROM", "keyword"), tok("--platform", "parameter"), tok("=", "operator"),
                tok("$BUILDPLATFORM", "variable"), tok("golang:1.22", "type"), tok("AS", "keyword"),
                tok("build", "class", "declaration"), tok("FROM", "keyword"), tok("build", "class"));
    }

    @Test
    void copyFromAStageAnImageOrAnIndex() {
        assertTokens("FROM a AS b\nCOPY --from=b /x /y\n", tok("FROM", "keyword"), tok("a", "type"), tok("AS", "keyword"),
                tok("b", "class", "declaration"), tok("COPY", "keyword"), tok("--from", "parameter"), tok("=", "operator"),
                tok("b", "class"));
        assertTokens("COPY --from=nginx:1 --chown=app /x /y", tok("COPY", "keyword"), tok("--from", "parameter"),
                tok("=", "operator"), tok("nginx:1", "type"), tok("--chown", "parameter"), tok("=", "operator"),
                tok("app", "property"));
        assertTokens("COPY --from=0 /x /y", tok("COPY", "keyword"), tok("--from", "parameter"), tok("=", "operator"),
                tok("0", "number"));
    }

    @Test
    void mountOptionsAsNamesOperatorsAndValues() {
        assertTokens("RUN --mount=type=cache,target=/root/.cache go build",
                tok("RUN", "keyword"), tok("--mount", "parameter"), tok("=", "operator"), tok("type", "parameter"),
                tok("=", "operator"), tok("cache", "property"), tok("target", "parameter"), tok("=", "operator"),
                tok("/root/.cache", "property"));
    }

    @Test
    void shellCommandsWithStringsVariablesAndOperators() {
        assertTokens("RUN echo \"hi $USER\" && ls | wc -l; x='$no' || y",
                tok("RUN", "keyword"), tok("\"hi ", "string"), tok("$USER", "variable"), tok("\"", "string"),
                tok("&&", "operator"), tok("|", "operator"), tok(";", "operator"), tok("'$no'", "string"),
                tok("||", "operator"));
        assertTokens("RUN echo ${A:-x} ${B}", tok("RUN", "keyword"), tok("${A", "variable"), tok(":-", "operator"),
                tok("}", "variable"), tok("${B}", "variable"));
        assertTokens("RUN echo \\$HOME", tok("RUN", "keyword"));
    }

    @Test
    void declarationsOfArgEnvAndLabelKeys() {
        assertTokens("ARG V=1 W", tok("ARG", "keyword"), tok("V", "variable", "declaration"), tok("=", "operator"),
                tok("W", "variable", "declaration"));
        assertTokens("ENV A=\"x y\" B=$A", tok("ENV", "keyword"), tok("A", "variable", "declaration"), tok("=", "operator"),
                tok("\"x y\"", "string"), tok("B", "variable", "declaration"), tok("=", "operator"), tok("$A", "variable"));
        assertTokens("LABEL version=1", tok("LABEL", "keyword"), tok("version", "property"), tok("=", "operator"));
    }

    @Test
    void execFormIsStringsWithoutExpansion() {
        assertTokens("CMD [\"echo\", \"$HOME\"]", tok("CMD", "keyword"), tok("\"echo\"", "string"), tok("\"$HOME\"", "string"));
    }

    @Test
    void portsHealthcheckMaintainerAndOnbuild() {
        assertTokens("EXPOSE 80/tcp $P", tok("EXPOSE", "keyword"), tok("80/tcp", "number"), tok("$P", "variable"));
        assertTokens("HEALTHCHECK --interval=5s CMD curl", tok("HEALTHCHECK", "keyword"), tok("--interval", "parameter"),
                tok("=", "operator"), tok("5s", "property"), tok("CMD", "keyword"));
        assertTokens("MAINTAINER me", tok("MAINTAINER", "keyword", "deprecated"));
        assertTokens("ONBUILD COPY --from=x a b", tok("ONBUILD", "keyword"), tok("COPY", "keyword"),
                tok("--from", "parameter"), tok("=", "operator"), tok("x", "type"));
    }

    @Test
    void commentsAndDirectives() {
        assertTokens("# syntax=docker/dockerfile:1\n# hello\nFROM a\n", tok("#", "comment"), tok("syntax", "macro"),
                tok("=", "operator"), tok("docker/dockerfile:1", "string"), tok("# hello", "comment"),
                tok("FROM", "keyword"), tok("a", "type"));
    }

    @Test
    void multiLineTokensAreSplitAndInnerCommentsWin() {
        assertTokens("RUN echo \"a \\\n  b\" \\\n  # note\n  && c\n", tok("RUN", "keyword"), tok("\"a \\", "string"),
                tok("  b\"", "string"), tok("# note", "comment"), tok("&&", "operator"));
        assertTokens("RUN --mo\\\nunt=type=bind x", tok("RUN", "keyword"), tok("--mo\\", "parameter"), tok("unt", "parameter"),
                tok("=", "operator"), tok("type", "parameter"), tok("=", "operator"), tok("bind", "property"));
    }

    @Test
    void heredocMarkersBodiesAndTerminators() {
        assertTokens("RUN <<EOF\necho $A\n\nEOF\nFROM a\n", tok("RUN", "keyword"), tok("<<EOF", "label"),
                tok("echo $A", "string"), tok("EOF", "label"), tok("FROM", "keyword"), tok("a", "type"));
        assertTokens("ONBUILD RUN <<EOF\n  body\nEOF\n", tok("ONBUILD", "keyword"), tok("RUN", "keyword"),
                tok("<<EOF", "label"), tok("  body", "string"), tok("EOF", "label"));
        assertTokens("COPY <<A <<B /x\na\nA\nb\nB\n", tok("COPY", "keyword"), tok("<<A", "label"), tok("<<B", "label"),
                tok("a", "string"), tok("A", "label"), tok("b", "string"), tok("B", "label"));
    }

    @Test
    void rangeTokensCoverOnlyTheLinesOfTheRange() {
        assertRangeTokens("FROM a AS b\nRUN x && y\nCOPY --from=b . .\n", TextRange.of(1, 0, 2, 4),
                tok("RUN", "keyword"), tok("&&", "operator"), tok("COPY", "keyword"), tok("--from", "parameter"),
                tok("=", "operator"), tok("b", "class"));
    }

    @Test
    void brokenTextGivesTokensWithoutThrowing() {
        assertTokens("");
        assertTokens("\n\n");
        assertTokens("RUN --mou", tok("RUN", "keyword"), tok("--mou", "parameter"));
        assertTokens("COPY --from=", tok("COPY", "keyword"), tok("--from", "parameter"), tok("=", "operator"));
        assertTokens("RUN <<EOF\necho\n", tok("RUN", "keyword"), tok("<<EOF", "label"), tok("echo", "string"));
        assertTokens("RUN echo ${A:-", tok("RUN", "keyword"), tok("${A", "variable"), tok(":-", "operator"));
        assertTokens("RUN echo \"open", tok("RUN", "keyword"), tok("\"open", "string"));
        assertTokens("foo $X", tok("$X", "variable"));
        assertTokens("\uFEFFFROM a", tok("FROM", "keyword"), tok("a", "type"));
    }

    @Test
    void theBacktickEscapeAndCrlf() {
        assertTokens("# escape=`\r\nRUN echo `$A \"`\"\" $B\r\n", tok("#", "comment"), tok("escape", "macro"),
                tok("=", "operator"), tok("`", "string"), tok("RUN", "keyword"), tok("\"`\"\"", "string"), tok("$B", "variable"));
    }

    @Test
    void theLegendNamesEveryTypeOnce() {
        assertEquals(List.of("keyword", "parameter", "property", "variable", "string", "comment", "class", "type", "label",
                "operator", "macro", "number"), TokenType.legend());
        assertEquals(List.of("declaration", "deprecated"), TokenModifier.legend());
    }
}
