package dockerfilels.syntax;

import dockerfilels.shell.HeredocMarker;
import dockerfilels.shell.Heredocs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's line reader (corpus FORMAT.md 3.1-3.4): cuts a text into units (directives,
 * comments, blank lines, instructions with their continuation lines and heredoc bodies) and
 * reads each instruction. Physical lines end at "\n" only, as BuildKit's scanner has it;
 * positions still count "\r" line ends the way LSP clients do.
 */
final class Splitter {
    static final String LINE_TOO_LONG = "dockerfile line greater than max allowed size of 65535";
    private static final int MAX_LINE_BYTES = 65535;

    private final String text;
    private final int end;
    private int pos;
    private SplitState state;
    /** Problems of the unit being read that are not its instruction's: long lines, directives. */
    private List<Diagnostic> unitDiagnostics;
    /** The first parse error BuildKit would stop at in the unit being read. */
    private String unitError;

    private final int documentStart;

    private Splitter(String text, int from, int to, SplitState state, boolean atDocumentStart) {
        this.text = text;
        this.pos = from;
        this.end = to;
        this.state = state;
        this.documentStart = atDocumentStart ? from : -1;
    }

    /** Splits text[from, to) into units, starting in the given state (at the document's start: may skip a BOM). */
    static List<Unit> split(String text, int from, int to, SplitState state, boolean atDocumentStart) {
        Splitter splitter = new Splitter(text, from, to, state, atDocumentStart);
        List<Unit> units = new ArrayList<>();
        while (splitter.pos < splitter.end) {
            units.add(splitter.next());
        }
        return units;
    }

    /** End of the physical line starting at {@code start}: just after its "\n", or the end. */
    private int lineEnd(int start) {
        int nl = text.indexOf('\n', start);
        return nl < 0 || nl >= end ? end : nl + 1;
    }

    /** End of a line's content: its end without the trailing "\r" and "\n" characters. */
    private int contentEnd(int start, int lineEnd) {
        int e = lineEnd;
        while (e > start && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
            e--;
        }
        return e;
    }

    private Unit next() {
        int unitStart = pos;
        int lineEnd = lineEnd(pos);
        int contentEnd = contentEnd(pos, lineEnd);
        int lineStart = pos;
        if (pos == documentStart && lineStart < contentEnd && text.charAt(lineStart) == '\uFEFF') {
            lineStart++;
        }
        unitDiagnostics = new ArrayList<>();
        unitError = null;
        checkLine(lineStart, contentEnd, unitStart);
        int t = GoText.skipSpace(text, lineStart, contentEnd);

        if (state.directivesOpen()) {
            Unit directive = directive(unitStart, lineEnd, t, contentEnd);
            if (directive != null) {
                return directive;
            }
            state = state.afterDirectives();
        }

        boolean comment = t < contentEnd && text.charAt(t) == '#';
        if (comment) {
            pos = lineEnd;
            Comment c = new Comment(text.substring(t + 1, contentEnd), relativeRange(unitStart, lineEnd, t, contentEnd));
            return unit(Unit.Kind.COMMENT, unitStart, null, c, null, unitError, false);
        }
        int continuation = continuation(t, contentEnd);
        if (continuation < 0 && t == contentEnd) {
            pos = lineEnd;
            return unit(Unit.Kind.BLANK, unitStart, null, null, null, unitError, false);
        }
        return instruction(unitStart, t, contentEnd, lineEnd, continuation);
    }

    private Unit instruction(int unitStart, int t, int contentEnd, int lineEnd, int continuation) {
        SourceMap.Builder logical = new SourceMap.Builder();
        logical.append(text, t, continuation < 0 ? contentEnd : continuation, unitStart);
        List<int[]> commentLines = new ArrayList<>();
        List<int[]> emptyLines = new ArrayList<>();
        int lastContentEnd = contentEnd;
        boolean open = continuation >= 0;
        pos = lineEnd;
        while (open && pos < end) {
            int ls = pos;
            int le = lineEnd(ls);
            int ce = contentEnd(ls, le);
            checkLine(ls, ce, unitStart);
            int first = GoText.skipSpace(text, ls, ce);
            pos = le;
            lastContentEnd = ce;
            if (first < ce && text.charAt(first) == '#') {
                commentLines.add(new int[] {first, ce});
                continue;
            }
            if (first == ce) {
                emptyLines.add(new int[] {ls, ce});
                continue;
            }
            int c = continuation(ls, ce);
            logical.append(text, ls, c < 0 ? ce : c, unitStart);
            open = c >= 0;
        }
        boolean cutShort = open;
        String logicalText = logical.text();
        SourceMap map = logical.build();
        LineIndex headLines = LineIndex.of(text.subSequence(unitStart, pos));
        Locator locator = new Locator(map, headLines);
        Instruction.Builder b = new InstructionReader(logicalText, state.escape(), locator).read(0, logicalText.length());
        for (int[] c : commentLines) {
            b.comments.add(new Comment(text.substring(c[0] + 1, c[1]), relativeRange(headLines, unitStart, c[0], c[1])));
        }
        for (int[] e : emptyLines) {
            b.emptyContinuationLines.add(relativeRange(headLines, unitStart, e[0], e[1]));
        }
        if (heredocsAllowed(b) && logicalText.contains("<<")) {
            lastContentEnd = heredocs(b, logicalText, locator, unitStart, lastContentEnd);
            cutShort |= b.heredocs.stream().anyMatch(h -> !h.terminated());
        }
        LineIndex unitLines = LineIndex.of(text.subSequence(unitStart, pos));
        b.range = new TextRange(b.keyword.range().start(), unitLines.position(lastContentEnd - unitStart));
        InstructionChecks.check(b);
        Instruction instruction = b.build();
        String instructionError = instruction.buildKitError();
        return unit(Unit.Kind.INSTRUCTION, unitStart, null, null, instruction,
                unitError != null ? unitError : instructionError, cutShort);
    }

