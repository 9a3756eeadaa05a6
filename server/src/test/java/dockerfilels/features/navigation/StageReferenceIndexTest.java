package dockerfilels.features.navigation;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dockerfilels.syntax.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Model#stageReferenceAt}, indexed by line, finds exactly what a scan of every reference finds. */
class StageReferenceIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "FROM a AS b\nFROM b AS c\nCOPY --from=b /x /y\nRUN --mount=from=c,target=/t true\nCOPY --from=0 /a /b\n",
            "FROM a AS b\nCOPY \\\n  --from=b \\\n  /x /y\nFROM alpine\nCOPY --from=nginx:1 /a /b\n",
            "ARG S=b\nFROM a AS b\nFROM ${S} AS c\nCOPY --from=c /a /b\nCOPY --from=\n"})
    void findsWhatAScanFinds(String text) {
        Model model = Model.of(text);
        int found = 0;
        for (int line = -1; line <= model.lines().lineCount(); line++) {
            for (int character = 0; character <= model.line(line).length() + 1; character++) {
                TextPosition at = new TextPosition(line, character);
                assertSame(model.stageReferences().at(at), model.stageReferenceAt(at), at::toString);
                found += model.stageReferenceAt(at) == null ? 0 : 1;
            }
        }
        assertNotNull(found > 0 ? model : null, "some reference was found in " + text);
    }
}
