package dockerfilels.syntax;

import java.util.List;

/**
 * A text and its model, kept as units so that an edit re-parses only what it touches. The
 * text is not stored whole: each unit holds its own part, and the whole is joined on demand.
 */
public final class ParsedText {
    private final List<Unit> units;
    private final int[] unitStarts;
    private final int length;
    private final Dockerfile model;
    private volatile String text;

    private ParsedText(List<Unit> units, String text) {
        this.units = units;
        this.unitStarts = new int[units.size()];
        int offset = 0;
        for (int i = 0; i < units.size(); i++) {
            unitStarts[i] = offset;
            offset += units.get(i).text.length();
        }
        this.length = offset;
        this.model = Dockerfile.of(units);
        this.text = text;
    }

    public static ParsedText of(String text) {
        return new ParsedText(Dockerfile.units(text), text);
    }

    public Dockerfile model() {
        return model;
    }

    public int length() {
        return length;
    }

    public String text() {
        String t = text;
        if (t == null) {
            StringBuilder joined = new StringBuilder(length);
            units.forEach(u -> joined.append(u.text));
            t = joined.toString();
            text = t;
        }
        return t;
    }

    /** The offset of an LSP position, clamped into the text (a column past a line's end means its end). */
    public int offset(TextPosition position) {
        if (units.isEmpty() || position.line() < 0) {
            return 0;
        }
        int unit = model.unitAtLine(position.line());
        int unitLine = position.line() - model.startLine(unit);
        Unit u = units.get(unit);
        if (unitLine > u.lineBreaks) {
            return length;
        }
        LineIndex lines = LineIndex.of(u.text);
        return unitStarts[unit] + lines.offset(new TextPosition(unitLine, Math.max(0, position.character())), u.text);
    }

    /** The text with [from, to) replaced; only the units the edit touches are read again. */
    public ParsedText edit(int from, int to, String replacement) {
        int start = Math.max(0, Math.min(from, length));
        int end = Math.max(start, Math.min(to, length));
        List<Unit> edited = Reparse.edit(units, unitStarts, length, start, end, replacement);
        return new ParsedText(edited, null);
    }
}
