package dockerfilels.features.navigation;

import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Heredoc delimiters: the name in the {@code <<EOF} marker (its definition) and the terminator line. */
final class HeredocOccurrences {
    private HeredocOccurrences() {
    }

    static void collect(Model model, List<Occurrence> out) {
        for (Instruction instruction : model.dockerfile().instructions()) {
            collect(model, instruction, out);
            if (instruction.trigger() != null) {
                collect(model, instruction.trigger(), out);
            }
        }
    }

    private static void collect(Model model, Instruction instruction, List<Occurrence> out) {
        for (Heredoc heredoc : instruction.heredocs()) {
            TextRange marker = markerName(heredoc);
            TextRange terminator = terminatorName(model, heredoc);
            String fixed = marker == null ? "the heredoc name is written with escapes or across lines" : null;
            Symbol symbol = new Symbol(Symbol.Kind.HEREDOC, heredoc.name(), heredoc, fixed);
            TextRange definition = marker != null ? marker : heredoc.marker().range();
            List<TextRange> targets = List.of(definition);
            out.add(new Occurrence(symbol, definition, true, marker != null, targets));
            if (terminator != null) {
                out.add(new Occurrence(symbol, terminator, false, true, targets));
            }
        }
    }

    /** The name inside the marker word ({@code EOF} of {@code 3<<-"EOF"}), or null when it is not written as is. */
    static TextRange markerName(Heredoc heredoc) {
        String text = heredoc.marker().text();
        TextRange range = heredoc.marker().range();
        int lt = text.indexOf("<<");
        int at = lt < 0 ? -1 : text.indexOf(heredoc.name(), lt + 2);
        if (at < 0 || heredoc.name().isEmpty() || range.start().line() != range.end().line()
                || range.end().character() - range.start().character() != text.length()) {
            return null;
        }
        // Only quotes may surround the name: anything else (an escape inside it) means it is not written as is.
        String around = text.substring(lt + 2, at) + text.substring(at + heredoc.name().length());
        if (!around.replace("-", "").replace("\"", "").replace("'", "").isBlank()) {
            return null;
        }
        int line = range.start().line();
        int col = range.start().character() + at;
        return TextRange.of(line, col, line, col + heredoc.name().length());
    }

    /** The name on the terminator line, after the tabs {@code <<-} allows. */
    static TextRange terminatorName(Model model, Heredoc heredoc) {
        if (heredoc.terminator() == null) {
            return null;
        }
        int line = heredoc.terminator().start().line();
        String text = model.line(line);
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\t') {
            start++;
        }
        if (!text.startsWith(heredoc.name(), start)) {
            return null;
        }
        return TextRange.of(line, start, line, start + heredoc.name().length());
    }

    /** The body's lines, as numbers (the terminator line not included). */
    static List<Integer> bodyLines(Heredoc heredoc) {
        List<Integer> lines = new ArrayList<>();
        TextRange body = heredoc.body();
        int last = heredoc.terminator() != null ? heredoc.terminator().start().line() - 1
                : body.end().character() == 0 ? body.end().line() - 1 : body.end().line();
        for (int line = body.start().line(); line <= last; line++) {
            lines.add(line);
        }
        return lines;
    }
}
