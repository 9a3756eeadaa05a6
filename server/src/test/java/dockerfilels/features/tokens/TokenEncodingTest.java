package dockerfilels.features.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.syntax.Dockerfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenEncodingTest {

    private static int[] encode(String text) {
        return TokenEncoding.encode(SemanticTokens.of(text, Dockerfile.parse(text)));
    }

    @Test
    void encodesRelativeToThePreviousToken() {
        assertArrayEquals(new int[] {0, 0, 4, 0, 0, 0, 5, 6, 7, 0, 1, 0, 3, 0, 0},
                encode("FROM alpine\nRUN x\n"));
    }

    @Test
    void theDeltaOfEqualEncodingsIsEmpty() {
        int[] data = encode("FROM a\nRUN b\n");
        assertEquals(List.of(), TokenEncoding.delta(data, data.clone()));
    }

    @Test
    void aDeltaReplacesOnlyTheTokensBetweenTheCommonEnds() {
        int[] before = encode("FROM a\nRUN b\nRUN c && d\nCOPY . .\n");
        int[] after = encode("FROM a\nRUN b\nRUN c || d | e\nCOPY . .\n");
        List<TokenEncoding.Edit> delta = TokenEncoding.delta(before, after);

        assertEquals(1, delta.size());
        // FROM, a, RUN, RUN and the operator: "||" encodes as "&&" did.
        assertEquals(25, delta.get(0).start(), "the five tokens before the change are kept");
        assertArrayEquals(after, TokenEncoding.apply(before, delta));
    }

    @Test
    void aDeltaAppliesForInsertionsAndDeletionsAtEitherEnd() {
        String[] texts = {"", "FROM a\n", "# c\nFROM a\n", "FROM a\nRUN x\n", "RUN x\n", "RUN <<EOF\nbody\nEOF\n", ""};
        for (String a : texts) {
            for (String b : texts) {
                int[] before = encode(a);
                int[] after = encode(b);
                assertArrayEquals(after, TokenEncoding.apply(before, TokenEncoding.delta(before, after)), a + " -> " + b);
            }
        }
    }
}
