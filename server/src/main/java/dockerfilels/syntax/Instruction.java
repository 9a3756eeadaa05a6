package dockerfilels.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One instruction: its keyword, flags and arguments as BuildKit reads them, with exact ranges.
 * <ul>
 * <li>{@code arguments}: BuildKit's argument values. For the JSON (exec) form they are the
 * decoded strings, ranged on their JSON literals; otherwise the words as written. ENV and LABEL
 * keep theirs in {@code pairs}; ONBUILD keeps its instruction in {@code trigger}; HEALTHCHECK's
 * first argument is its type (CMD, NONE).</li>
 * <li>{@code rest}: the text after the flags, as one word (null when there is none).</li>
 * <li>{@code comments} and {@code emptyContinuationLines}: lines inside the continuation.</li>
 * <li>{@code diagnostics}: what BuildKit would reject in this instruction alone.</li>
 * </ul>
 */
public final class Instruction {
    private final Keyword kind;
    private final Word keyword;
    private final List<Flag> flags;
    private final Word rest;
    private final List<Word> arguments;
    private final boolean json;
    private final List<KeyValue> pairs;
    private final Instruction trigger;
    private final List<Heredoc> heredocs;
    private final List<Comment> comments;
    private final List<TextRange> emptyContinuationLines;
    private final TextRange range;
    private final String text;
    private final List<Diagnostic> diagnostics;
    private final String buildKitError;
    /** Maps offsets of {@link #text} (plus {@code logicalStart}) to unit-relative source positions. */
    private final Locator locator;
    private final int logicalStart;
    private final int lineShift;
    private final int restOffset;
    /** See {@link #cache()}. */
    private volatile Object cache;
    /** See {@link #derived()}. */
    private volatile Object derived;

    Instruction(Builder b) {
        this.kind = b.kind;
        this.keyword = b.keyword;
        this.flags = List.copyOf(b.flags);
        this.rest = b.rest;
        this.arguments = List.copyOf(b.arguments);
        this.json = b.json;
        this.pairs = List.copyOf(b.pairs);
        this.trigger = b.shiftedTrigger != null ? b.shiftedTrigger : b.trigger == null ? null : b.trigger.build();
        this.heredocs = List.copyOf(b.heredocs);
        this.comments = List.copyOf(b.comments);
        this.emptyContinuationLines = List.copyOf(b.emptyContinuationLines);
        this.range = b.range;
        this.text = b.text;
        this.diagnostics = List.copyOf(b.diagnostics);
        this.buildKitError = b.buildKitError;
        this.locator = b.locator;
        this.logicalStart = b.logicalStart;
        this.lineShift = b.lineShift;
        this.restOffset = b.restOffset;
    }

    /** The instruction, or null for a word BuildKit does not know. */
    public Keyword kind() {
        return kind;
    }

    public boolean is(Keyword keyword) {
        return kind == keyword;
    }

    public Word keyword() {
        return keyword;
    }

    public List<Flag> flags() {
        return flags;
    }

    /** The first flag with this name, or null. */
    public Flag flag(String name) {
        for (Flag flag : flags) {
            if (flag.name().equals(name)) {
                return flag;
            }
        }
        return null;
    }

    public Word rest() {
        return rest;
    }

    public List<Word> arguments() {
        return arguments;
    }

    /** Whether the arguments are in JSON (exec) form. */
    public boolean isJson() {
        return json;
    }

    public List<KeyValue> pairs() {
        return pairs;
    }

    public Instruction trigger() {
        return trigger;
    }

    public List<Heredoc> heredocs() {
        return heredocs;
    }

    public List<Comment> comments() {
        return comments;
    }

    public List<TextRange> emptyContinuationLines() {
        return emptyContinuationLines;
    }

    /** From the keyword to the end of the last line the instruction takes (heredoc terminators included). */
    public TextRange range() {
        return range;
    }

