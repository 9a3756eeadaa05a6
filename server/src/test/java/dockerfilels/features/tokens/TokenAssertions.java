package dockerfilels.features.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Semantic-token tests as decoded text: {@code assertTokens("FROM alpine AS b", tok("FROM",
 * "keyword"), ...)} encodes the tokens as LSP sends them, decodes them with the legend, and
 * compares what each covers, its type and modifiers. Every call also checks the encoding's
 * laws (sorted, disjoint, one line each, inside the text, types and modifiers in the legend).
 */
final class TokenAssertions {
    private TokenAssertions() {
    }

    /** A decoded token: the text it covers, its type name and modifier names. */
    record Tok(String text, String type, List<String> modifiers) {
        @Override
        public String toString() {
            return "tok(\"" + text.replace("\n", "\\n") + "\", \"" + type + "\""
                    + (modifiers.isEmpty() ? "" : ", \"" + String.join("\", \"", modifiers) + "\"") + ")";
        }
    }

    static Tok tok(String text, String type, String... modifiers) {
        return new Tok(text, type, List.of(modifiers));
    }

    static void assertTokens(String text, Tok... expected) {
        assertEquals(List.of(expected), decode(text, TokenEncoding.encode(SemanticTokens.of(text, Dockerfile.parse(text)))));
    }

    static void assertRangeTokens(String text, TextRange range, Tok... expected) {
        assertEquals(List.of(expected),
                decode(text, TokenEncoding.encode(SemanticTokens.of(text, Dockerfile.parse(text), range))));
    }

    /** Decodes LSP's relative encoding against {@code text}, checking every law on the way. */
    static List<Tok> decode(String text, int[] data) {
        assertEquals(0, data.length % 5, "five integers a token");
        LineIndex lines = LineIndex.of(text);
        List<String> types = TokenType.legend();
        List<String> modifierNames = TokenModifier.legend();
        List<Tok> result = new ArrayList<>();
        int line = 0;
        int character = 0;
        int previousEnd = -1;
        int previousLine = -1;
        for (int i = 0; i < data.length; i += 5) {
            assertTrue(data[i] >= 0 && data[i + 1] >= 0 && data[i + 2] > 0, () -> "bad token at " + Arrays.toString(data));
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            int length = data[i + 2];
            assertTrue(data[i + 3] < types.size(), "type index outside the legend");
            assertTrue(data[i + 4] >> modifierNames.size() == 0, "modifier outside the legend");
            assertTrue(line < lines.lineCount(), "token below the text");
            int start = lines.lineStart(line) + character;
            int end = start + length;
            assertTrue(end <= lines.contentEnd(line, text), "token past its line's end: " + line + ":" + character);
            if (line == previousLine) {
                assertTrue(character >= previousEnd, "tokens overlap on line " + line);
            }
            previousLine = line;
            previousEnd = character + length;
            List<String> mods = new ArrayList<>();
            for (int m = 0; m < modifierNames.size(); m++) {
                if ((data[i + 4] & (1 << m)) != 0) {
                    mods.add(modifierNames.get(m));
                }
            }
            result.add(new Tok(text.substring(start, end), types.get(data[i + 3]), mods));
        }
        return result;
    }
}
