package dockerfilels.rules.buildkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.syntax.GoText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** isLower/isUpper (with their ASCII shortcut) say whether Go's ToLower/ToUpper leave a string as it is. */
class BuildKitChecksCaseTest {

    @Property(tries = 300)
    void agreeWithTheMappings(@ForAll @StringLength(max = 8) String s) {
        assertEquals(GoText.toLower(s).equals(s), BuildKitChecks.isLower(s));
        assertEquals(BuildKitChecks.toUpper(s).equals(s), BuildKitChecks.isUpper(s));
    }

    @Test
    void agreeOnEveryCharOfTheFirstPlanes() {
        for (int c = 0; c < 0x3000; c++) {
            String s = new String(Character.toChars(c));
            assertEquals(GoText.toLower(s).equals(s), BuildKitChecks.isLower(s), "char " + c);
            assertEquals(BuildKitChecks.toUpper(s).equals(s), BuildKitChecks.isUpper(s), "char " + c);
        }
    }
}