    private static boolean heredocsAllowed(Instruction.Builder b) {
        Instruction.Builder target = b;
        if (b.kind == Keyword.ONBUILD) {
            target = b.trigger;
        }
        return target != null && target.kind != null && target.kind.allowsHeredocs() && !target.json;
    }

    /** Reads the bodies of the heredocs the instruction line opens. Returns the end of the last line read. */
    private int heredocs(Instruction.Builder b, String logicalText, Locator locator, int unitStart, int lastContentEnd) {
        List<HeredocMarker> markers = Heredocs.fromLine(logicalText);
        List<int[]> spans = new ArrayList<>();
        for (HeredocMarker marker : markers) {
            int bodyStart = pos;
            StringBuilder content = new StringBuilder();
            int[] terminator = null;
            while (pos < end) {
                int ls = pos;
                int le = lineEnd(ls);
                int ce = contentEnd(ls, le);
                checkLine(ls, ce, unitStart);
                pos = le;
                lastContentEnd = ce;
                int candidate = ls;
                if (marker.chomp()) {
                    while (candidate < ce && text.charAt(candidate) == '\t') {
                        candidate++;
                    }
                }
                if (text.regionMatches(candidate, marker.name(), 0, marker.name().length())
                        && ce - candidate == marker.name().length()) {
                    terminator = new int[] {ls, ce};
                    break;
                }
                content.append(text, ls, ce).append('\n');
            }
            int bodyEnd = terminator == null ? pos : terminator[0];
            spans.add(new int[] {bodyStart, bodyEnd, terminator == null ? -1 : terminator[0], terminator == null ? -1 : terminator[1]});
            b.heredocs.add(new Heredoc(marker.name(), Math.max(marker.fd(), 0), marker.chomp(),
                    marker.expand(), locator.word(logicalText, marker.start(), marker.end()), content.toString(),
                    null, null));
        }
        // Body ranges need the unit's final line index, known only now.
        LineIndex lines = LineIndex.of(text.subSequence(unitStart, pos));
        for (int i = 0; i < b.heredocs.size(); i++) {
            Heredoc h = b.heredocs.get(i);
            int[] s = spans.get(i);
            TextRange body = new TextRange(lines.position(s[0] - unitStart), lines.position(s[1] - unitStart));
            TextRange terminator = s[2] < 0 ? null : new TextRange(lines.position(s[2] - unitStart), lines.position(s[3] - unitStart));
            b.heredocs.set(i, new Heredoc(h.name(), h.fileDescriptor(), h.chomp(), h.expand(), h.marker(), h.content(), body, terminator));
            if (terminator == null) {
                b.fail("unterminated heredoc", "UnterminatedHeredoc", h.marker().range());
            }
        }
        return lastContentEnd;
    }

