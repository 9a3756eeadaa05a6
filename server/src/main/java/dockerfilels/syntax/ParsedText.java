package dockerfilels.syntax;

/**
 * A text and its model, kept as units so that an edit re-parses only what it touches. The
 * text is not stored whole: each unit holds its own part, and the whole is joined on demand.
 */
public final class ParsedText {
    private final UnitList units;
    private final Dockerfile model;
    private volatile String text;

    private ParsedText(UnitList units, String text) {
        this.units = units;
        this.model = Dockerfile.of(units);
        this.text = text;
    }

    public static ParsedText of(String text) {
        return new ParsedText(UnitList.of(Dockerfile.units(text)), text);
    }

    public Dockerfile model() {
        return model;
    }

    public int length() {
        return units.length();
    }

    public String text() {
        String t = text;
        if (t == null) {
            StringBuilder joined = new StringBuilder(units.length());
            for (int i = 0; i < units.size(); i++) {
                joined.append(units.get(i).text);
            }
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
        int unit = units.unitAtLine(position.line());
        int unitLine = position.line() - units.lineOf(unit);
        Unit u = units.get(unit);
        if (unitLine > u.lineBreaks) {
            return units.length();
        }
        LineIndex lines = LineIndex.of(u.text);
        return units.offsetOf(unit) + lines.offset(new TextPosition(unitLine, Math.max(0, position.character())), u.text);
    }

    /** The text with [from, to) replaced; only the units the edit touches are read again. */
    public ParsedText edit(int from, int to, String replacement) {
        int start = Math.max(0, Math.min(from, units.length()));
        int end = Math.max(start, Math.min(to, units.length()));
        return new ParsedText(Reparse.edit(units, start, end, replacement), null);
    }
}
