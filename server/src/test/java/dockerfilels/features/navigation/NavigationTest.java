package dockerfilels.features.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.testing.Cursor;
import dockerfilels.syntax.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Definition, references and highlights of stages, variables and heredocs, one line each. */
class NavigationTest {

    /** What one request should answer at the cursor: {@code ranges} as "line:start-end" on one line. */
    record Expect(String request, String marked, String... ranges) {
    }

    private static void check(Expect e) {
        Cursor cursor = Cursor.of(e.marked());
        Model model = Model.of(cursor.text());
        List<TextRange> actual = switch (e.request()) {
            case "definition" -> Definition.of(model, cursor.position());
            case "references" -> References.of(model, cursor.position(), true);
            case "uses" -> References.of(model, cursor.position(), false);
            case "writes" -> Highlights.of(model, cursor.position()).stream().filter(Highlights.Highlight::write)
                    .map(Highlights.Highlight::range).toList();
            case "highlights" -> Highlights.of(model, cursor.position()).stream().map(Highlights.Highlight::range).toList();
            default -> throw new IllegalArgumentException(e.request());
        };
        assertEquals(List.of(e.ranges()), actual.stream().map(NavigationTest::format).toList(), e.request() + " in " + e.marked());
    }

    static String format(TextRange r) {
        return r.start().line() + ":" + r.start().character() + "-"
                + (r.end().line() == r.start().line() ? "" : r.end().line() + ":") + r.end().character();
    }

    private static void definition(String marked, String... ranges) {
        check(new Expect("definition", marked, ranges));
    }

    private static void references(String marked, String... ranges) {
        check(new Expect("references", marked, ranges));
    }

    // Stages

    @Test
    void copyFromGoesToTheStageName() {
        definition("FROM golang AS build\nFROM alpine\nCOPY --from=bu|ild /out /", "0:15-20");
    }

    @Test
    void stageNamesMatchInAnyCase() {
        definition("FROM golang AS Build\nFROM alpine\nCOPY --from=bu|ild /out /", "0:15-20");
    }

    @Test
    void fromOfALaterStageGoesToTheStage() {
        definition("FROM golang AS build\nFROM bu|ild AS test", "0:15-20");
    }

    @Test
    void mountFromGoesToTheStage() {
        definition("FROM golang AS build\nFROM alpine\nRUN --mount=type=bind,from=bu|ild,target=/b ls", "0:15-20");
    }

    @Test
    void aNumericFromGoesToTheUnnamedStagesFromLine() {
        definition("FROM golang\nFROM alpine\nCOPY --from=|0 /out /", "0:0-4");
    }

    @Test
    void aFromExpandedFromAGlobalArgStillLeadsToTheStage() {
        definition("ARG BASE=build\nFROM golang AS build\nFROM ${BASE}| AS final", "1:15-20");
    }

    @Test
    void referencesOfAStageListEveryWayItIsNamed() {
        references("FROM golang AS b|uild\nFROM build AS test\nCOPY --from=BUILD / /\nRUN --mount=from=build ls\nCOPY --from=0 / /",
                "0:15-20", "1:5-10", "2:12-17", "3:17-22", "4:12-13");
    }

    @Test
    void anImageOfTheSameNameAsALaterStageIsNoReference() {
        references("FROM build\nFROM golang AS b|uild", "1:15-20");
    }

    @Test
    void aCopyFromAnImageIsNoStageReference() {
        references("FROM golang AS build\nCOPY --from=alp|ine:3 / /");
    }

    @Test
    void highlightsMarkTheStageNameAsTheWrite() {
        check(new Expect("writes", "FROM golang AS build\nFROM alpine\nCOPY --from=bu|ild /out /", "0:15-20"));
        check(new Expect("uses", "FROM golang AS build\nFROM alpine\nCOPY --from=bu|ild /out /", "2:12-17"));
    }

    // Variables

    @Test
    void aUseGoesToTheArgItReads() {
        definition("FROM alpine\nARG V=1\nRUN echo $|V", "1:4-5");
    }

    @Test
    void aUseGoesToTheLastDeclarationBeforeIt() {
        definition("FROM alpine\nENV V=1\nENV V=2\nRUN echo ${V|}", "2:4-5");
    }

