package dockerfilels.features.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The encoding of every real-world Dockerfile and of generated text decodes back to sorted,
 * disjoint, in-range, one-line tokens of legend types ({@link TokenAssertions#decode} checks
 * that); range tokens are the full tokens on those lines; a delta rebuilds the new encoding.
 */
class SemanticTokensProperties {

    static void checkLaws(String text) {
        Dockerfile model = Dockerfile.parse(text);
        List<Token> all = SemanticTokens.of(text, model);
        int[] data = TokenEncoding.encode(all);
        TokenAssertions.decode(text, data);
        int lines = LineIndex.of(text).lineCount();
        int first = lines / 3;
        int last = 2 * lines / 3;
        List<Token> range = SemanticTokens.of(text, model, TextRange.of(first, 0, last, 0));
        assertEquals(all.stream().filter(t -> t.line() >= first && t.line() <= last).toList(), range,
                "range tokens differ from the full tokens on those lines");
        int[] half = TokenEncoding.encode(all.subList(0, all.size() / 2));
        assertArrayEquals(data, TokenEncoding.apply(half, TokenEncoding.delta(half, data)));
    }

    @TestFactory
    Stream<DynamicTest> everyRealWorldFileEncodesToDisjointTokens() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> manifest = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> files = manifest.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        return files.stream().map(file -> dynamicTest(file,
                () -> checkLaws(new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8))));
    }

    private static final List<String> FRAGMENTS = List.of("FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "ARG ", "LABEL ",
            "ONBUILD ", "HEALTHCHECK ", "CMD ", "EXPOSE ", "MAINTAINER ", "AS ", "x ", "80 ", "\\", "`", "<<EOF", "<<-EOF",
            "EOF", "\"", "'", "[", "]", "\"a\"", ",", "#", "# escape=`", "# syntax=x", "\r\n", "\n", "\r", " ", "\t",
            "\uFEFF", "\uD83D\uDE00", "--mount=type=cache,from=b,target=/x", "--from=", "--from=0", "--", "=", "a=b",
            "$X", "${", "${X:-", "}", "&&", "|", ";", "{");

    @Provide
    Arbitrary<String> dockerfiles() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void generatedTextEncodesToDisjointTokens(@ForAll("dockerfiles") String text) {
        checkLaws(text);
    }
}
