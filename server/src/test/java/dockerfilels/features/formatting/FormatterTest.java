package dockerfilels.features.formatting;

import static dockerfilels.features.formatting.FormatCase.format;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatterTest {

    private static void assertFormat(String text, String expected) {
        format(text).gives(expected);
    }

    @Test
    void upperCasesKeywordsAndRemovesTrailingBlanks() {
        assertFormat("from alpine  \n", "FROM alpine\n");
        assertFormat("From alpine\nrun echo hi\t \n", "FROM alpine\nRUN echo hi\n");
    }

    @Test
    void editsOnlyWhereTheTextChanges() {
        assertEquals(List.of(new TextEdit(TextRange.of(0, 0, 0, 4), "FROM"), new TextEdit(TextRange.of(0, 11, 0, 13), "")),
                format("from alpine  \nRUN x\n").edits());
        assertEquals(List.of(), format("FROM alpine\nRUN a && \\\n    b\n").edits());
    }

    @Test
    void upperCasesAsWithFromAndTheHealthcheckTypeSoTheirCasesStayConsistent() {
        assertFormat("from alpine as build\n", "FROM alpine AS build\n");
        assertFormat("healthcheck --interval=5s cmd curl -f x\nhealthcheck none\n",
                "HEALTHCHECK --interval=5s CMD curl -f x\nHEALTHCHECK NONE\n");
        assertFormat("onbuild run echo hi\n", "ONBUILD RUN echo hi\n");
        // A keyword at the start of a continuation line: its indent and case in one edit.
        assertEquals(List.of(new TextEdit(TextRange.of(0, 0, 0, 11), "HEALTHCHECK"), new TextEdit(TextRange.of(1, 0, 1, 3), "    CMD")),
                format("healthcheck \\\ncmd curl\n").edits());
    }

    @Test
    void leavesUnknownInstructionsAndArgumentsAlone() {
        assertFormat("foo bar  \n", "foo bar\n");
        assertFormat("RUN echo from  run\n", "RUN echo from  run\n");
    }

    @Test
    void unindentsAnInstructionsFirstLineAndEmptiesBlankLines() {
        assertFormat("  FROM a\n \t \n\tRUN b\n", "FROM a\n\nRUN b\n");
    }

    @Test
    void indentsContinuationLinesAtOneDepthByOneUnit() {
        assertFormat("RUN a && \\\n  b && \\\n  c\n", "RUN a && \\\n    b && \\\n    c\n");
        assertFormat("RUN a && \\\nb\n", "RUN a && \\\n    b\n");
    }

    @Test
    void keepsHandMadeNestingRelativeToTheShallowestLine() {
        assertFormat("""
                RUN apt-get update && \\
                  apt-get install -y \\
                      curl \\
                      git && \\
                  rm -rf /var/lib/apt/lists/*
                """, """
                RUN apt-get update && \\
                    apt-get install -y \\
                        curl \\
                        git && \\
                    rm -rf /var/lib/apt/lists/*
                """);
        assertFormat("RUN a \\\n && b \\\n      c \\\n && d\n", "RUN a \\\n    && b \\\n         c \\\n    && d\n");
    }

    @Test
    void followsTheClientsTabsAndTheContinuationIndentSetting() {
        format("RUN a \\\n  b\n").tabs().gives("RUN a \\\n\tb\n");
        format("RUN a \\\n  b \\\n      c\n").tabs().gives("RUN a \\\n\tb \\\n\t\tc\n");
        format("RUN a \\\n  b\n").tabSize(2).gives("RUN a \\\n  b\n");
        format("RUN a \\\n\tb\n").tabs().continuationIndent(2).gives("RUN a \\\n  b\n");
    }

    @Test
    void ignoreMultilineInstructionsLeavesContinuationLinesAlone() {
        format("run a \\\n b  \\\n        c  \n").ignoreMultilineInstructions().gives("RUN a \\\n b  \\\n        c  \n");
    }

    @Test
    void neverTouchesAHeredocBodyOrItsTerminator() {
        assertFormat("run <<EOF  \n  body  \n\tindented\t\nEOF\nrun x\n", "RUN <<EOF\n  body  \n\tindented\t\nEOF\nRUN x\n");
        assertFormat("add <<EOF /x\n  a  \n   EOF\nEOF\n", "ADD <<EOF /x\n  a  \n   EOF\nEOF\n");
        assertFormat("COPY <<A <<B /x\n a \nA\n b \nB\n", "COPY <<A <<B /x\n a \nA\n b \nB\n");
        assertFormat("onbuild run <<EOF\n  body  \nEOF\n", "ONBUILD RUN <<EOF\n  body  \nEOF\n");
        assertFormat("RUN <<-EOF\n\t\tbody\n\tEOF\n", "RUN <<-EOF\n\t\tbody\n\tEOF\n");
        assertFormat("RUN <<EOF cat \\\n  && echo\n  hello  \nEOF\n", "RUN <<EOF cat \\\n    && echo\n  hello  \nEOF\n");
    }

    @Test
    void leavesCommentsAndDirectivesAsTheyAreButForTrailingBlanks() {
        assertFormat("# syntax=docker/dockerfile:1\n  # a comment  \nFROM a\nRUN a \\\n  # inside\n  b\n",
                "# syntax=docker/dockerfile:1\n  # a comment\nFROM a\nRUN a \\\n  # inside\n    b\n");
    }

    @Test
    void leavesIndentationThatIsPartOfTheValue() {
        // Inside a quoted string the blanks are the string's.
        assertFormat("RUN echo \"a \\\n      b\" && \\\n  c\n", "RUN echo \"a \\\n      b\" && \\\n    c\n");
        // BuildKit joins continuation lines without a space: indenting would split the word.
        assertFormat("RUN echo hel\\\nlo\n", "RUN echo hel\\\nlo\n");
        assertFormat("FR\\\nOM alpine\n", "FR\\\nOM alpine\n");
        // A word-ending line keeps a separator, even with a zero indent.
        format("RUN echo a\\\n  b \\\n  c\n").continuationIndent(0).gives("RUN echo a\\\n  b \\\nc\n");
    }

    @Test
    void handlesTheBacktickEscapeAndCrlf() {
        assertFormat("# escape=`\nfrom a\nrun echo `\n  hi \\\n", "# escape=`\nFROM a\nRUN echo `\n    hi \\\n");
        assertFormat("from a  \r\nrun a \\\r\n  b  \r\n", "FROM a\r\nRUN a \\\r\n    b\r\n");
    }

    @Test
    void leavesLinesALoneCarriageReturnJoinsAlone() {
        assertFormat("run a \\\r  b  \nrun c  \n", "run a \\\r  b  \nRUN c\n");
    }

    @Test
    void formatsBrokenText() {
        assertFormat("", "");
        assertFormat("\n\n", "\n\n");
        assertFormat("run --mou", "RUN --mou");
        assertFormat("copy --from= \n", "COPY --from=\n");
        assertFormat("run <<EOF\n  unterminated  \n", "RUN <<EOF\n  unterminated  \n");
        assertFormat("run a \\", "RUN a \\");
        assertFormat("run a \\\n", "RUN a \\\n");
        assertFormat("\uFEFFfrom a\n", "\uFEFFFROM a\n");
    }

    @Test
    void rangeFormattingTouchesOnlyTheLinesOfTheRange() {
        format("from a  \nrun b  \nrun c  \n").lines(1, 1).gives("from a  \nRUN b\nrun c  \n");
        // A range inside an instruction formats the whole instruction: its lines' indentation depends on each other.
        format("FROM a  \nRUN a \\\n  b \\\n      c\nrun d  \n").lines(3, 3)
                .gives("FROM a  \nRUN a \\\n    b \\\n        c\nrun d  \n");
        assertEquals(List.of(new TextEdit(TextRange.of(1, 0, 1, 3), "RUN")),
                new FormatCase("from a\nrun b\nrun c\n", FormatOptions.DEFAULT, TextRange.of(1, 0, 2, 0)).edits());
    }
}
