package dockerfilels.features.cursor;

import dockerfilels.semantics.Stages;
import dockerfilels.semantics.Variables;
import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.Word;

/**
 * Where a cursor is in a Dockerfile, as completion, hover and signature help need it: the line
 * around it, the whitespace-separated word it is in, the instruction (an ONBUILD's trigger once
 * the cursor is past ONBUILD), and whether it is in a comment, a directive or a heredoc body.
 * Built from the text and the model of one snapshot; the stages and variables are computed on
 * first use. Never throws, whatever the position.
 */
public final class CursorContext {
    private final Dockerfile model;
    private final TextPosition position;
    private final String line;
    private final int column;
    private final int wordStart;
    private final Instruction outer;
    private final Instruction instruction;
    private final boolean outside;
    private Stages stages;
    private Variables variables;

    private CursorContext(Dockerfile model, String text, TextPosition requested) {
        this.model = model;
        LineIndex index = lineIndex(text);
        int lineNumber = Math.max(0, Math.min(requested.line(), index.lineCount() - 1));
        int start = index.lineStart(lineNumber);
        this.line = text.substring(start, index.contentEnd(lineNumber, text));
        this.column = Math.max(0, Math.min(requested.character(), line.length()));
        this.position = new TextPosition(lineNumber, column);
        this.outside = !position.equals(requested);
        int w = column;
        while (w > 0 && !Character.isWhitespace(line.charAt(w - 1)) && line.charAt(w - 1) != '\uFEFF') {
            w--;
        }
        this.wordStart = w;
        this.outer = instructionAt(model, lineNumber);
        this.instruction = effective(outer, position);
    }

    public static CursorContext of(Dockerfile model, String text, TextPosition position) {
        return new CursorContext(model, text, position);
    }

    /** The line index of the text asked about last: requests on one snapshot share its text object. */
    private record Indexed(String text, LineIndex index) {
    }

    private static volatile Indexed last;

    private static LineIndex lineIndex(String text) {
        Indexed cached = last;
        if (cached != null && cached.text() == text) {
            return cached.index();
        }
        LineIndex index = LineIndex.of(text);
        last = new Indexed(text, index);
        return index;
    }

    /**
     * The instruction whose lines include {@code line}; a heredoc left open takes every line after
     * it (they are its body as soon as the user types them).
     */
    private static Instruction instructionAt(Dockerfile model, int line) {
        Instruction at = model.instructionAt(line);
        if (at != null) {
            return at;
        }
        java.util.List<Instruction> all = model.instructions();
        if (!all.isEmpty()) {
            Instruction last = all.get(all.size() - 1);
            Instruction owner = last.trigger() != null ? last.trigger() : last;
            if (last.endLine() < line && owner.heredocs().stream().anyMatch(h -> !h.terminated())) {
                return last;
            }
        }
        return null;
    }

    /** ONBUILD's trigger when the cursor is past the ONBUILD keyword, else the instruction itself. */
    private static Instruction effective(Instruction instruction, TextPosition position) {
        Instruction current = instruction;
        while (current != null && current.is(Keyword.ONBUILD) && current.trigger() != null
                && !current.keyword().range().touches(position)) {
            current = current.trigger();
        }
        return current;
    }

    public Dockerfile model() {
        return model;
    }

    /** Whether the requested position was outside the text (and was clamped into it). */
    public boolean outside() {
        return outside;
    }

    /** The cursor, clamped into the text. */
    public TextPosition position() {
        return position;
    }

    /** The whole line the cursor is on, without its line break. */
    public String line() {
        return line;
    }

    /** The cursor's column on its line. */
    public int column() {
        return column;
    }

    /** The line up to the cursor. */
    public String before() {
        return line.substring(0, column);
    }

    /** The line from the cursor on. */
    public String after() {
        return line.substring(column);
    }

    /** Where the whitespace-separated word the cursor ends starts, on this line. */
    public int wordStart() {
        return wordStart;
    }