    /**
     * BuildKit's continuation test on text[from, to): it continues when its last character
     * other than spaces and tabs is the escape character and the one before is not (or it is
     * alone). Returns where the kept text ends, or -1 when the line does not continue.
     */
    private int continuation(int from, int to) {
        char escape = state.escape();
        int j = to - 1;
        while (j >= from && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        if (j < from || text.charAt(j) != escape) {
            return -1;
        }
        if (j == from) {
            return from;
        }
        return text.charAt(j - 1) == escape ? -1 : j;
    }

    /**
     * A parser directive, {@code # key=value} with key syntax, escape or check (any case), or
     * null when the line is not one (which ends the directives for good).
     */
    private Unit directive(int unitStart, int lineEnd, int t, int contentEnd) {
        if (t >= contentEnd || text.charAt(t) != '#') {
            return null;
        }
        int i = GoText.skipSpace(text, t + 1, contentEnd);
        int keyStart = i;
        if (i >= contentEnd || !isAsciiLetter(text.charAt(i))) {
            return null;
        }
        while (i < contentEnd && (isAsciiLetter(text.charAt(i)) || (text.charAt(i) >= '0' && text.charAt(i) <= '9'))) {
            i++;
        }
        int keyEnd = i;
        while (i < contentEnd && isRegexpSpace(text.charAt(i))) {
            i++;
        }
        if (i >= contentEnd || text.charAt(i) != '=') {
            return null;
        }
        int valueStart = i + 1;
        while (valueStart < contentEnd && isRegexpSpace(text.charAt(valueStart))) {
            valueStart++;
        }
        int valueEnd = contentEnd;
        while (valueEnd > valueStart && isRegexpSpace(text.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        String key = text.substring(keyStart, keyEnd).toLowerCase(java.util.Locale.ROOT);
        if (valueEnd <= valueStart || !(key.equals("syntax") || key.equals("escape") || key.equals("check"))) {
            return null;
        }
        String value = text.substring(valueStart, valueEnd);
        pos = lineEnd;
        LineIndex lines = LineIndex.of(text.subSequence(unitStart, lineEnd));
        TextRange keyRange = relativeRange(lines, unitStart, keyStart, keyEnd);
        TextRange valueRange = relativeRange(lines, unitStart, valueStart, valueEnd);
        Directive directive = new Directive(key, value, keyRange, valueRange, relativeRange(lines, unitStart, t, contentEnd));
        char escape = state.escape();
        Set<String> seen = new HashSet<>(state.directivesSeen());
        if (!seen.add(key)) {
            String message = "only one " + key + " parser directive can be used";
            problem(keyRange, Severity.ERROR, "DuplicateDirective", message, true);
        } else if (key.equals("escape")) {
            if (value.equals("`") || value.equals("\\")) {
                escape = value.charAt(0);
            } else {
                String message = "invalid escape token '" + value + "' does not match ` or \\";
                problem(valueRange, Severity.ERROR, "InvalidEscapeDirective", message, true);
            }
        }
        state = new SplitState(escape, true, Set.copyOf(seen));
        return unit(Unit.Kind.DIRECTIVE, unitStart, directive, null, null, unitError, false);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Go's regexp {@code \s}: what may surround '=' and end a directive. */
    private static boolean isRegexpSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /**
     * Checks one physical line, text[from, to) without its line break: BuildKit's scanner refuses
     * a line of 64 KiB or more (counted in UTF-8 bytes); and a lone carriage return does not end
     * a line for BuildKit (only "\n" does), though an editor shows a new line there.
     */
    private void checkLine(int from, int to, int unitStart) {
        int chars = to - from;
        if (chars > MAX_LINE_BYTES / 3) {
            long bytes = chars <= MAX_LINE_BYTES ? text.substring(from, to).getBytes(StandardCharsets.UTF_8).length : chars;
            if (bytes >= MAX_LINE_BYTES) {
                TextPosition start = LineIndex.of(text.subSequence(unitStart, to)).position(from - unitStart);
                problem(new TextRange(start, start), Severity.ERROR, "LineTooLong", LINE_TOO_LONG, true);
            }
        }
        int cr = from;
        while (cr < to && text.charAt(cr) != '\r') {
            cr++;
        }
        if (cr < to && unitDiagnostics.stream().noneMatch(d -> d.code().equals("LoneCarriageReturn"))) {
            LineIndex lines = LineIndex.of(text.subSequence(unitStart, cr + 1));
            problem(new TextRange(lines.position(cr - unitStart), lines.position(cr - unitStart)), Severity.WARNING,
                    "LoneCarriageReturn", LONE_CR, false);
        }
    }

    static final String LONE_CR = "a carriage return (\\r) alone does not end a line for BuildKit: "
            + "it reads this line and the next as one (use \\n or \\r\\n line ends)";

    private void problem(TextRange range, Severity severity, String code, String message, boolean parseError) {
        unitDiagnostics.add(new Diagnostic(range, severity, code, message));
        if (parseError && unitError == null) {
            unitError = message;
        }
    }

    private TextRange relativeRange(int unitStart, int unitEnd, int from, int to) {
        return relativeRange(LineIndex.of(text.subSequence(unitStart, unitEnd)), unitStart, from, to);
    }

    private static TextRange relativeRange(LineIndex lines, int unitStart, int from, int to) {
        return new TextRange(lines.position(from - unitStart), lines.position(to - unitStart));
    }

    private Unit unit(Unit.Kind kind, int unitStart, Directive directive, Comment comment, Instruction instruction,
            String error, boolean cutShort) {
        String unitText = text.substring(unitStart, pos);
        int breaks = LineIndex.of(unitText).lineCount() - 1;
        return new Unit(kind, unitText, breaks, directive, comment, instruction, unitDiagnostics, error, state, cutShort);
    }
}
