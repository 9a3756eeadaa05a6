package dockerfilels.features.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.features.navigation.Model;
import dockerfilels.testing.Cursor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding ranges ("start-end kind") and selection ranges (innermost first) on one-line documents. */
class StructureTest {

    private static void assertFolds(String text, String... folds) {
        assertEquals(List.of(folds), FoldingRanges.of(Model.of(text)).stream()
                .map(f -> f.startLine() + "-" + f.endLine() + (f.kind() == FoldingRanges.Kind.COMMENT ? " comment" : "")).toList());
    }

    private static void assertSelection(String marked, String... ranges) {
        Cursor cursor = Cursor.of(marked);
        assertEquals(List.of(ranges), SelectionRanges.at(Model.of(cursor.text()), cursor.position()).stream()
                .map(Object::toString).toList());
    }

    @Test
    void stagesMultiLineInstructionsHeredocsAndCommentBlocksFold() {
        assertFolds("# a\n# b\nFROM a AS b\nRUN x \\\n  y\nCOPY <<EOF <<EOT /\n1\nEOF\n2\nEOT\nFROM c",
                "0-1 comment", "2-9", "3-4", "5-9", "5-7", "7-9");
    }

    @Test
    void regionCommentsFold() {
        assertFolds("FROM a\n# region deps\nRUN x\n# endregion\n", "0-2", "1-3");
    }

    @Test
    void foldingBrokenInputNeverFails() {
        assertFolds("");
        assertFolds("FROM a\nRUN <<EOF\nx\ny", "0-3", "1-3");
        assertFolds("RUN \\\n");
        assertFolds("RUN \\\n x", "0-1");
    }

    @Test
    void selectionGrowsFromVariableToWordToInstructionToStage() {
        assertSelection("FROM a\nRUN echo ${V|AR}", "1:11-1:14", "1:9-1:15", "1:4-1:15", "1:0-1:15", "0:0-1:15");
    }

    @Test
    void selectionInAFlagGoesValueThenFlag() {
        assertSelection("FROM a\nCOPY --from=bu|ild / /", "1:12-1:17", "1:5-1:17", "1:0-1:21", "0:0-1:21");
    }

    @Test
    void selectionInAPairGoesKeyThenPair() {
        assertSelection("FROM a\nENV K|EY=v\n", "1:4-1:7", "1:4-1:9", "1:0-1:9", "0:0-1:9", "0:0-2:0");
    }

    @Test
    void selectionOnBrokenInputIsTheDocument() {
        assertSelection("|", "0:0-0:0");
        assertSelection("FROM a\nRUN --mo|", "1:4-1:8", "1:0-1:8", "0:0-1:8");
        assertSelection("FROM a\nRUN <<EOF\nec|ho", "2:0-2:4", "1:0-2:4", "0:0-2:4");
    }
}
