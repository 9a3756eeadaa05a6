package dockerfilels.rules.buildkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dockerfilels.syntax.GoText;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class VariableUseTest {

    @Property(tries = 300)
    void theBoundedDistanceAgreesWithLevenshtein(@ForAll @StringLength(max = 8) String a, @ForAll @StringLength(max = 8) String b) {
        for (int limit = 1; limit <= 4; limit++) {
            assertEquals(Math.min(GoText.distance(a, b), limit), VariableUse.distanceBelow(a, b, limit));
        }
    }

    @Test
    void suggestsTheFirstClosestCandidateBelowThree() {
        assertEquals("DIR_ASSETS", VariableUse.suggest("DIR_ASSET", List.of("DIR_BINARIES", "DIR_ASSETS", "DIR_CONFIG")));
        assertEquals("ab", VariableUse.suggest("a", List.of("ab", "ac")));
        assertEquals("ac", VariableUse.suggest("acc", List.of("abcd", "ac")));
        assertNull(VariableUse.suggest("foo", List.of("barbaz", "PATH")));
        assertNull(VariableUse.suggest("path", List.of("PATH")), "case-sensitive");
        assertNull(VariableUse.suggest("", List.of("a")));
    }
}
