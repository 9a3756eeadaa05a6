package dockerfilels.rules.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link InvalidMount#isRamSize} reads exactly what go-units' RAMInBytes pattern matches, at any length. */
class RamSizeProperties {
    private static final Pattern GO_UNITS = Pattern.compile("^(\\d+(\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$");

    @Provide
    Arbitrary<String> sizes() {
        return Arbitraries.strings().withChars("0123456789. kKmMgGiIbBx").ofMaxLength(12);
    }

    @Property(tries = 5000)
    void agreesWithThePattern(@ForAll("sizes") String value) {
        assertEquals(GO_UNITS.matcher(value).matches(), InvalidMount.isRamSize(value), value);
    }

    @Example
    void aLongValueIsReadWithoutOverflowingTheStack() {
        assertTrue(InvalidMount.isRamSize("1" + ".1".repeat(200_000) + " GiB"));
        assertFalse(InvalidMount.isRamSize("1" + ".1".repeat(200_000) + "x"));
    }
}