    /** The logical text: continuation lines joined as BuildKit joins them, without heredoc bodies. */
    public String text() {
        return text;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * A slot where a later stage keeps what it computed from this instruction alone (the linter
     * keeps its instruction rules' findings here). The instruction itself never changes, and an
     * edit that neither re-parses nor moves it keeps this very object, so the slot stays valid.
     */
    public Object cache() {
        return cache;
    }

    public void cache(Object value) {
        this.cache = value;
    }

    /**
     * A second slot, for a model derived from this instruction alone that several rules or
     * features share (the shell model of RUN keeps its parse here). Same lifetime as {@link #cache()}.
     */
    public Object derived() {
        return derived;
    }

    public void derived(Object value) {
        this.derived = value;
    }

    /**
     * The source range of {@code text().substring(from, to)}: logical offsets mapped back across
     * continuation lines and inner comments. Offsets are clamped to the text.
     */
    public TextRange sourceRange(int from, int to) {
        if (locator == null) {
            return range;
        }
        int start = logicalStart + Math.max(0, Math.min(from, text.length()));
        int end = logicalStart + Math.max(0, Math.min(to, text.length()));
        return locator.range(start, Math.max(start, end)).shift(lineShift);
    }

    /** Where {@link #rest()} starts in {@link #text()}, or -1 when there is no rest. */
    public int restOffset() {
        return restOffset;
    }

    /** The message BuildKit's parser (not the later instruction checks) would stop at here, or null. */
    String buildKitError() {
        return buildKitError;
    }

    public int startLine() {
        return range.start().line();
    }

    public int endLine() {
        return range.end().line();
    }

    /** The same instruction moved by a number of lines. */
    public Instruction shift(int lines) {
        if (lines == 0) {
            return this;
        }
        Builder b = new Builder();
        b.kind = kind;
        b.keyword = keyword.shift(lines);
        flags.forEach(f -> b.flags.add(f.shift(lines)));
        b.rest = rest == null ? null : rest.shift(lines);
        arguments.forEach(a -> b.arguments.add(a.shift(lines)));
        b.json = json;
        pairs.forEach(p -> b.pairs.add(p.shift(lines)));
        b.shiftedTrigger = trigger == null ? null : trigger.shift(lines);
        heredocs.forEach(h -> b.heredocs.add(h.shift(lines)));
        comments.forEach(c -> b.comments.add(c.shift(lines)));
        emptyContinuationLines.forEach(r -> b.emptyContinuationLines.add(r.shift(lines)));
        b.range = range.shift(lines);
        b.text = text;
        diagnostics.forEach(d -> b.diagnostics.add(d.shift(lines)));
        b.buildKitError = buildKitError;
        b.locator = locator;
        b.logicalStart = logicalStart;
        b.lineShift = lineShift + lines;
        b.restOffset = restOffset;
        return new Instruction(b);
    }

    @Override
    public String toString() {
        return range + " " + text;
    }

    /** Collects the parts while the reader works through an instruction. */
    static final class Builder {
        Keyword kind;
        Word keyword;
        final List<Flag> flags = new ArrayList<>();
        Word rest;
        final List<Word> arguments = new ArrayList<>();
        boolean json;
        final List<KeyValue> pairs = new ArrayList<>();
        /** ONBUILD's instruction, still being read. */
        Builder trigger;
        /** ONBUILD's instruction when it is already built (a shifted copy). */
        Instruction shiftedTrigger;
        final List<Heredoc> heredocs = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();
        final List<TextRange> emptyContinuationLines = new ArrayList<>();
        TextRange range;
        String text;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        /** BuildKit's parse error (the first one), if its parser would reject this instruction. */
        String buildKitError;
        Locator locator;
        int logicalStart;
        int lineShift;
        int restOffset = -1;

        /** An error BuildKit finds after parsing, when it turns the instruction into a command. */
        void reject(String message, String code, TextRange at) {
            diagnostics.add(new Diagnostic(at, Severity.ERROR, code, message));
        }

        /** An error BuildKit's parser stops at: a diagnostic, and the parse error if it is the first. */
        void fail(String message, String code, TextRange at) {
            diagnostics.add(new Diagnostic(at, Severity.ERROR, code, message));
            if (buildKitError == null) {
                buildKitError = message;
            }
        }

        Instruction build() {
            return new Instruction(this);
        }
    }
}
