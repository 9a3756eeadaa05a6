package dockerfilels.features.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dockerfilels.features.Fixes;
import dockerfilels.testing.Cursor;
import org.junit.jupiter.api.Test;

/** prepareRename and rename: the text after the edits, or the refusal. */
class RenameTest {

    /** A rename at the cursor to {@code newName}: the whole text after it, or "error: message". */
    record Case(String marked, String newName) {
        String result() {
            Cursor cursor = Cursor.of(marked);
            Rename.Result result = Rename.rename(Model.of(cursor.text()), cursor.position(), newName);
            return result.error() != null ? "error: " + result.error() : Fixes.apply(cursor.text(), result.edits());
        }
    }

    private static void assertRename(String marked, String newName, String expected) {
        assertEquals(expected, new Case(marked, newName).result());
    }

    private static String prepare(String marked) {
        Cursor cursor = Cursor.of(marked);
        Rename.Preparation p = Rename.prepare(Model.of(cursor.text()), cursor.position());
        return p.error() != null ? "error: " + p.error()
                : p.range() == null ? null : NavigationTest.format(p.range()) + " " + p.placeholder();
    }

    @Test
    void aStageIsRenamedEverywhereItIsNamed() {
        assertRename("FROM golang AS bu|ild\nFROM build AS t\nCOPY --from=Build / /\nRUN --mount=from=build,target=/b ls\nCOPY --from=0 / /",
                "compile",
                "FROM golang AS compile\nFROM compile AS t\nCOPY --from=compile / /\nRUN --mount=from=compile,target=/b ls\nCOPY --from=0 / /");
    }

    @Test
    void renamingFromAReferenceWorksToo() {
        assertRename("FROM golang AS build\nFROM alpine\nCOPY --from=bu|ild / /", "b2", "FROM golang AS b2\nFROM alpine\nCOPY --from=b2 / /");
    }

    @Test
    void invalidStageNamesAreRefused() {
        assertRename("FROM a AS b|\nFROM b", "1st", "error: invalid stage name '1st': it must start with a letter and contain"
                + " only letters, digits, '-', '_' and '.'");
        assertRename("FROM a AS b|\nFROM b", "scratch", "error: 'scratch' is reserved and cannot name a stage");
        assertRename("FROM a AS b|\nFROM c AS d", "D", "error: a stage named 'd' already exists (line 2)");
        assertRename("FROM a AS b|\nFROM alpine", "alpine", "error: 'alpine' is used as an image on line 2; a stage of that"
                + " name would replace it");
    }

    @Test
    void imagesAreNeverRenamed() {
        assertEquals("error: alpine:3 names an image, not a stage: images are never renamed", prepare("FROM alp|ine:3"));
        assertRename("FROM alpine\nCOPY --from=nginx| / /", "x", "error: nginx names an image, not a stage: images are never renamed");
    }

    @Test
    void aStageNamedThroughAVariableIsNotRenamedHalfway() {
        assertEquals("error: cannot rename build: line 3 names the stage through a variable or quotes (${B}); write the"
                + " name there first", prepare("ARG B=build\nFROM golang AS bu|ild\nFROM ${B}"));
    }

    @Test
    void aVariableIsRenamedWithItsGlobalAndItsUses() {
        assertRename("ARG V|ER=1\nFROM alpine:$VER\nARG VER\nRUN echo ${VER:-x} $VER\nFROM alpine\nARG VER=2",
                "TAG", "ARG TAG=1\nFROM alpine:$TAG\nARG TAG\nRUN echo ${TAG:-x} $TAG\nFROM alpine\nARG VER=2");
    }

    @Test
    void anEnvIsRenamedInTheStagesBuiltFromIt() {
        assertRename("FROM alpine AS base\nENV D|IR=/a\nFROM base\nENV DIR=$DIR/b\nWORKDIR $DIR", "ROOT",
                "FROM alpine AS base\nENV ROOT=/a\nFROM base\nENV ROOT=$ROOT/b\nWORKDIR $ROOT");
    }

    @Test
    void variableRenamesThatWouldChangeMeaningAreRefused() {
        assertRename("FROM alpine\nARG A|=1\nARG B=2", "B", "error: B is already defined in stage 0 (on line 3)");
        assertRename("FROM alpine\nARG A|=1", "PATH", "error: PATH is already defined in stage 0 (by the base image)");
        assertRename("FROM alpine\nARG A|=1", "TARGETARCH", "error: TARGETARCH is predefined by BuildKit");
        assertRename("FROM alpine\nARG A|=1", "a-b", "error: invalid variable name 'a-b': it must start with a letter or"
                + " '_' and contain only letters, digits and '_'");
        assertEquals("error: cannot rename PATH: PATH is set by the base image; renaming it would change what it means",
                prepare("FROM alpine\nENV PATH=/x:$PA|TH"));
        assertEquals("error: cannot rename TARGETARCH: TARGETARCH is predefined by BuildKit; renaming it would change what"
                + " it means", prepare("FROM alpine\nARG TARGETARCH\nRUN echo $TARGETA|RCH"));
        assertEquals("error: cannot rename X: X is not declared in this Dockerfile", prepare("FROM alpine\nRUN echo $|X"));
    }

    @Test
    void aHeredocDelimiterIsRenamedAtBothEnds() {
        assertRename("FROM alpine\nRUN <<-\"E|OF\"\n\techo hi\n\tEOF", "END", "FROM alpine\nRUN <<-\"END\"\n\techo hi\n\tEND");
        assertRename("FROM alpine\nRUN <<EOF\nEND\nE|OF", "END", "error: the heredoc body has a line 'END', which would end it early");
        assertRename("FROM alpine\nRUN <<EOF\nEOF|", "a b", "error: invalid heredoc delimiter 'a b': use letters, digits, '_',"
                + " '.' and '-'");
    }

    @Test
    void prepareGivesTheNameAndItsRange() {
        assertEquals("1:12-17 build", prepare("FROM a AS build\nCOPY --from=bu|ild / /"));
        assertEquals("1:6-8 EO", prepare("FROM a\nRUN <<EO|"));
    }

    @Test
    void brokenInputHasNothingToRename() {
        assertNull(prepare("|"));
        assertNull(prepare("FROM a\nCOPY --|"));
        assertNull(prepare("FROM a\nRUN <<EOF\n|"));
        assertEquals("error: nothing to rename here: only stage names, ARG and ENV names and heredoc delimiters can be renamed",
                new Case("FROM alpine\nRUN ec|ho", "x").result());
    }
}
