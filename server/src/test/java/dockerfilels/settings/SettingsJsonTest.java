package dockerfilels.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsJsonTest {
    private final List<String> warnings = new ArrayList<>();

    @TempDir
    Path dir;

    private LintSettings read(String json) {
        return SettingsJson.read(JsonParser.parseString(json), warnings::add);
    }

    @Test
    void readsRulesCategoriesAndTheBuildContext() {
        LintSettings settings = read("{\"rules\":{\"FromAsCasing\":\"error\",\"DL3008\":\"Off\"},"
                + "\"categories\":{\"buildkit-check\":\"info\"},\"buildContext\":\"..\"}");

        assertEquals(new LintSettings(Map.of("FromAsCasing", RuleLevel.ERROR, "DL3008", RuleLevel.OFF),
                Map.of("buildkit-check", RuleLevel.INFO), ".."), settings);
        assertEquals(List.of(), warnings);
    }

    @Test
    void acceptsEveryEnvelopeAClientSends() {
        LintSettings expected = new LintSettings(Map.of("A", RuleLevel.HINT), Map.of(), null);

        assertEquals(expected, read("{\"settings\":{\"dockerfile-ls\":{\"rules\":{\"A\":\"hint\"}}}}"));
        assertEquals(expected, read("{\"dockerfile-ls\":{\"rules\":{\"A\":\"hint\"}}}"));
        assertEquals(expected, read("{\"rules\":{\"A\":\"hint\"}}"));
        assertEquals(LintSettings.DEFAULT, read("null"));
        assertEquals(LintSettings.DEFAULT, read("{\"dockerfile-ls\":null}"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBadValueCostsOnlyThatValueWithAWarningNamingIt() {
        LintSettings settings = read("{\"rules\":{\"A\":\"loud\",\"B\":\"warning\",\"C\":3,\"D\":{\"x\":1}},"
                + "\"categories\":\"all\",\"buildContext\":[\"a\"],\"unknown\":true}");

        assertEquals(new LintSettings(Map.of("B", RuleLevel.WARNING), Map.of(), null), settings);
        assertEquals(List.of(
                "categories: expected an object, not \"all\"; ignored",
                "buildContext: expected a string, not [\"a\"]; ignored",
                "rules.A: 'loud' is not one of off, hint, info, warning, error; ignored",
                "rules.C: expected one of off, hint, info, warning, error, not 3; ignored",
                "rules.D: expected one of off, hint, info, warning, error, not {\"x\":1}; ignored"), warnings);
    }

    @Test
    void settingsThatAreNotAnObjectAreOneWarning() {
        assertEquals(LintSettings.DEFAULT, read("[1, 2]"));
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(List.of("expected an object, not [1,2]; ignored"), warnings);
    }

    @Test
    void laterSettingsOverrideEarlierOnesKeyByKey() {
        LintSettings client = new LintSettings(Map.of("A", RuleLevel.HINT, "B", RuleLevel.ERROR),
                Map.of("security", RuleLevel.ERROR), "ctx");
        LintSettings project = new LintSettings(Map.of("B", RuleLevel.OFF), Map.of("image-size", RuleLevel.INFO), null);

        assertEquals(new LintSettings(Map.of("A", RuleLevel.HINT, "B", RuleLevel.OFF),
                Map.of("security", RuleLevel.ERROR, "image-size", RuleLevel.INFO), "ctx"), client.overriddenBy(project));
        assertEquals(client, client.overriddenBy(LintSettings.DEFAULT));
    }

    @Test
    void aSettingsFileIsReadWithCommentsAllowed() throws IOException {
        Path file = Files.writeString(dir.resolve(".dockerfile-ls.json"),
                "// project settings\n{\"rules\": {\"A\": \"error\"}}\n");

        assertEquals(new LintSettings(Map.of("A", RuleLevel.ERROR), Map.of(), null), SettingsFile.read(file, warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aSettingsFileThatIsNotJsonIsOneWarning() throws IOException {
        Path file = Files.writeString(dir.resolve(".dockerfile-ls.json"), "{\"rules\": {\"A\": ");

        assertEquals(LintSettings.DEFAULT, SettingsFile.read(file, warnings::add));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(file + ": not JSON"), warnings.toString());
    }

    @Test
    void aSettingsFileLargerThanOneMebibyteIsOneWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("big.json"),
                "{\"rules\":{\"A\":\"error\"}}" + " ".repeat((int) SettingsFile.MAX_BYTES));

        assertEquals(LintSettings.DEFAULT, SettingsFile.read(file, warnings::add));
        assertEquals(List.of(file + ": larger than 1 MiB; ignored"), warnings);
    }

    @Test
    void aBadValueInAFileIsNamedWithTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"rules\":{\"A\":\"nope\",\"B\":\"off\"}}");

        assertEquals(new LintSettings(Map.of("B", RuleLevel.OFF), Map.of(), null), SettingsFile.read(file, warnings::add));
        assertEquals(List.of(file + ": rules.A: 'nope' is not one of off, hint, info, warning, error; ignored"), warnings);
    }
}
