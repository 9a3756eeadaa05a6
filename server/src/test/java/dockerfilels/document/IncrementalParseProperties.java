package dockerfilels.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariant of incremental parsing: after every edit, the model kept up to date edit by
 * edit equals the model of the same text parsed from scratch.
 */
class IncrementalParseProperties {

    private static final List<String> FRAGMENTS = List.of(
            "\n", "\n", "\n", "\\", "\\\n", "`", "`\n", "<<EOF", "<<-EOF\n", "EOF\n", "\tEOF\n", "<<'A' <<B", "A\n", "B\n",
            "\"", "'", "\r\n", "\r", "😀", "é", " ", "  ", "\t", "#", "# c\n", "# escape=`\n", "# escape=\\\n",
            "# syntax=docker/dockerfile:1\n", "# check=skip=all\n", "FROM alpine AS b\n", "RUN ", "RUN echo hi \\\n",
            "COPY <<A <<B /dst\n", "CMD [\"a\", \"b\"]\n", "[", "]", "--mount=type=cache,target=/x ", "ENV a=b c=d\n",
            "ONBUILD RUN <<X\n", "X\n", "HEALTHCHECK CMD x\n", "LABEL a b\n", "ARG v=1\n", "x", "y", "\uFEFF", "$", "${");

    record Edit(int from, int length, String insert) {
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(0).ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> insert = Arbitraries.of(FRAGMENTS).list().ofMinSize(0).ofMaxSize(3).map(p -> String.join("", p));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 12), insert).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(25);
    }

    /** Documents of several hundred units, so that edits cross the chunks units are kept in. */
    @Provide
    Arbitrary<String> largeDocuments() {
        Arbitrary<String> line = Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(4).map(p -> String.join("", p) + "\n");
        return line.list().ofMinSize(150).ofMaxSize(500).map(lines -> String.join("", lines));
    }

    @Property(tries = 2500)
    void incrementalModelEqualsFreshParse(@ForAll("documents") String initial, @ForAll("edits") List<Edit> edits) {
        assertIncrementalEqualsFresh(initial, edits);
    }

    @Property(tries = 250)
    void incrementalModelEqualsFreshParseInLargeDocuments(@ForAll("largeDocuments") String initial,
            @ForAll("edits") List<Edit> edits) {
        assertIncrementalEqualsFresh(initial, edits);
    }

    private static void assertIncrementalEqualsFresh(String initial, List<Edit> edits) {
        Document document = Document.of(initial);
        String text = initial;
        for (Edit edit : edits) {
            int from = text.isEmpty() ? 0 : edit.from() % (text.length() + 1);
            int to = Math.min(text.length(), from + edit.length());
            // Never split a CRLF or a surrogate pair: an LSP client cannot address the middle of either.
            from = snap(text, from);
            to = Math.max(from, snap(text, to));
            LineIndex lines = LineIndex.of(text);
            TextRange range = new TextRange(lines.position(from), lines.position(to));
            text = text.substring(0, from) + edit.insert() + text.substring(to);
            document = document.edit(range, edit.insert());
            assertEquals(text, document.text(), "text after the edit");
            String edited = text;
            assertEquals(ModelPrinter.print(Document.of(edited).model()), ModelPrinter.print(document.model()),
                    () -> "model after editing to " + edited.replace("\n", "\\n"));
        }
    }

    private static int snap(String text, int offset) {
        if (offset > 0 && offset < text.length()) {
            char before = text.charAt(offset - 1);
            char after = text.charAt(offset);
            if ((before == '\r' && after == '\n') || (Character.isHighSurrogate(before) && Character.isLowSurrogate(after))) {
                return offset - 1;
            }
        }
        return offset;
    }

    @Property(tries = 300)
    void outOfRangePositionsAreClampedNotFatal(@ForAll("documents") String initial) {
        Document document = Document.of(initial);
        Document edited = document.edit(new TextRange(new TextPosition(-3, -7), new TextPosition(100_000, 5_000)), "FROM a\n");
        assertEquals("FROM a\n", edited.text());
        Document appended = document.edit(TextRange.of(999, 0, 999, 0), "x");
        assertEquals(initial + "x", appended.text());
    }
}
