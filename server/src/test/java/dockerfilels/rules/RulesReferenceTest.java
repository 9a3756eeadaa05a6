package dockerfilels.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rules: it must match, and every rule must be documented fully. */
class RulesReferenceTest {
    private static final Path DOC = locate();

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        Path inModule = here.resolve("../docs/rules.md").normalize();
        return Files.isDirectory(here.resolve("../docs")) ? inModule : here.resolve("docs/rules.md");
    }

    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        String rendered = RulesReference.markdown(Rules.all());
        if (Boolean.getBoolean("dockerfilels.updateDocs")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), "docs/rules.md is missing: regenerate it (see its header)");
        assertEquals(rendered, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/rules.md is stale: regenerate it with -Ddockerfilels.updateDocs=true (see its header)");
    }

    @Test
    void everyRuleHasAUniqueIdAndAFullEntry() {
        Set<String> names = new HashSet<>();
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            assertTrue(names.add(info.id()), "duplicate id " + info.id());
            info.aliases().forEach(alias -> assertTrue(names.add(alias), "alias used twice: " + alias));
            assertFalse(info.description().isBlank(), info.id());
            assertFalse(info.explanation().isBlank(), info.id() + " needs an explanation");
            assertFalse(info.badExample().isBlank(), info.id() + " needs a bad example");
            assertFalse(info.goodExample().isBlank(), info.id() + " needs a good example");
            assertTrue(info.defaultSeverity() != null || info.explanation().toLowerCase(java.util.Locale.ROOT).contains("off by default"),
                    info.id() + " is off by default and must say so, and how to turn it on");
            assertFalse(SyntaxCodes.all().containsKey(info.id()), info.id() + " clashes with a syntax code");
        }
    }
}
