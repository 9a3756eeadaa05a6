package dockerfilels.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormattingSettingsJsonTest {
    private final List<String> warnings = new ArrayList<>();

    private FormattingSettings read(String json) {
        return SettingsJson.formatting(JsonParser.parseString(json), warnings::add);
    }

    @Test
    void readsBothKeysInEveryEnvelope() {
        FormattingSettings expected = new FormattingSettings(2, true);

        assertEquals(expected, read("{\"formatting\":{\"continuationIndent\":2,\"ignoreMultilineInstructions\":true}}"));
        assertEquals(expected, read("{\"dockerfile-ls\":{\"formatting\":{\"continuationIndent\":2,"
                + "\"ignoreMultilineInstructions\":true}}}"));
        assertEquals(expected, read("{\"settings\":{\"dockerfile-ls\":{\"formatting\":{\"continuationIndent\":2.0,"
                + "\"ignoreMultilineInstructions\":true}}}}"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void absentKeysFollowTheClient() {
        assertEquals(FormattingSettings.DEFAULT, read("{}"));
        assertEquals(FormattingSettings.DEFAULT, read("{\"formatting\":null}"));
        assertEquals(FormattingSettings.DEFAULT, read("{\"formatting\":{\"continuationIndent\":null}}"));
        assertEquals(FormattingSettings.DEFAULT, read("null"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBadValueCostsOnlyItselfWithAWarningNamingIt() {
        assertEquals(new FormattingSettings(null, true),
                read("{\"formatting\":{\"continuationIndent\":\"4\",\"ignoreMultilineInstructions\":true}}"));
        assertEquals(new FormattingSettings(3, false),
                read("{\"formatting\":{\"continuationIndent\":3,\"ignoreMultilineInstructions\":\"yes\"}}"));
        assertEquals(FormattingSettings.DEFAULT, read("{\"formatting\":{\"continuationIndent\":-1}}"));
        assertEquals(FormattingSettings.DEFAULT, read("{\"formatting\":{\"continuationIndent\":2.5}}"));
        assertEquals(FormattingSettings.DEFAULT, read("{\"formatting\":{\"continuationIndent\":99}}"));
        assertEquals(FormattingSettings.DEFAULT, read("{\"formatting\":[1]}"));
        assertEquals(List.of(
                "formatting.continuationIndent: expected a number of spaces from 0 to 32, not \"4\"; ignored",
                "formatting.ignoreMultilineInstructions: expected true or false, not \"yes\"; ignored",
                "formatting.continuationIndent: expected a number of spaces from 0 to 32, not -1; ignored",
                "formatting.continuationIndent: expected a number of spaces from 0 to 32, not 2.5; ignored",
                "formatting.continuationIndent: expected a number of spaces from 0 to 32, not 99; ignored",
                "formatting: expected an object, not [1]; ignored"), warnings);
    }

    @Test
    void aProjectFileOverridesOnlyTheKeysItSets() {
        FormattingSettings client = new FormattingSettings(2, true);

        assertEquals(new FormattingSettings(6, true),
                SettingsJson.formatting(JsonParser.parseString("{\"formatting\":{\"continuationIndent\":6}}"), client,
                        warnings::add));
        assertEquals(client, SettingsJson.formatting(JsonParser.parseString("{\"rules\":{}}"), client, warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void theLintSettingsReaderIgnoresTheFormattingObject() {
        assertEquals(LintSettings.DEFAULT, SettingsJson.read(
                JsonParser.parseString("{\"formatting\":{\"continuationIndent\":2}}"), warnings::add));
        assertEquals(List.of(), warnings);
    }
}
