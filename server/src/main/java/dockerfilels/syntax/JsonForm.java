package dockerfilels.syntax;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dockerfilels.grammar.JsonLexer;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The JSON (exec) form of arguments, as BuildKit's {@code parseJSON} reads it: after leading
 * whitespace the whole text must be one strict JSON value (Go's encoding/json: no comments, no
 * trailing text, nesting at most 10,000 deep), and an array. An array holding anything but
 * strings is a hard error; any other failure means the text is simply not JSON.
 */
final class JsonForm {
    static final String NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only";
    private static final int GO_MAX_DEPTH = 10_000;

    enum Kind { NOT_JSON, NOT_STRINGS, STRINGS }

    /** The outcome; for STRINGS, each element's value and [start, end) offsets in the text. */
    record Result(Kind kind, List<String> values, int[] starts, int[] ends) {
    }

    private static final Result NOT_JSON = new Result(Kind.NOT_JSON, List.of(), new int[0], new int[0]);
    private static final Result NON_STRING = new Result(Kind.NOT_STRINGS, List.of(), new int[0], new int[0]);

    private JsonForm() {
    }

    static Result parse(String text, int from, int to) {
        int start = GoText.skipSpace(text, from, to);
        if (start >= to || text.charAt(start) != '[') {
            return NOT_JSON;
        }
        String json = text.substring(start, to);
        List<String> values = new ArrayList<>();
        boolean onlyStrings;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(GO_MAX_DEPTH);
            reader.beginArray();
            onlyStrings = true;
            while (reader.hasNext()) {
                if (reader.peek() == JsonToken.STRING) {
                    values.add(goString(reader.nextString()));
                } else {
                    onlyStrings = false;
                    reader.skipValue();
                }
            }
            reader.endArray();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return NOT_JSON;
            }
        } catch (IOException | IllegalStateException | NumberFormatException notJson) {
            return NOT_JSON;
        }
        if (!onlyStrings) {
            return NON_STRING;
        }
        return locate(json, start, values);
    }

    /** Finds the string literals of the top-level array, in order, with the JSON lexer. */
    private static Result locate(String json, int offset, List<String> values) {
        JsonLexer lexer = new JsonLexer(Utf16.stream(json));
        lexer.removeErrorListeners();
        int[] starts = new int[values.size()];
        int[] ends = new int[values.size()];
        int depth = 0;
        int found = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            switch (token.getType()) {
                case JsonLexer.OPEN_BRACKET, JsonLexer.OPEN_BRACE -> depth++;
                case JsonLexer.CLOSE_BRACKET, JsonLexer.CLOSE_BRACE -> depth--;
                case JsonLexer.STRING -> {
                    if (depth == 1 && found < starts.length) {
                        starts[found] = offset + token.getStartIndex();
                        ends[found] = offset + token.getStopIndex() + 1;
                        found++;
                    }
                }
                default -> {
                }
            }
        }
        return new Result(Kind.STRINGS, List.copyOf(values), starts, ends);
    }

    /** Go decodes an unpaired surrogate escape (\ud800) as U+FFFD. */
    private static String goString(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!paired && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(paired ? c : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }
}
