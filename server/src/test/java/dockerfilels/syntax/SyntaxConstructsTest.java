package dockerfilels.syntax;

import static dockerfilels.testing.SyntaxAssertions.assertBuildKitError;
import static dockerfilels.testing.SyntaxAssertions.assertClean;
import static dockerfilels.testing.SyntaxAssertions.assertDiagnostics;
import static dockerfilels.testing.SyntaxAssertions.assertDump;
import static dockerfilels.testing.SyntaxAssertions.assertWord;
import static dockerfilels.testing.SyntaxAssertions.d;
import static dockerfilels.testing.SyntaxAssertions.instruction;
import static dockerfilels.testing.SyntaxAssertions.last;
import static dockerfilels.testing.SyntaxAssertions.r;
import static dockerfilels.testing.SyntaxAssertions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each construct of the parser, without the corpus: dumps, diagnostics and exact ranges. */
class SyntaxConstructsTest {

    @Nested
    class Dumps {
        @Test
        void fromWithStage() {
            assertDump("FROM a AS b\n", "(from \"a\" \"AS\" \"b\")\n");
        }

        @Test
        void keywordIsLowerCasedAndFlagsAreListed() {
            assertDump("CoPy --from=x --link a b\n", "(copy [\"--from=x\" \"--link\"] \"a\" \"b\")\n");
        }

        @Test
        void doubleDashEndsFlags() {
            assertDump("COPY -- --a /b\n", "(copy \"--a\" \"/b\")\n");
        }

        @Test
        void flagQuotesRemovedAndEscapesApplied() {
            assertDump("RUN --x=\"a b\" --y=c\\d z\n", "(run [\"--x=a b\" \"--y=cd\"] \"z\")\n");
        }

        @Test
        void nonAsciiFlagIsDumpedByteWise() {
            assertDump("RUN --x=\u00e9 a\n", "(run [\"--x=\u00c3\u00a9\"] \"a\")\n");
        }

        @Test
        void unknownInstructionHasOneEmptyArgument() {
            assertDump("FOO --x=1 a b\n", "(foo [\"--x=1\"] \"\")\n");
        }

        @Test
        void jsonAndShellForms() {
            assertDump("CMD [\"a\", \"b\"]\nCMD [\"a\"] b\nCMD []\nENTRYPOINT ['x']\n",
                    "(cmd \"a\" \"b\")\n(cmd \"[\\\"a\\\"] b\")\n(cmd)\n(entrypoint \"['x']\")\n");
        }

        @Test
        void envLegacyAndPairs() {
            assertDump("ENV a b c\nENV x=1 y=\"2 3\"\n", "(env \"a\" \"b c\" \"\")\n(env \"x\" \"1\" \"=\" \"y\" \"\\\"2 3\\\"\" \"=\")\n");
        }

        @Test
        void labelQuotesKept() {
            assertDump("LABEL \"k\"=\"v\" x=y\n", "(label \"\\\"k\\\"\" \"\\\"v\\\"\" \"=\" \"x\" \"y\" \"=\")\n");
        }

        @Test
        void argWordsKeepQuotesAndEscapes() {
            assertDump("ARG a=\"1 2\" b\\ c 'd e'\n", "(arg \"a=\\\"1 2\\\"\" \"b\\\\ c\" \"'d e'\")\n");
        }

        @Test
        void healthcheckTypeAndCommand() {
            assertDump("HEALTHCHECK --timeout=3s CMD [\"foo\"]\nHEALTHCHECK   CMD   a b\nHEALTHCHECK NONE\n",
                    "(healthcheck [\"--timeout=3s\"] \"CMD\" \"foo\")\n(healthcheck \"CMD\" \"a b\")\n(healthcheck \"NONE\")\n");
        }

        @Test
        void onbuildNestsItsTrigger() {
            assertDump("ONBUILD --x RUN [\"echo\", \"test\"]\n", "(onbuild [\"--x\"] (run \"echo\" \"test\"))\n");
        }

        @Test
        void continuationJoinsWithoutSeparator() {
            assertDump("RUN echo good\\\nbye\nRUN a \\\n  b\n", "(run \"echo goodbye\")\n(run \"a   b\")\n");
        }

        @Test
        void escapedEscapeDoesNotContinue() {
            assertDump("RUN a \\\\\nRUN b\n", "(run \"a \\\\\\\\\")\n(run \"b\")\n");
        }

