package dockerfilels.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link PersistentMap} against a LinkedHashMap: same values, same first-put order, older maps unchanged. */
class PersistentMapProperties {

    @Property(tries = 500)
    void behavesAsALinkedHashMapAndLeavesEarlierMapsAsTheyWere(@ForAll("puts") List<String> keys) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        PersistentMap<Integer> map = PersistentMap.empty();
        List<PersistentMap<Integer>> versions = new ArrayList<>();
        List<Map<String, Integer>> expectedVersions = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            expected.put(keys.get(i), i);
            map = map.with(keys.get(i), i);
            versions.add(map);
            expectedVersions.add(new LinkedHashMap<>(expected));
        }
        for (int v = 0; v < versions.size(); v++) {
            assertSame(expectedVersions.get(v), versions.get(v));
        }
        assertNull(map.get("not put"));
    }

    @Test
    void keysWithTheSameHashAreKeptApart() {
        // "Aa" and "BB" (and their concatenations) share a hash code.
        PersistentMap<String> map = PersistentMap.<String>empty().with("Aa", "1").with("BB", "2").with("AaBB", "3")
                .with("BBAa", "4").with("AaAa", "5").with("BB", "6");
        assertEquals(List.of("Aa", "BB", "AaBB", "BBAa", "AaAa"), map.entriesInOrder().stream().map(PersistentMap.Entry::key).toList());
        assertEquals("6", map.get("BB"));
        assertEquals("5", map.get("AaAa"));
        assertNull(map.get("BBBB"));
        assertEquals(5, map.size());
    }

    private static void assertSame(Map<String, Integer> expected, PersistentMap<Integer> actual) {
        assertEquals(expected.size(), actual.size());
        List<String> order = new ArrayList<>();
        for (PersistentMap.Entry<Integer> e : actual.entriesInOrder()) {
            order.add(e.key());
            assertEquals(expected.get(e.key()), e.value());
        }
        assertEquals(new ArrayList<>(expected.keySet()), order);
        expected.forEach((k, v) -> assertEquals(v, actual.get(k), k));
    }

    /** Keys from a small alphabet (so they repeat) including ones whose hash codes collide. */
    @Provide
    Arbitrary<List<String>> puts() {
        Arbitrary<String> colliding = Arbitraries.of("Aa", "BB", "AaBB", "BBAa", "AaAa", "BBBB");
        Arbitrary<String> small = Arbitraries.strings().withChars("abcXYZ_0").ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> many = Arbitraries.integers().between(0, 5000).map(i -> "V" + i);
        return Arbitraries.oneOf(colliding, small, many).list().ofMaxSize(300);
    }
}
