package dockerfilels.features.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.testing.Cursor;
import dockerfilels.workspace.BuildContext;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One-line completion tests: {@code assertCompletion("FROM a AS b\nFROM c\nCOPY --from=|", item("b"))}
 * completes at the {@code |} and checks each expectation against the proposals. A {@link Case}
 * adds snippet support, build-context files or the images of other open documents.
 */
final class CompletionAssertions {
    private CompletionAssertions() {
    }

    /** A document with a cursor, and what the request knows besides it. */
    record Case(String marked, boolean snippets, Map<String, String> files, List<String> images) {
        Case withSnippets() {
            return new Case(marked, true, files, images);
        }

        Case withFiles(Map<String, String> contextFiles) {
            return new Case(marked, snippets, contextFiles, images);
        }

        Case withImages(String... workspaceImages) {
            return new Case(marked, snippets, files, List.of(workspaceImages));
        }
    }

    /** One expectation about the proposals; {@code describe} names it in failures. */
    record Expect(String describe, BiConsumer<List<CompletionItem>, String> check) {
    }

    static Case doc(String marked) {
        return new Case(marked, false, Map.of(), List.of());
    }

    static List<CompletionItem> complete(Case c) {
        Cursor cursor = Cursor.of(c.marked());
        CompletionRequest request = new CompletionRequest(Dockerfile.parse(cursor.text()), cursor.text(), cursor.position(),
                c.snippets(), c.files().isEmpty() ? BuildContext.NONE : BuildContext.of(c.files()), c.images());
        return Completion.complete(request);
    }

    static void assertCompletion(String marked, Expect... expected) {
        assertCompletion(doc(marked), expected);
    }

    static void assertCompletion(Case c, Expect... expected) {
        List<CompletionItem> items = complete(c);
        String shown = c.marked().replace("\n", "\\n") + " -> " + labels(items);
        for (Expect expect : expected) {
            expect.check().accept(items, shown);
        }
    }

    static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::label).toList();
    }

    /** A proposal with this label. */
    static Expect item(String label) {
        return new Expect("item " + label, (items, shown) -> find(items, label, shown));
    }

    /** A proposal with this label that inserts exactly {@code text} (a snippet when it has a {@code $1}). */
    static Expect item(String label, String text) {
        return new Expect("item " + label + " inserting " + text,
                (items, shown) -> assertEquals(text, find(items, label, shown).insertText(), shown));
    }

    /** No proposal with this label. */
    static Expect no(String label) {
        return new Expect("no " + label, (items, shown) ->
                assertTrue(items.stream().noneMatch(i -> i.label().equals(label)), "unexpected " + label + " in " + shown));
    }

    /** Exactly these labels, in this order. */
    static Expect only(String... labels) {
        return new Expect("only", (items, shown) -> assertEquals(List.of(labels), labels(items), shown));
    }

    /** No proposals at all. */
    static Expect none() {
        return only();
    }

    /** These labels come in this order (others may be between). */
    static Expect ordered(String... labels) {
        return new Expect("ordered", (items, shown) -> {
            List<String> all = labels(items);
            int last = -1;
            for (String label : labels) {
                int at = all.indexOf(label);
                assertTrue(at > last, label + " out of order in " + shown);
                last = at;
            }
        });
    }

    /** The proposal's documentation contains the text. */
    static Expect documented(String label, String text) {
        return new Expect("doc", (items, shown) -> {
            String doc = find(items, label, shown).documentation();
            assertTrue(doc != null && doc.contains(text), label + " documentation lacks '" + text + "': " + doc);
        });
    }

    /** The proposal replaces the text from this column of the cursor's line. */
    static Expect replacesFrom(String label, int column) {
        return new Expect("range", (items, shown) -> assertEquals(column, find(items, label, shown).range().start().character(), shown));
    }

    private static CompletionItem find(List<CompletionItem> items, String label, String shown) {
        return items.stream().filter(i -> i.label().equals(label)).findFirst()
                .orElseGet(() -> fail("no " + label + " in " + shown));
    }
}
