package dockerfilels.features.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.rules.Linter;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextRange;
import dockerfilels.testing.Cursor;
import dockerfilels.workspace.BuildContext;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One-line hover tests: {@code assertHover("FROM a\nRUN --mo|unt=type=cache ls", contains("cache"))}
 * hovers at the {@code |} over a document linted with the default settings.
 */
final class HoverAssertions {
    private HoverAssertions() {
    }

    /** One expectation about a hover (empty when there is none). */
    record Expect(BiConsumer<Optional<HoverResult>, String> check) {
    }

    static Optional<HoverResult> hover(String marked) {
        Cursor cursor = Cursor.of(marked);
        Dockerfile model = Dockerfile.parse(cursor.text());
        return Hover.at(new HoverRequest(model, cursor.text(), cursor.position(),
                Linter.standard().lint(model, LintSettings.DEFAULT, BuildContext.NONE)));
    }

    static void assertHover(String marked, Expect... expected) {
        Optional<HoverResult> result = hover(marked);
        String shown = marked.replace("\n", "\\n") + " -> " + result.map(HoverResult::markdown).orElse("(no hover)");
        for (Expect expect : expected) {
            expect.check().accept(result, shown);
        }
    }

    /** A hover whose Markdown contains the text. */
    static Expect contains(String text) {
        return new Expect((result, shown) -> assertTrue(result.isPresent() && result.get().markdown().contains(text),
                "no '" + text + "' in " + shown));
    }

    /** A hover whose Markdown does not contain the text. */
    static Expect lacks(String text) {
        return new Expect((result, shown) -> assertTrue(result.isPresent() && !result.get().markdown().contains(text),
                "'" + text + "' in " + shown));
    }

    /** A hover over exactly this range. */
    static Expect range(int sl, int sc, int el, int ec) {
        return new Expect((result, shown) -> assertEquals(TextRange.of(sl, sc, el, ec),
                result.map(HoverResult::range).orElse(null), shown));
    }

    static Expect nothing() {
        return new Expect((result, shown) -> assertTrue(result.isEmpty(), shown));
    }
}