    @Test
    void fromLinesReadTheGlobalArgs() {
        definition("ARG TAG=3\nFROM alpine:$T|AG", "0:4-7");
    }

    @Test
    void aStageArgRedeclaringAGlobalLeadsToBoth() {
        definition("ARG V=1\nFROM alpine\nARG V\nRUN echo $|V", "2:4-5", "0:4-5");
    }

    @Test
    void aGlobalArgIsNotVisibleInAStageThatDoesNotRedeclareIt() {
        definition("ARG V=1\nFROM alpine\nRUN echo $|V");
        references("ARG V=1\nFROM alpine\nRUN echo $|V", "2:10-11");
    }

    @Test
    void aStageInheritsTheEnvOfTheStageItIsBuiltFrom() {
        definition("FROM alpine AS base\nENV HOME_DIR=/app\nFROM base\nWORKDIR $HOME_|DIR", "1:4-12");
    }

    @Test
    void aStageBuiltFromAnImageDoesNotSeeAnotherStagesEnv() {
        definition("FROM alpine AS base\nENV D=/app\nFROM alpine\nWORKDIR $|D");
    }

    @Test
    void referencesOfAVariableSpanItsScopeOnly() {
        references("ARG V=1\nFROM alpine:$V\nARG |V\nRUN echo $V\nFROM alpine\nARG V=2\nRUN echo $V",
                "0:4-5", "1:13-14", "2:4-5", "3:10-11");
    }

    @Test
    void envUsesInTheSameInstructionReadTheEarlierValue() {
        definition("FROM alpine\nENV A=1\nENV A=2 B=$|A", "1:4-5");
    }

    @Test
    void argDefaultsSeeEarlierArgumentsOfTheSameArg() {
        definition("FROM alpine\nARG A=1 B=$|A", "1:4-5");
    }

    @Test
    void variablesInFlagsAndHeredocBodiesAreUses() {
        references("FROM alpine\nARG D|IR=/x\nRUN --mount=type=cache,target=$DIR <<EOF\necho $DIR\nEOF",
                "1:4-7", "2:31-34", "3:6-9");
    }

    @Test
    void singleQuotesAndEscapesHideVariables() {
        references("FROM alpine\nARG |V=1\nRUN echo '$V' \\$V $V", "1:4-5", "2:19-20");
    }

    @Test
    void aContinuationLineIsSearchedToo() {
        references("FROM alpine\nARG |V=1\nRUN echo \\\n  # note $V\n  $V", "1:4-5", "4:3-4");
    }

    // Heredocs

    @Test
    void aTerminatorGoesToItsMarker() {
        definition("FROM alpine\nRUN <<EOF\necho hi\nE|OF", "1:6-9");
        definition("FROM alpine\nCOPY <<-\"END\" /x\n\thi\n\tEN|D", "1:9-12");
    }

    @Test
    void referencesOfAHeredocAreItsMarkerAndTerminatorOnly() {
        references("FROM alpine\nRUN <<EOF <<EOT\nEOF\nEOF\nE|OT", "1:12-15", "4:0-3");
        references("FROM alpine\nADD <<E|OF /x\nEOF", "1:6-9", "2:0-3");
    }

    @Test
    void onbuildHeredocsAreFoundOnce() {
        references("FROM alpine\nONBUILD RUN <<E|OF\nx\nEOF", "1:14-17", "3:0-3");
    }

    @Test
    void chompedTerminatorsAreFoundAfterTheirTabs() {
        references("FROM alpine\nRUN <<-EOF\n\tx\n\t\tE|OF", "1:7-10", "3:2-5");
    }

    // Broken input

    @Test
    void brokenInputGivesEmptyAnswersNeverErrors() {
        definition("|");
        definition("FROM alpine\nCOPY --fr|");
        definition("FROM alpine\nRUN <<EOF\necho ${|");
        references("FROM alpine\nRUN <<E|OF\necho", "1:6-9");
        definition("FROM alpine AS|");
        definition("ARG ${|", "0:4-6"); // BuildKit takes any word as an ARG name
        definition("FROM --platform=$|");
    }
}
