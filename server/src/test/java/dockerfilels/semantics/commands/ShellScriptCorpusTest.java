package dockerfilels.semantics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextRange;
import dockerfilels.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shell model over the 305 real Dockerfiles: every RUN parses, and every word on one line
 * maps back to exactly the source text it was read from (the oracle for the range mapping
 * across continuations, inner comments and here-documents).
 */
class ShellScriptCorpusTest {

    @Test
    void everyWordOfEveryRealRunMapsBackToItsSource() throws IOException {
        Path root = Corpus.path("real-world");
        int words = 0;
        int runs = 0;
        List<Path> files = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> root.resolve(l.split("\t")[0])).toList();
        for (Path file : files) {
            String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            LineIndex lines = LineIndex.of(source);
            for (Instruction instruction : Dockerfile.parse(source).instructions()) {
                ShellScript script = ShellScript.of(instruction);
                runs += script.isEmpty() ? 0 : 1;
                for (ShellCommand command : script.commands()) {
                    if (command.nesting() > 0) {
                        continue;
                    }
                    for (ShellWord word : command.words()) {
                        TextRange range = word.range();
                        assertTrue(!range.end().isBefore(range.start()), () -> file + ": " + word);
                        if (range.start().line() == range.end().line() && !instruction.isJson()) {
                            String at = source.substring(lines.offset(range.start(), source), lines.offset(range.end(), source));
                            assertEquals(word.raw(), at, () -> file.getFileName() + " " + range);
                            words++;
                        }
                    }
                }
            }
        }
        assertTrue(runs > 800, runs + " RUN scripts");
        assertTrue(words > 15000, words + " words checked");
    }
}
