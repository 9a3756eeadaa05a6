package dockerfilels.features.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.features.Fixes;
import dockerfilels.rules.TextEdit;
import dockerfilels.settings.FormattingSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextRange;
import dockerfilels.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Formatting is idempotent and changes nothing but keyword case and blanks, and range formatting
 * gives a part of what document formatting gives: over every file of the real-world corpus and
 * over generated Dockerfiles, with several option sets.
 */
class FormattingProperties {
    private static final List<FormatOptions> OPTIONS = List.of(FormatOptions.DEFAULT,
            new FormatOptions(4, false, FormattingSettings.DEFAULT),
            new FormatOptions(2, true, new FormattingSettings(0, false)),
            new FormatOptions(4, true, new FormattingSettings(null, true)));

    /** Formats {@code text} with each option set and checks the laws; returns nothing, fails loudly. */
    static void checkLaws(String text) {
        Dockerfile model = Dockerfile.parse(text);
        String shape = ModelShape.of(model);
        for (FormatOptions options : OPTIONS) {
            List<TextEdit> edits = Formatter.document(text, model, options);
            FormatCase.assertOrderedAndDisjoint(edits);
            for (TextEdit edit : edits) {
                assertEquals(edit.range().start().line(), edit.range().end().line(), () -> "an edit spans lines: " + edit);
                assertEquals(-1, edit.newText().indexOf('\n'), () -> "an edit inserts a line: " + edit);
            }
            int lineCount = LineIndex.of(text).lineCount();
            for (int first = 0; first < lineCount; first += Math.max(1, lineCount / 4)) {
                TextRange window = TextRange.of(first, 0, Math.min(lineCount - 1, first + lineCount / 8), 0);
                List<TextEdit> ranged = Formatter.range(text, model, window, options);
                assertTrue(edits.containsAll(ranged), () -> "range formatting of " + window + " differs: " + ranged);
            }
            String formatted = Fixes.apply(text, edits);
            Dockerfile after = Dockerfile.parse(formatted);
            assertEquals(LineIndex.of(text).lineCount(), LineIndex.of(formatted).lineCount(), "lines joined or split");
            assertEquals(shape, ModelShape.of(after), () -> "the model changed with " + options + ":\n" + formatted);
            assertEquals(List.of(), Formatter.document(formatted, after, options),
                    () -> "not idempotent with " + options + ":\n" + formatted);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRealWorldFileKeepsItsModelAndFormatsOnce() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> manifest = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> files = manifest.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        return files.stream().map(file -> dynamicTest(file,
                () -> checkLaws(new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8))));
    }

    @Property(tries = 1500)
    void generatedDockerfilesKeepTheirModelAndFormatOnce(@ForAll("dockerfiles") String text) {
        checkLaws(text);
    }

    @Property(tries = 1500)
    void fragmentSoupKeepsItsModelAndFormatsOnce(@ForAll("soup") String text) {
        checkLaws(text);
    }

    private static final List<String> KEYWORDS = List.of("FROM", "from", "Run", "RUN", "copy", "ADD", "env", "ARG", "label",
            "healthcheck", "onbuild run", "ONBUILD copy", "EXPOSE", "workdir", "cmd", "entrypoint", "foo", "user");
    private static final List<String> WORDS = List.of("alpine", "as", "AS", "build", "--from=build", "--mount=type=cache",
            "&&", "echo", "\"quoted words\"", "'single'", "\"open", "close\"", "a=b", "$VAR", "${V:-x}", "[\"a\",", "\"b\"]",
            "cmd", "none", "hel", "lo", "<<EOF", "<<-EOF", "x");
    private static final List<String> BLANKS = List.of("", " ", "  ", "\t", "    ", "\t  ", "      ");

    @Provide
    Arbitrary<String> dockerfiles() {
        Arbitrary<String> blank = Arbitraries.of(BLANKS);
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(4).map(w -> String.join(" ", w));
        Arbitrary<String> codeLine = Combinators.combine(blank, words, blank, Arbitraries.of("", "\\", " \\", "\\  "))
                .as((lead, w, trail, end) -> lead + w + trail + end);
        Arbitrary<String> instruction = Combinators.combine(blank, Arbitraries.of(KEYWORDS), words, blank,
                codeLine.list().ofMaxSize(4), Arbitraries.of("", "  # inner", "", "   "))
                .as((lead, keyword, w, trail, more, inner) -> {
                    StringBuilder b = new StringBuilder(lead + keyword + " " + w + trail);
                    for (String line : more) {
                        b.append(" \\\n").append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
                    }
                    if (!inner.isEmpty() && !more.isEmpty()) {
                        b.append(" \\\n").append(inner).append("\n    end");
                    }
                    return b.toString();
                });
        Arbitrary<String> heredoc = Combinators.combine(Arbitraries.of("run", "COPY", "add"), blank,
                Arbitraries.of("  body  ", "\tEOF", "EOF  ", " x \\", "").list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((keyword, trail, body, terminated) -> keyword + " <<EOF /x" + trail + "\n" + String.join("\n", body)
                        + (body.isEmpty() ? "" : "\n") + (terminated ? "EOF" : ""));
        Arbitrary<String> other = Arbitraries.of("# comment  ", "  # indented", "", "   ", "\t");
        Arbitrary<String> unit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, instruction), net.jqwik.api.Tuple.of(1, heredoc), net.jqwik.api.Tuple.of(2, other));
        return Combinators.combine(Arbitraries.of("", "# escape=`\n", "# syntax=docker/dockerfile:1  \n"),
                unit.list().ofMaxSize(8), Arbitraries.of("\n", "\r\n"))
                .as((head, units, newline) -> {
                    String body = String.join("\n", units) + "\n";
                    if (head.startsWith("# escape=`")) {
                        body = body.replace('\\', '`');
                    }
                    return (head + body).replace("\n", newline);
                });
    }

    private static final List<String> FRAGMENTS = List.of("FROM ", "run ", "Copy ", "ADD ", "env ", "onbuild ", "healthcheck ",
            "cmd ", "as ", "\\", "`", "<<EOF", "<<-EOF", "EOF", "\tEOF", "\"", "'", "[", "]", "#", "# escape=`", "\r\n", "\n",
            "\r", " ", "  ", "\t", "\u00a0", "\uFEFF", "--flag=", "=", "a", "b=c", "$X");

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(50).map(parts -> String.join("", parts));
    }

}
