package dockerfilels.features.structure;

import dockerfilels.features.navigation.Model;
import dockerfilels.features.symbols.DocumentSymbols;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folding ranges, by whole lines: each stage, each instruction that takes more than one line,
 * each heredoc body (from the line that opens it to its terminator), runs of two or more comment
 * lines, and regions between {@code # region} and {@code # endregion} comments.
 */
public final class FoldingRanges {
    private FoldingRanges() {
    }

    public enum Kind { REGION, COMMENT }

    public record Fold(int startLine, int endLine, Kind kind) {
    }

    public static List<Fold> of(Model model) {
        Set<Fold> folds = new LinkedHashSet<>();
        for (Stage stage : model.stages().all()) {
            add(folds, stage.from().startLine(), DocumentSymbols.range(stage).end().line(), Kind.REGION);
        }
        for (Instruction instruction : model.dockerfile().instructions()) {
            add(folds, instruction.startLine(), instruction.endLine(), Kind.REGION);
            int opens = instruction.startLine();
            for (Heredoc heredoc : instruction.heredocs()) {
                int end = heredoc.terminator() != null ? heredoc.terminator().start().line() : instruction.endLine();
                add(folds, opens, end, Kind.REGION);
                opens = end;
            }
        }
        comments(model, folds);
        List<Fold> sorted = new ArrayList<>(folds);
        sorted.sort(Comparator.comparingInt(Fold::startLine).thenComparing(Comparator.comparingInt(Fold::endLine).reversed()));
        return List.copyOf(sorted);
    }

    private static void comments(Model model, Set<Fold> folds) {
        List<Integer> lines = new ArrayList<>();
        for (Directive directive : model.dockerfile().directives()) {
            lines.add(directive.range().start().line());
        }
        List<Integer> regions = new ArrayList<>();
        for (Comment comment : model.dockerfile().comments()) {
            int line = comment.range().start().line();
            lines.add(line);
            String text = comment.text().strip().toLowerCase(Locale.ROOT);
            if (text.startsWith("region") || text.startsWith("#region")) {
                regions.add(line);
            } else if ((text.startsWith("endregion") || text.startsWith("#endregion")) && !regions.isEmpty()) {
                add(folds, regions.remove(regions.size() - 1), line, Kind.REGION);
            }
        }
        lines.sort(Integer::compare);
        int start = -1;
        int previous = -2;
        for (int line : lines) {
            if (line != previous + 1) {
                if (start >= 0) {
                    add(folds, start, previous, Kind.COMMENT);
                }
                start = line;
            }
            previous = line;
        }
        if (start >= 0) {
            add(folds, start, previous, Kind.COMMENT);
        }
    }

    private static void add(Set<Fold> folds, int start, int end, Kind kind) {
        if (end > start) {
            folds.add(new Fold(start, end, kind));
        }
    }
}
