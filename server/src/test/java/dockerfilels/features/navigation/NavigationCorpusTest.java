package dockerfilels.features.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dockerfilels.features.Fixes;
import dockerfilels.features.lenses.InlayHints;
import dockerfilels.features.lenses.StageLenses;
import dockerfilels.features.links.DocumentLinks;
import dockerfilels.features.structure.FoldingRanges;
import dockerfilels.features.structure.SelectionRanges;
import dockerfilels.features.symbols.DocumentSymbols;
import dockerfilels.features.symbols.OutlineSymbol;
import dockerfilels.syntax.TextRange;
import dockerfilels.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every navigation and structure feature over the 305 real-world Dockerfiles: references are
 * symmetric, a rename to a fresh name keeps every occurrence (the renamed file has as many), folds
 * and selection chains are well formed, outline names sit inside their entries.
 */
class NavigationCorpusTest {
    private static final String FRESH = "renamed_x";

    @TestFactory
    Stream<DynamicTest> realWorldDockerfiles() throws IOException {
        Path root = Corpus.path("real-world");
        List<String> files = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        return files.stream().map(file -> dynamicTest(file, () -> check(
                new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8))));
    }

    private static void check(String text) {
        Model model = Model.of(text);
        Occurrences occurrences = Occurrences.of(model);
        Set<Symbol> renamed = new HashSet<>();
        for (Occurrence o : occurrences.all()) {
            List<TextRange> references = References.of(model, o.range().start(), true);
            assertTrue(references.contains(o.range()) || occurrences.at(o.range().start()) != o,
                    () -> "references from " + o + " miss it: " + references);
            if (o.symbol().renamable() && renamed.add(o.symbol()) && renamed.size() <= 20) {
                Rename.Result result = Rename.rename(model, o.range().start(), FRESH);
                if (result.error() == null) {
                    String after = Fixes.apply(text, result.edits());
                    Model renamedModel = Model.of(after);
                    long kept = Occurrences.of(renamedModel).all().stream().filter(x -> x.symbol().name().equals(FRESH)).count();
                    assertEquals(occurrences.of(o.symbol()).size(), kept, () -> "renaming " + o.symbol().name() + " lost occurrences");
                }
            }
        }
        int lines = model.lines().lineCount();
        for (FoldingRanges.Fold fold : FoldingRanges.of(model)) {
            assertTrue(0 <= fold.startLine() && fold.startLine() < fold.endLine() && fold.endLine() < lines, fold::toString);
        }
        for (int line = 0; line < lines; line += 7) {
            List<TextRange> chain = SelectionRanges.at(model, new dockerfilels.syntax.TextPosition(line, 2));
            for (int i = 1; i < chain.size(); i++) {
                TextRange inner = chain.get(i - 1);
                TextRange outer = chain.get(i);
                assertTrue(!inner.start().isBefore(outer.start()) && !outer.end().isBefore(inner.end()), chain::toString);
            }
        }
        outline(DocumentSymbols.of(model));
        StageLenses.of(model);
        InlayHints.of(model, null);
        DocumentLinks.of(model).forEach(l -> assertTrue(l.target().startsWith("https://"), l::toString));
    }

    private static void outline(List<OutlineSymbol> symbols) {
        for (OutlineSymbol s : symbols) {
            assertTrue(!s.selection().start().isBefore(s.range().start()) && !s.range().end().isBefore(s.selection().end()),
                    s::toString);
            outline(s.children());
        }
    }
}