        @Test
        void commentsAndEmptyLinesInsideContinuationAreSkipped() {
            assertDump("RUN a \\\n# note\n\n  b\n", "(run \"a   b\")\n");
        }

        @Test
        void continuationAtEndOfFile() {
            assertDump("RUN a \\", "(run \"a\")\n");
        }

        @Test
        void backtickEscape() {
            assertDump("# escape=`\nRUN a `\n b\nENV P C:\\go\nRUN c \\\n", "(run \"a  b\")\n(env \"P\" \"C:\\\\go\" \"\")\n(run \"c \\\\\")\n");
        }

        @Test
        void heredocBodiesAreNotInstructions() {
            assertDump("RUN <<EOF\nFROM x\nEOF\nCOPY <<A <<B /d\na\nA\nb\nB\n", "(run \"<<EOF\")\n(copy \"<<A\" \"<<B\" \"/d\")\n");
        }

        @Test
        void heredocNotOnOtherInstructionsNorJson() {
            assertDump("USER <<X\nX\nRUN [\"<<Y\"]\nY\n", "(user \"<<X\")\n(x \"\")\n(run \"<<Y\")\n(y \"\")\n");
        }

        @Test
        void loneCarriageReturnsDoNotEndBuildKitLines() {
            assertDump("FROM a\rRUN b\r", "(from \"a\" \"RUN\" \"b\")\n");
        }

        @Test
        void crlfLineEnds() {
            assertDump("FROM a\r\nRUN b \\\r\n c\r\n", "(from \"a\")\n(run \"b  c\")\n");
        }

        @Test
        void byteOrderMarkIsIgnored() {
            assertDump("\uFEFF# escape=`\nRUN a `\nb\n", "(run \"a b\")\n");
        }

        @Test
        void goQuoting() {
            assertDump("RUN a\u0000b\u00a0c\u200bd\tx\n", "(run \"a\\x00b\\u00a0c\\u200bd\\tx\")\n");
        }
    }

    @Nested
    class Ranges {
        @Test
        void keywordRestAndArguments() {
            Instruction from = instruction("FROM a AS b\n", 0);
            assertWord(from.keyword(), "FROM", r(0, 0, 0, 4));
            assertWord(from.rest(), "a AS b", r(0, 5, 0, 11));
            assertWord(from.arguments().get(2), "b", r(0, 10, 0, 11));
            assertEquals(r(0, 0, 0, 11), from.range());
        }

        @Test
        void flagNameAndValue() {
            Flag mount = instruction("RUN --mount=type=cache,target=/x echo\n", 0).flags().get(0);
            assertEquals("mount", mount.name());
            assertEquals("type=cache,target=/x", mount.value());
            assertEquals(r(0, 4, 0, 32), mount.range());
            assertEquals(r(0, 4, 0, 11), mount.nameRange());
            assertEquals(r(0, 12, 0, 32), mount.valueRange());
            Flag link = instruction("COPY --link a b\n", 0).flags().get(0);
            assertNull(link.value());
            assertNull(link.valueRange());
            assertEquals(r(0, 5, 0, 11), link.nameRange());
        }

        @Test
        void wordAcrossContinuationLines() {
            Instruction copy = instruction("COPY sr\\\nc dst\n", 0);
            assertWord(copy.arguments().get(0), "src", r(0, 5, 1, 1));
            assertWord(copy.arguments().get(1), "dst", r(1, 2, 1, 5));
            assertEquals(r(0, 0, 1, 5), copy.range());
        }

        @Test
        void pairValueOnNextLine() {
            KeyValue pair = instruction("ENV K=\\\nvalue\n", 0).pairs().get(0);
            assertWord(pair.key(), "K", r(0, 4, 0, 5));
            assertWord(pair.value(), "value", r(1, 0, 1, 5));
        }

        @Test
        void legacyPairValueIsTheRest() {
            KeyValue pair = instruction("ENV a  b c\n", 0).pairs().get(0);
            assertTrue(pair.legacy());
            assertWord(pair.value(), "b c", r(0, 7, 0, 10));
        }

