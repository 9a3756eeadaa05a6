package dockerfilels.rules.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a {@code --mount} or {@code --device} value, read as BuildKit reads them (one CSV
 * record: {@code ,}-separated, a field may be double-quoted with {@code ""} for a quote), with each
 * field's offsets in the value so that a finding can point at the field, its key or its value.
 */
final class CsvFields {

    /**
     * One field. {@code start}/{@code end} span the field as written; {@code keyEnd} and
     * {@code valueStart} are the offsets of the key's end and the value's start when the field is
     * unquoted and has an {@code =} (otherwise -1).
     */
    record Field(String text, int start, int end, boolean quoted) {

        boolean hasValue() {
            return text.indexOf('=') >= 0;
        }

        /** The key as written (before the first "="), or the whole field. */
        String key() {
            int eq = text.indexOf('=');
            return eq < 0 ? text : text.substring(0, eq);
        }

        String value() {
            int eq = text.indexOf('=');
            return eq < 0 ? null : text.substring(eq + 1);
        }

        /** Offsets of the key in the written value: exact for an unquoted field, the whole field otherwise. */
        int[] keySpan() {
            return quoted ? new int[] {start, end} : new int[] {start, start + key().length()};
        }

        int[] valueSpan() {
            return quoted || !hasValue() ? new int[] {start, end} : new int[] {start + key().length() + 1, end};
        }

        int[] span() {
            return new int[] {start, end};
        }
    }

    private CsvFields() {
    }

    /** The fields, or null when the value is not one well-formed CSV record (BuildKit fails on it; we stay silent). */
    static List<Field> parse(String value) {
        List<Field> fields = new ArrayList<>();
        if (value.isEmpty()) {
            return null;
        }
        int pos = 0;
        int n = value.length();
        while (true) {
            int start = pos;
            if (pos < n && value.charAt(pos) == '"') {
                StringBuilder text = new StringBuilder();
                pos++;
                while (true) {
                    if (pos >= n) {
                        return null; // extraneous or missing " in quoted-field
                    }
                    char c = value.charAt(pos);
                    if (c == '"') {
                        if (pos + 1 < n && value.charAt(pos + 1) == '"') {
                            text.append('"');
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    text.append(c);
                    pos++;
                }
                if (pos < n && value.charAt(pos) != ',') {
                    return null;
                }
                fields.add(new Field(text.toString(), start, pos, true));
            } else {
                while (pos < n && value.charAt(pos) != ',') {
                    if (value.charAt(pos) == '"' || value.charAt(pos) == '\n' || value.charAt(pos) == '\r') {
                        return null; // bare " in non-quoted-field
                    }
                    pos++;
                }
                fields.add(new Field(value.substring(start, pos), start, pos, false));
            }
            if (pos >= n) {
                return fields;
            }
            pos++; // the comma
        }
    }
}
