package dockerfilels.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Hostile and arbitrary input: only ShellException, bounded time, no stack overflow. */
class RobustnessTest {
    /** Only a guard against hanging on a shared, loaded machine; speed is measured in the benchmarks. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private static final Env ENV = Env.of(Map.of("A", "a b*c", "E", ""));

    @Provide
    Arbitrary<String> shellish() {
        // Mostly the characters that matter to the lexer, so the generator reaches deep states.
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.of('$', '{', '}', ':', '-', '+', '?', '#', '%', '/', '*', '\\', '`', '\'', '"', '<',
                        ' ', '\n', 'A', 'E', 'x', '0', '@'),
                Arbitraries.chars());
        return chars.list().ofMaxSize(60).map(list -> {
            StringBuilder sb = new StringBuilder();
            list.forEach(sb::append);
            return sb.toString();
        });
    }

    @Property(tries = 3000)
    void processOnlyThrowsShellException(@ForAll("shellish") String word) {
        for (ShellLexer lexer : List.of(new ShellLexer('\\'), new ShellLexer('`').withSkipUnsetEnv(true),
                new ShellLexer('\\').withRawQuotes(true).withRawEscapes(true).withSkipUnsetEnv(true))) {
            try {
                lexer.processWord(word, ENV);
                lexer.processWords(word, ENV);
                lexer.processWordWithMatches(word, ENV);
            } catch (ShellException expected) {
                // rejected like BuildKit would: fine
            }
        }
    }

    @Property(tries = 3000)
    void findAndFromLineNeverThrow(@ForAll("shellish") String text) {
        for (VariableReference ref : VariableReferences.find(text, '\\')) {
            assertTrue(0 <= ref.start() && ref.nameStart() <= ref.nameEnd() && ref.nameEnd() <= ref.end()
                    && ref.end() <= text.length(), ref::toString);
            assertEquals(ref.name(), text.substring(ref.nameStart(), ref.nameEnd()));
        }
        VariableReferences.find(text, '`');
        for (HeredocMarker marker : Heredocs.fromLine(text)) {
            assertTrue(0 <= marker.start() && marker.start() < marker.end() && marker.end() <= text.length());
        }
    }

    @Test
    void deepNestingIsAShellExceptionNotAStackOverflow() {
        String deep = "${a:-".repeat(100_000) + "x" + "}".repeat(100_000);
        ShellException e = assertThrows(ShellException.class, () -> new ShellLexer('\\').processWord(deep, ENV));
        assertTrue(e.isLimit(), e.reason());
        assertThrows(ShellException.class, () -> new ShellLexer('\\').processWord("${a:-".repeat(100_000), ENV));
    }

    @Test
    void hugeInputsAreHandledWithoutHanging() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            ShellLexer lexer = new ShellLexer('\\');
            String big = "ab$A\"c d\"\\ e ".repeat(150_000); // about 2 MB
            assertEquals(300_000, lexer.processWords(big, ENV).size());
            assertThrows(ShellException.class, () -> lexer.processWord("${".repeat(100_000), ENV));
            assertThrows(ShellException.class, () -> lexer.processWord("${A".repeat(100_000), ENV));
            assertEquals(100_000, VariableReferences.find("${A}".repeat(100_000), '\\').size());
            Heredocs.fromLine("RUN " + "<<".repeat(500_000));
            Heredocs.fromLine("RUN " + "<<E ".repeat(200_000));
        });
    }

    @Test
    void expensivePatternsAreCut() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String value = "a".repeat(200_000);
            Env env = Env.of(Map.of("V", value));
            String pattern = "*a".repeat(2_000) + "b";
            ShellException e = assertThrows(ShellException.class,
                    () -> new ShellLexer('\\').processWord("${V##" + pattern + "}", env));
            assertTrue(e.isLimit(), e.reason());
            // An ordinary pattern on the same large value is fine.
            assertEquals("", new ShellLexer('\\').processWord("${V//a/}", env));
        });
    }
}
