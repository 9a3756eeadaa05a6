package dockerfilels.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.BuildKitDump;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.List;

/**
 * A small DSL for parser tests: one line per expectation, e.g.
 * {@code assertDump("FROM a AS b\n", "(from \"a\" \"AS\" \"b\")\n")} or
 * {@code assertDiagnostics("FROM a\nFOO b\n", d(1, 0, 1, 3, "UnknownInstruction", "..."))}.
 */
public final class SyntaxAssertions {
    private SyntaxAssertions() {
    }

    /** A range: 0-based start line and column, end line and column (UTF-16). */
    public static TextRange r(int startLine, int startCharacter, int endLine, int endCharacter) {
        return TextRange.of(startLine, startCharacter, endLine, endCharacter);
    }

    /** An expected ERROR diagnostic. */
    public static Diagnostic d(int sl, int sc, int el, int ec, String code, String message) {
        return new Diagnostic(r(sl, sc, el, ec), Severity.ERROR, code, message);
    }

    /** BuildKit's dump of the text; the text must parse. */
    public static void assertDump(String source, String expected) {
        assertEquals(expected, BuildKitDump.dump(Dockerfile.parse(source)), () -> "dump of " + show(source));
    }

    /** Exactly these diagnostics, in document order. */
    public static void assertDiagnostics(String source, Diagnostic... expected) {
        assertEquals(List.of(expected), Dockerfile.parse(source).diagnostics(), () -> "diagnostics of " + show(source));
    }

    /** No diagnostic at all, and BuildKit's parser accepts the text. */
    public static void assertClean(String source) {
        Dockerfile model = Dockerfile.parse(source);
        assertEquals(List.of(), model.diagnostics(), () -> "diagnostics of " + show(source));
        assertFalse(model.buildKitError().isPresent(), () -> "BuildKit error for " + show(source));
    }

    /** BuildKit's parser fails on the text with this message. */
    public static void assertBuildKitError(String source, String message) {
        assertEquals(java.util.Optional.of(message), Dockerfile.parse(source).buildKitError(), () -> "parse error of " + show(source));
    }

    /** The instruction at an index (0 = first) of a text. */
    public static Instruction instruction(String source, int index) {
        List<Instruction> all = Dockerfile.parse(source).instructions();
        assertTrue(index < all.size(), () -> "only " + all.size() + " instructions in " + show(source));
        return all.get(index);
    }

    /** The last instruction of a text. */
    public static Instruction last(String source) {
        List<Instruction> all = Dockerfile.parse(source).instructions();
        assertFalse(all.isEmpty(), () -> "no instructions in " + show(source));
        return all.get(all.size() - 1);
    }

    /** A word's text and range. */
    public static void assertWord(Word word, String text, TextRange range) {
        assertNotNull(word, () -> "expected word " + text);
        assertEquals(text, word.text(), "word text");
        assertEquals(range, word.range(), () -> "range of " + show(text));
    }

    /** The texts of the words. */
    public static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    /** The text with control characters made visible, for messages. */
    public static String show(String s) {
        String shown = s.length() > 200 ? s.substring(0, 200) + "...(" + s.length() + " chars)" : s;
        return '"' + shown.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