    /** Where the current word ends on this line (at or after the cursor). */
    public int wordEnd() {
        int end = column;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The part of the current word before the cursor. */
    public String word() {
        return line.substring(wordStart, column);
    }

    /** The position of a column on the cursor's line. */
    public TextPosition at(int lineColumn) {
        return new TextPosition(position.line(), lineColumn);
    }

    /** The instruction at the cursor (an ONBUILD's trigger once past ONBUILD), or null. */
    public Instruction instruction() {
        return instruction;
    }

    /** The instruction whose lines include the cursor, ONBUILD itself for a trigger. */
    public Instruction outerInstruction() {
        return outer;
    }

    /** Whether the cursor is on or right after the keyword of the instruction (or there is none yet). */
    public boolean inKeyword() {
        if (instruction == null) {
            return line.substring(0, wordStart).replace("\uFEFF", "").isBlank();
        }
        return instruction.keyword().range().touches(position)
                || (outer != instruction && instruction.keyword().range().start().equals(position));
    }

    /** The directive on the cursor's line, or null. */
    public Directive directive() {
        for (Directive directive : model.directives()) {
            if (directive.range().start().line() == position.line()) {
                return directive;
            }
        }
        return null;
    }

    /** Whether the cursor's line is a comment (between instructions or inside a continuation). */
    public boolean inComment() {
        if (heredoc() != null) {
            return false;
        }
        for (Comment comment : model.comments()) {
            if (comment.range().start().line() == position.line()) {
                return true;
            }
        }
        if (outer != null) {
            for (Comment comment : outer.comments()) {
                if (comment.range().start().line() == position.line()) {
                    return true;
                }
            }
        }
        return outer == null && line.stripLeading().startsWith("#");
    }

    /** Whether the cursor's line is at the top of the file where parser directives may still be. */
    public boolean inDirectiveArea() {
        if (!line.stripLeading().startsWith("#")) {
            return false;
        }
        java.util.List<Instruction> all = model.instructions();
        if (!all.isEmpty() && all.get(0).startLine() <= position.line()) {
            return false;
        }
        for (Comment comment : model.comments()) {
            if (comment.range().start().line() < position.line()) {
                return false;
            }
        }
        return true;
    }

    /** The heredoc whose body holds the cursor's line (the terminator line included), or null. */
    public Heredoc heredoc() {
        if (outer == null) {
            return null;
        }
        Instruction owner = outer.trigger() != null ? outer.trigger() : outer;
        for (Heredoc heredoc : owner.heredocs()) {
            int first = heredoc.marker().range().end().line() + 1;
            int last = heredoc.terminated() ? heredoc.terminator().start().line() : Integer.MAX_VALUE;
            if (position.line() >= Math.max(first, heredoc.body().start().line()) && position.line() <= last
                    && position.line() > heredoc.marker().range().end().line()) {
                return heredoc;
            }
        }
        return null;
    }

    /**
     * Whether the current word is among the instruction's leading flags: no argument starts
     * before it. True for an empty word right after the keyword.
     */
    public boolean inFlags() {
        if (instruction == null || inKeyword()) {
            return false;
        }
        TextPosition wordPosition = at(wordStart);
        for (Word argument : instruction.arguments()) {
            if (argument.range().start().isBefore(wordPosition)) {
                return false;
            }
        }
        return instruction.heredocs().stream().noneMatch(h -> h.marker().range().start().isBefore(wordPosition));
    }

    /** The flag whose word the cursor is in (or right after), or null. */
    public Flag flag() {
        if (instruction == null) {
            return null;
        }
        for (Flag flag : instruction.flags()) {
            if (flag.range().touches(position) && !flag.range().start().equals(position)) {
                return flag;
            }
        }
        return null;
    }

    /** How many arguments end before the current word: the index of the argument being written. */
    public int argumentIndex() {
        if (instruction == null) {
            return 0;
        }
        TextPosition wordPosition = at(wordStart);
        int index = 0;
        for (Word argument : instruction.arguments()) {
            if (argument.range().end().isBefore(wordPosition)) {
                index++;
            }
        }
        return index;
    }

    /** The arguments that end before the current word. */
    public java.util.List<Word> argumentsBefore() {
        return instruction == null ? java.util.List.of() : instruction.arguments().subList(0, argumentIndex());
    }

    /** The argument the cursor is in or right after, or null. */
    public Word argument() {
        if (instruction == null) {
            return null;
        }
        for (Word argument : instruction.arguments()) {
            if (argument.range().touches(position)) {
                return argument;
            }
        }
        return null;
    }

    public Stages stages() {
        if (stages == null) {
            stages = Stages.of(model);
        }
        return stages;
    }

    public Variables variables() {
        if (variables == null) {
            variables = Variables.of(model, stages());
        }
        return variables;
    }

    /** The escape character of the file. */
    public char escape() {
        return model.escape();
    }
}