        @Test
        void jsonElementsAreRangedOnTheirLiterals() {
            Instruction cmd = instruction("CMD [\"a\", \"b\\u0041\"]\n", 0);
            assertTrue(cmd.isJson());
            assertWord(cmd.arguments().get(0), "a", r(0, 5, 0, 8));
            assertWord(cmd.arguments().get(1), "bA", r(0, 10, 0, 19));
        }

        @Test
        void jsonAcrossContinuation() {
            Instruction cmd = instruction("CMD [\"a\", \\\n  \"b\"]\n", 0);
            assertTrue(cmd.isJson());
            assertWord(cmd.arguments().get(1), "b", r(1, 2, 1, 5));
        }

        @Test
        void heredocMarkerBodyTerminator() {
            Instruction run = instruction("FROM a\nRUN <<EOF cat\nbody\nmore\nEOF\nCMD x\n", 1);
            Heredoc h = run.heredocs().get(0);
            assertWord(h.marker(), "<<EOF", r(1, 4, 1, 9));
            assertEquals(r(2, 0, 4, 0), h.body());
            assertEquals(r(4, 0, 4, 3), h.terminator());
            assertEquals("body\nmore\n", h.content());
            assertEquals(r(1, 0, 4, 3), run.range());
            assertEquals("RUN <<EOF cat", run.text());
        }

        @Test
        void chompedHeredocTerminatorAfterTabs() {
            Heredoc h = instruction("RUN <<-EOF\n\tx\n\tEOF\n", 0).heredocs().get(0);
            assertTrue(h.chomp());
            assertEquals("\tx\n", h.content());
            assertEquals(r(2, 0, 2, 4), h.terminator());
        }

        @Test
        void onbuildTriggerWithHeredoc() {
            Instruction onbuild = instruction("ONBUILD RUN <<EOF\nx\nEOF\n", 0);
            assertWord(onbuild.trigger().keyword(), "RUN", r(0, 8, 0, 11));
            assertWord(onbuild.trigger().arguments().get(0), "<<EOF", r(0, 12, 0, 17));
            Heredoc h = onbuild.heredocs().get(0);
            assertEquals("x\n", h.content());
            assertEquals(r(2, 0, 2, 3), h.terminator());
            assertEquals(r(0, 0, 2, 3), onbuild.range());
        }

        @Test
        void onbuildCopyHeredocIsAHeredocButOnbuildUserIsNot() {
            assertEquals(1, instruction("ONBUILD COPY <<A /a\nA\n", 0).heredocs().size());
            assertEquals(List.of(), instruction("ONBUILD USER <<A\n", 0).heredocs());
        }

        @Test
        void directiveKeyAndValue() {
            Directive syntax = Dockerfile.parse("# syntax = docker/dockerfile:1  \n#ESCAPE=`\nFROM a\n").directives().get(0);
            assertEquals("syntax", syntax.key());
            assertEquals("docker/dockerfile:1", syntax.value());
            assertEquals(r(0, 2, 0, 8), syntax.keyRange());
            assertEquals(r(0, 11, 0, 30), syntax.valueRange());
            Directive escape = Dockerfile.parse("# syntax = x\n#ESCAPE=`\nFROM a\n").directives().get(1);
            assertEquals("escape", escape.key());
            assertEquals(r(1, 1, 1, 7), escape.keyRange());
            assertEquals(r(1, 8, 1, 9), escape.valueRange());
        }

        @Test
        void directivesEndAtFirstOtherLine() {
            assertEquals(List.of(), Dockerfile.parse("# hello\n# escape=`\nFROM a\n").directives());
            assertEquals(List.of(), Dockerfile.parse("\n# escape=`\nFROM a\n").directives());
            assertEquals(List.of(), Dockerfile.parse("#!/bin/sh\n# syntax=x\nFROM a\n").directives());
            assertEquals('\\', Dockerfile.parse("# hello\n# escape=`\nFROM a\n").escape());
            assertEquals('`', Dockerfile.parse("# escape=`\nFROM a\n").escape());
        }

        @Test
        void crlfRanges() {
            Instruction run = instruction("FROM a\r\nRUN b \\\r\n c\r\n", 1);
            assertWord(run.arguments().get(0), "b  c", r(1, 4, 2, 2));
            assertEquals(r(1, 0, 2, 2), run.range());
        }

