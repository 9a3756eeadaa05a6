package dockerfilels.features.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.testing.Cursor;
import java.util.Optional;

/**
 * One-line signature help tests: {@code assertSignature("FROM a\nCOPY a |", active("COPY [--from", "<dest>"))}
 * checks the active form (by the start of its label) and the active parameter (by its label).
 */
final class SignatureAssertions {
    private SignatureAssertions() {
    }

    /** The active form's label starts with {@code form}; its active parameter's label is {@code parameter}. */
    record Active(String form, String parameter) {
    }

    static Active active(String form, String parameter) {
        return new Active(form, parameter);
    }

    static Optional<SignatureHelp> help(String marked) {
        Cursor cursor = Cursor.of(marked);
        return Signatures.at(Dockerfile.parse(cursor.text()), cursor.text(), cursor.position());
    }

    static void assertSignature(String marked, Active expected) {
        Optional<SignatureHelp> help = help(marked);
        String shown = marked.replace("\n", "\\n");
        assertTrue(help.isPresent(), "no signature help at " + shown);
        SignatureHelp h = help.get();
        var form = h.forms().get(h.activeForm());
        assertTrue(form.label().startsWith(expected.form()), shown + ": active form " + form.label());
        assertEquals(expected.parameter(), form.params().get(h.activeParameter()).label(), shown + " in " + form.label());
    }

    static void assertNoSignature(String marked) {
        assertTrue(help(marked).isEmpty(), "signature help at " + marked.replace("\n", "\\n"));
    }
}
