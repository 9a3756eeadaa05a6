package dockerfilels.features.formatting;

import dockerfilels.features.formatting.ContinuationLayout.CodeLine;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Document and range formatting: instruction keywords (and FROM's AS, HEALTHCHECK's CMD and
 * NONE) upper-cased, an instruction's first line unindented, continuation lines indented (see
 * {@link ContinuationLayout}), trailing blanks removed, blank lines emptied. Heredoc bodies and
 * their terminators are never touched, nor a comment's or directive's text, nor lines that a
 * lone carriage return joins (BuildKit reads them as one). Edits are minimal and never join or
 * split lines; formatting twice changes nothing.
 */
public final class Formatter {
    /** What an edit does, so that on-type formatting can take only some kinds. */
    enum Kind { INDENT, CASE, TRAILING }

    record Edit(Kind kind, int line, TextEdit edit) {
    }

    private Formatter() {
    }

    /** The edits that format the whole document, in document order. */
    public static List<TextEdit> document(String text, Dockerfile model, FormatOptions options) {
        return textEdits(plan(text, model, options, 0, Integer.MAX_VALUE));
    }

    /**
     * The edits that format the lines {@code range} touches (a range ending at column 0 of a
     * later line does not take that line), widened to whole instructions: a continuation line's
     * indentation depends on its instruction's other lines, and range formatting stays idempotent.
     */
    public static List<TextEdit> range(String text, Dockerfile model, TextRange range, FormatOptions options) {
        int first = range.start().line();
        int last = range.end().line();
        if (last > first && range.end().character() == 0) {
            last--;
        }
        Instruction atFirst = model.instructionAt(first);
        if (atFirst != null) {
            first = Math.min(first, atFirst.startLine());
        }
        Instruction atLast = model.instructionAt(last);
        if (atLast != null) {
            last = Math.max(last, atLast.endLine());
        }
        return textEdits(plan(text, model, options, first, last));
    }

    private static List<TextEdit> textEdits(List<Edit> edits) {
        return edits.stream().map(Edit::edit).toList();
    }

    /**
     * The formatting edits of the lines from {@code firstLine} to {@code lastLine}, in document
     * order; only the instructions on those lines are looked at, so a keystroke costs its lines.
     */
    static List<Edit> plan(String text, Dockerfile model, FormatOptions options, int firstLine, int lastLine) {
        Lines lines = new Lines(text);
        int count = lines.count();
        int firstPlanned = Math.max(0, firstLine);
        int lastPlanned = Math.min(count - 1, lastLine);
        boolean[] untouched = new boolean[count];
        String[] indents = new String[count];
        List<Edit> caseEdits = new ArrayList<>();
        for (int line = 0; line < count; line++) {
            if (lines.endsWithLoneCr(line)) {
                untouched[line] = true;
                if (line + 1 < count) {
                    untouched[line + 1] = true;
                }
            }
        }
        char escape = model.escape();
        for (Instruction instruction : instructions(model, firstPlanned, lastPlanned)) {
            planInstruction(lines, instruction, escape, options, untouched, indents, caseEdits);
        }
        caseEdits.sort(java.util.Comparator.comparing((Edit e) -> e.edit().range().start()));
        List<Edit> edits = new ArrayList<>();
        int nextCase = 0;
        for (int line = firstPlanned; line <= lastPlanned; line++) {
            if (untouched[line]) {
                while (nextCase < caseEdits.size() && caseEdits.get(nextCase).line() <= line) {
                    nextCase++;
                }
                continue;
            }
            int start = lines.start(line);
            int end = lines.end(line);
            int first = lines.firstNonBlank(line);
            if (first == end) {
                if (end > start) {
                    edits.add(new Edit(Kind.TRAILING, line, edit(lines, start, end, "")));
                }
                continue;
            }
            String indent = indents[line];
            Edit indentEdit = indent != null && !text.substring(start, first).equals(indent)
                    ? new Edit(Kind.INDENT, line, edit(lines, start, first, indent)) : null;
            if (indentEdit != null) {
                edits.add(indentEdit);
            }
            while (nextCase < caseEdits.size() && caseEdits.get(nextCase).line() <= line) {
                Edit e = caseEdits.get(nextCase++);
                if (e.line() != line) {
                    continue;
                }
                if (indentEdit != null && e.edit().range().start().equals(indentEdit.edit().range().end())) {
                    // A keyword right after the new indent: one edit, as LSP edits may not touch.
                    TextEdit merged = new TextEdit(new TextRange(indentEdit.edit().range().start(), e.edit().range().end()),
                            indent + e.edit().newText());
                    edits.set(edits.size() - 1, new Edit(Kind.INDENT, line, merged));
                } else {
                    edits.add(e);
                }
            }
            int last = lines.afterLastNonBlank(line);
            if (last < end) {
                edits.add(new Edit(Kind.TRAILING, line, edit(lines, last, end, "")));
            }
        }
        return edits;
    }