        @Test
        void loneCrRangesCountLspLines() {
            Instruction from = instruction("FROM a\rRUN b\r", 0);
            assertWord(from.arguments().get(1), "RUN", r(1, 0, 1, 3));
            assertEquals(r(0, 0, 1, 5), from.range());
            assertEquals(3, Dockerfile.parse("FROM a\rRUN b\r").lineCount());
        }

        @Test
        void bomShiftsColumns() {
            Instruction from = instruction("\uFEFFFROM a\n", 0);
            assertWord(from.keyword(), "FROM", r(0, 1, 0, 5));
            assertWord(from.arguments().get(0), "a", r(0, 6, 0, 7));
        }

        @Test
        void tabsAndEmojiCountInUtf16() {
            Instruction env = instruction("ENV\tk=\uD83D\uDE00 v=w\n", 0);
            assertWord(env.pairs().get(0).value(), "\uD83D\uDE00", r(0, 6, 0, 8));
            assertWord(env.pairs().get(1).key(), "v", r(0, 9, 0, 10));
            Instruction run = instruction("RUN\t\uD83D\uDE00 x\n", 0);
            assertWord(run.arguments().get(0), "\uD83D\uDE00 x", r(0, 4, 0, 8));
        }

        @Test
        void backtickContinuationRanges() {
            Instruction run = last("# escape=`\nRUN a `\n b\n");
            assertWord(run.arguments().get(0), "a  b", r(1, 4, 2, 2));
        }

        @Test
        void commentsAndEmptyLinesInsideAnInstruction() {
            Instruction run = instruction("RUN a \\\n  # note\n\n \t\n  b\n", 0);
            assertEquals(List.of(new Comment(" note", r(1, 2, 1, 8))), run.comments());
            assertEquals(List.of(r(2, 0, 2, 0), r(3, 0, 3, 2)), run.emptyContinuationLines());
            assertEquals(r(0, 0, 4, 3), run.range());
        }

        @Test
        void topLevelComments() {
            Dockerfile model = Dockerfile.parse("  # indented\nFROM a\n#c\n");
            assertEquals(List.of(new Comment(" indented", r(0, 2, 0, 12)), new Comment("c", r(2, 0, 2, 2))), model.comments());
        }

        @Test
        void instructionAtLine() {
            Dockerfile model = Dockerfile.parse("FROM a\n\nRUN <<EOF\nx\nEOF\n# c\n");
            assertEquals("FROM a", model.instructionAt(0).text());
            assertNull(model.instructionAt(1));
            assertEquals("RUN <<EOF", model.instructionAt(3).text());
            assertEquals("RUN <<EOF", model.instructionAt(4).text());
            assertNull(model.instructionAt(5));
            assertEquals(7, model.lineCount());
        }
    }

    @Nested
    class Diagnostics {
        @Test
        void unknownInstructionSuggestionFollowsTheWordsCase() {
            assertDiagnostics("FROM alpine\nFOO bar\n",
                    d(1, 0, 1, 3, "UnknownInstruction", "unknown instruction: FOO (did you mean FROM?)"));
            assertDiagnostics("FROM alpine\nfoo bar\n",
                    d(1, 0, 1, 3, "UnknownInstruction", "unknown instruction: foo (did you mean from?)"));
            assertDiagnostics("FROM alpine\nFoo bar\n",
                    d(1, 0, 1, 3, "UnknownInstruction", "unknown instruction: Foo (did you mean from?)"));
            assertDiagnostics("FROM alpine\nRUNN x\n",
                    d(1, 0, 1, 4, "UnknownInstruction", "unknown instruction: RUNN (did you mean RUN?)"));
        }

        @Test
        void unknownInstructionWithoutSuggestion() {
            assertDiagnostics("FROM alpine\nFROBNICATE x\n", d(1, 0, 1, 10, "UnknownInstruction", "unknown instruction: FROBNICATE"));
        }

        @Test
        void unknownFlagWithSuggestion() {
            assertDiagnostics("COPY --lnk a b\n", d(0, 5, 0, 10, "UnknownFlag", "unknown flag: --lnk (did you mean link?)"));
            // bflag.go asks suggest.WrapError for a case-sensitive match
            assertDiagnostics("COPY --LINK a b\n", d(0, 5, 0, 11, "UnknownFlag", "unknown flag: --LINK"));
            assertDiagnostics("COPY --LNK a b\n", d(0, 5, 0, 10, "UnknownFlag", "unknown flag: --LNK"));
            assertDiagnostics("COPY --Link a b\n", d(0, 5, 0, 11, "UnknownFlag", "unknown flag: --Link (did you mean link?)"));
            assertDiagnostics("COPY --mount=x a b\n", d(0, 5, 0, 12, "UnknownFlag", "unknown flag: --mount"));
            assertDiagnostics("MAINTAINER --boo joe\n", d(0, 11, 0, 16, "UnknownFlag", "unknown flag: --boo"));
        }

