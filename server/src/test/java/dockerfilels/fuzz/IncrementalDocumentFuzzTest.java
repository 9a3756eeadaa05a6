package dockerfilels.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dockerfilels.document.Document;
import dockerfilels.document.ModelPrinter;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextRange;

/**
 * Random edit scripts on a random document. The oracle: after every edit, the model kept up to
 * date edit by edit equals a fresh parse of the same text (compared as {@link ModelPrinter}
 * prints them, as {@code document/IncrementalParseProperties} does with jqwik's fragments).
 */
class IncrementalDocumentFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void editScriptsMatchAFreshParse(FuzzedDataProvider data) throws Exception {
        Bounded.run(() -> editAndCompare(data));
    }

    private static void editAndCompare(FuzzedDataProvider data) throws Exception {
        String text = data.consumeString(4096);
        Document document = Document.of(text);
        for (int i = 0; i < 32 && data.remainingBytes() > 0; i++) {
            int from = text.isEmpty() ? 0 : data.consumeInt(0, text.length());
            int to = Math.min(text.length(), from + data.consumeInt(0, 64));
            String insert = data.consumeString(32);
            // Never split a CRLF or a surrogate pair: an LSP client cannot address the middle of either.
            from = snap(text, from);
            to = Math.max(from, snap(text, to));
            LineIndex lines = LineIndex.of(text);
            TextRange range = new TextRange(lines.position(from), lines.position(to));
            text = text.substring(0, from) + insert + text.substring(to);
            document = document.edit(range, insert);
            assertEquals(text, document.text(), "text after the edit");
            String edited = text;
            assertEquals(ModelPrinter.print(Document.of(edited).model()), ModelPrinter.print(document.model()),
                    () -> "model after editing to " + edited.replace("\n", "\\n"));
        }
    }

    private static int snap(String text, int offset) {
        if (offset > 0 && offset < text.length()) {
            char before = text.charAt(offset - 1);
            char after = text.charAt(offset);
            if ((before == '\r' && after == '\n') || (Character.isHighSurrogate(before) && Character.isLowSurrogate(after))) {
                return offset - 1;
            }
        }
        return offset;
    }
}