    /** The instructions with a line from {@code first} to {@code last}, in order. */
    private static List<Instruction> instructions(Dockerfile model, int first, int last) {
        List<Instruction> all = model.instructions();
        int low = 0;
        int high = all.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (all.get(mid).endLine() < first) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int end = low;
        while (end < all.size() && all.get(end).startLine() <= last) {
            end++;
        }
        return all.subList(low, end);
    }

    private static void planInstruction(Lines lines, Instruction instruction, char escape, FormatOptions options,
            boolean[] untouched, String[] indents, List<Edit> caseEdits) {
        int startLine = instruction.startLine();
        int endLine = Math.min(instruction.endLine(), lines.count() - 1);
        int lastLogical = endLine;
        for (Heredoc heredoc : instruction.heredocs()) {
            lastLogical = Math.min(lastLogical, heredoc.body().start().line() - 1);
        }
        // Heredoc bodies and terminators are the user's bytes, whatever they hold.
        for (int line = Math.max(startLine, lastLogical + 1); line <= endLine; line++) {
            untouched[line] = true;
        }
        for (int line = startLine; line <= lastLogical; line++) {
            if (untouched[line]) {
                // Lines a lone CR joins: BuildKit reads another instruction than we would format.
                for (int l = startLine; l <= lastLogical; l++) {
                    untouched[l] = true;
                }
                return;
            }
        }
        Word keyword = instruction.keyword();
        int keywordStart = lines.start(startLine) + keyword.range().start().character();
        // At the start of the file a U+FEFF after blanks would become the BOM, which BuildKit drops.
        boolean bom = startLine == 0 && keywordStart < lines.text.length() && lines.text.charAt(keywordStart) == '\uFEFF';
        if (keyword.range().start().line() == startLine && lines.firstNonBlank(startLine) == keywordStart && !bom) {
            indents[startLine] = "";
        }
        upperCase(lines, instruction, caseEdits);
        if (lastLogical == startLine) {
            return;
        }
        if (options.settings().ignoreMultilineInstructions()) {
            for (int line = startLine + 1; line <= lastLogical; line++) {
                untouched[line] = true;
            }
            return;
        }
        Set<Integer> commentLines = new HashSet<>();
        for (Comment comment : instruction.comments()) {
            commentLines.add(comment.range().start().line());
        }
        List<CodeLine> code = new ArrayList<>();
        code.add(new CodeLine(startLine, lines.start(startLine) + keyword.range().start().character()));
        for (int line = startLine + 1; line <= lastLogical; line++) {
            if (!commentLines.contains(line) && !lines.isBlankLine(line)) {
                code.add(new CodeLine(line, lines.start(line)));
            }
        }
        String[] layout = ContinuationLayout.indents(lines, code, escape, options);
        for (int i = 1; i < code.size(); i++) {
            indents[code.get(i).line()] = layout[i];
        }
    }

    /** The keyword, and FROM's AS and HEALTHCHECK's CMD/NONE with it (BuildKit warns when their cases differ). */
    private static void upperCase(Lines lines, Instruction instruction, List<Edit> out) {
        if (instruction.kind() == null) {
            return;
        }
        upperCase(lines, instruction.keyword(), out);
        List<Word> args = instruction.arguments();
        if (instruction.is(Keyword.FROM) && args.size() == 3 && args.get(1).text().equalsIgnoreCase("as")) {
            upperCase(lines, args.get(1), out);
        }
        if (instruction.is(Keyword.HEALTHCHECK) && !args.isEmpty()
                && (args.get(0).text().equalsIgnoreCase("cmd") || args.get(0).text().equalsIgnoreCase("none"))) {
            upperCase(lines, args.get(0), out);
        }
        if (instruction.trigger() != null) {
            upperCase(lines, instruction.trigger(), out);
        }
    }

    /** Upper-cases a word written on one line exactly as the model has it (so never a keyword split by an escape). */
    private static void upperCase(Lines lines, Word word, List<Edit> out) {
        TextRange range = word.range();
        int line = range.start().line();
        if (range.end().line() != line || line >= lines.count()) {
            return;
        }
        int from = lines.start(line) + range.start().character();
        int to = lines.start(line) + range.end().character();
        if (to > lines.end(line) || !lines.text.substring(from, to).equals(word.text())) {
            return;
        }
        String upper = word.text().toUpperCase(Locale.ROOT);
        if (!upper.equals(word.text()) && upper.chars().allMatch(c -> c < 128)) {
            out.add(new Edit(Kind.CASE, line, edit(lines, from, to, upper)));
        }
    }

    private static TextEdit edit(Lines lines, int from, int to, String newText) {
        return new TextEdit(new TextRange(lines.index.position(from), lines.index.position(to)), newText);
    }
}