        @Test
        void flagValues() {
            assertDiagnostics("COPY --link=maybe --from a b\n",
                    d(0, 12, 0, 17, "InvalidFlagValue", "expecting boolean value for flag --link, not: maybe"),
                    d(0, 18, 0, 24, "MissingFlagValue", "missing a value on flag: --from"));
            assertDiagnostics("COPY --link= a b\n", d(0, 5, 0, 12, "MissingFlagValue", "missing a value on flag: --link"));
            assertClean("COPY --link=FALSE --from= --chmod=755 a b\n");
        }

        @Test
        void duplicateFlags() {
            assertDiagnostics("RUN --network=host --network=none x\n",
                    d(0, 19, 0, 28, "DuplicateFlag", "duplicate flag specified: --network"));
            assertClean("RUN --mount=type=cache,target=/a --mount=type=tmpfs,target=/b x\n");
        }

        @Test
        void flagsNotValidatedOnArgStopsignalAndHealthcheckNone() {
            assertClean("ARG --y a\nSTOPSIGNAL --x=1 SIGKILL\nHEALTHCHECK --bogus NONE\n");
        }

        @Test
        void exactlyOneArgument() {
            for (String keyword : List.of("MAINTAINER", "WORKDIR", "USER", "STOPSIGNAL")) {
                assertDiagnostics(keyword + "\n", d(0, 0, 0, keyword.length(), "MissingArguments", keyword + " requires exactly one argument"));
            }
        }

        @Test
        void atLeastOneArgument() {
            for (String keyword : List.of("ENV", "LABEL", "ONBUILD", "HEALTHCHECK", "EXPOSE", "VOLUME", "ARG")) {
                assertDiagnostics(keyword + "\n", d(0, 0, 0, keyword.length(), "MissingArguments", keyword + " requires at least one argument"));
            }
        }

        @Test
        void copyAndAddNeedADestination() {
            assertDiagnostics("ADD a\n", d(0, 4, 0, 5, "MissingArguments",
                    "ADD requires at least two arguments, but only one was provided. Destination could not be determined"));
            assertDiagnostics("COPY\n", d(0, 0, 0, 4, "MissingArguments",
                    "COPY requires at least two arguments, but only one was provided. Destination could not be determined"));
            assertDiagnostics("COPY <<EOF /x\nEOF\n");
            assertDiagnostics("COPY /foo <<EOF\nEOF\n", d(0, 10, 0, 15, "HeredocDestination", "COPY cannot accept a heredoc as a destination"));
        }

        @Test
        void fromArguments() {
            assertDiagnostics("FROM a b\n", d(0, 5, 0, 8, "MissingArguments", "FROM requires either one or three arguments"));
            assertDiagnostics("FROM\n", d(0, 0, 0, 4, "MissingArguments", "FROM requires either one or three arguments"));
            assertDiagnostics("FROM a AS 1b\n", d(0, 10, 0, 12, "InvalidStageName",
                    "invalid name for build stage: \"1b\", name can't start with a number or contain symbols"));
            assertClean("FROM a as Build-1.x_y\n");
        }

        @Test
        void envAndLabelForms() {
            assertDiagnostics("ENV a\n", d(0, 4, 0, 5, "MissingArguments", "ENV must have two arguments"));
            assertBuildKitError("ENV a\n", "ENV must have two arguments");
            assertDiagnostics("LABEL a=b c\n", d(0, 10, 0, 11, "InvalidKeyValue",
                    "Syntax error - can't find = in \"c\". Must be of the form: name=value"));
            assertDiagnostics("ENV =x\n", d(0, 4, 0, 6, "BlankName", "ENV names can not be blank"));
            assertDiagnostics("ARG =x\n", d(0, 4, 0, 6, "BlankName", "ARG names can not be blank"));
        }

        @Test
        void shellAndVolumeAndHealthcheck() {
            assertDiagnostics("SHELL sh -c\n", d(0, 6, 0, 11, "ShellNotJson", "SHELL requires the arguments to be in JSON form"));
            assertDiagnostics("SHELL []\n", d(0, 6, 0, 8, "MissingArguments", "SHELL requires at least one argument"));
            assertDiagnostics("VOLUME [\"\"]\n", d(0, 8, 0, 10, "EmptyVolume", "VOLUME specified can not be an empty string"));
            assertDiagnostics("HEALTHCHECK NONE x\n", d(0, 12, 0, 18, "UnexpectedArguments", "HEALTHCHECK NONE takes no arguments"));
            assertDiagnostics("HEALTHCHECK CMD\n", d(0, 12, 0, 15, "MissingArguments", "Missing command after HEALTHCHECK CMD"));
            assertDiagnostics("HEALTHCHECK FOO\n", d(0, 12, 0, 15, "UnknownHealthcheckType", "Unknown type \"FOO\" in HEALTHCHECK (try CMD)"));
        }

        @Test
        void onbuildTriggers() {
            assertDiagnostics("ONBUILD FROM x\n", d(0, 8, 0, 12, "InvalidOnbuildTrigger", "FROM isn't allowed as an ONBUILD trigger"));
            assertDiagnostics("ONBUILD MAINTAINER x\n", d(0, 8, 0, 18, "InvalidOnbuildTrigger", "MAINTAINER isn't allowed as an ONBUILD trigger"));
            assertDiagnostics("ONBUILD ONBUILD RUN x\n", d(0, 8, 0, 15, "InvalidOnbuildTrigger",
                    "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"));
            assertDiagnostics("ONBUILD COPY --lnk a b\n", d(0, 13, 0, 18, "UnknownFlag", "unknown flag: --lnk (did you mean link?)"));
        }

        @Test
        void parseErrors() {
            assertDiagnostics("CMD [\"a\", 1]\n", d(0, 4, 0, 12, "InvalidJsonArguments",
                    "when using JSON array syntax, arrays must be comprised of strings only"));
            assertBuildKitError("RUN <<EOF\nx\n", "unterminated heredoc");
            assertDiagnostics("RUN <<EOF\nx\n", d(0, 4, 0, 9, "UnterminatedHeredoc", "unterminated heredoc"));
            assertDiagnostics("# escape=x\nFROM a\n", d(0, 9, 0, 10, "InvalidEscapeDirective", "invalid escape token 'x' does not match ` or \\"));
            assertDiagnostics("# escape=\\\n# ESCAPE=`\nFROM a\n", d(1, 2, 1, 8, "DuplicateDirective", "only one escape parser directive can be used"));
            assertBuildKitError("# escape=\\\n# ESCAPE=`\nFROM a\n", "only one escape parser directive can be used");
        }

        @Test
        void fileWithNoInstructions() {
            for (String source : List.of("", "\n", "# just a comment\n", "# syntax=x\n", "\uFEFF", "  \t\n\r\n")) {
                assertDiagnostics(source, d(0, 0, 0, 0, "NoInstructions", "file with no instructions"));
                assertBuildKitError(source, "file with no instructions");
            }
        }

        @Test
        void heredocBodyIsNoInstructionsEvenIfItLooksLikeOne() {
            Dockerfile model = Dockerfile.parse("RUN <<EOF\nFOO\nEOF\n");
            assertEquals(1, model.instructions().size());
            assertEquals(List.of(), model.diagnostics());
        }

        @Test
        void unknownInstructionIsNotABuildKitParseError() {
            assertFalse(Dockerfile.parse("FOO bar\n").buildKitError().isPresent());
        }

        @Test
        void argumentsOfTheWholeRestForms() {
            assertEquals(List.of("joe@example.com   x"), texts(instruction("MAINTAINER joe@example.com   x\n", 0).arguments()));
            // Plain splitting is on ASCII separators only: a no-break space stays inside the word.
            assertEquals(List.of("a\u00a0x", "b"), texts(instruction("EXPOSE a\u00a0x b\n", 0).arguments()));
            // ARG/ENV/LABEL words split on every Unicode space.
            assertEquals(List.of("a", "x", "b"), texts(instruction("ARG a\u00a0x b\n", 0).arguments()));
        }
    }
}
