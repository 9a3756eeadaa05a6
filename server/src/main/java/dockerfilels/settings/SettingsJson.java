package dockerfilels.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the {@code dockerfile-ls} settings object with Gson, tolerantly: a value of the wrong
 * type or an unknown level costs only that value, with one warning naming it (as LemMinX's
 * fault-tolerant factory does), never the rest of the settings.
 *
 * <pre>{"rules": {"MaintainerDeprecated": "off"}, "categories": {"buildkit-check": "error"}, "buildContext": ".."}</pre>
 */
public final class SettingsJson {
    /** The section name in client settings and in {@code workspace/configuration}. */
    public static final String SECTION = "dockerfile-ls";
    private static final String LEVELS = "off, hint, info, warning, error";

    /** The Gson shape of the settings object; absent or unreadable fields stay null. */
    static final class Pojo {
        Map<String, JsonElement> rules;
        Map<String, JsonElement> categories;
        String buildContext;
    }

    private SettingsJson() {
    }

    /**
     * Our section of what a client sends: {@code {"settings": {"dockerfile-ls": {...}}}} (initialization
     * options), {@code {"dockerfile-ls": {...}}} (didChangeConfiguration), or the object itself.
     * Null when there is nothing (JSON null or absent).
     */
    public static JsonElement section(JsonElement envelope) {
        JsonElement current = envelope;
        if (current != null && current.isJsonObject() && current.getAsJsonObject().has("settings")
                && current.getAsJsonObject().get("settings").isJsonObject()) {
            current = current.getAsJsonObject().get("settings");
        }
        if (current != null && current.isJsonObject() && current.getAsJsonObject().has(SECTION)) {
            current = current.getAsJsonObject().get(SECTION);
        }
        return current == null || current.isJsonNull() ? null : current;
    }

    /** The settings in {@code json} (our section, see {@link #section}); problems go to {@code warnings}. */
    public static LintSettings read(JsonElement json, Consumer<String> warnings) {
        JsonElement section = section(json);
        if (section == null) {
            return LintSettings.DEFAULT;
        }
        if (!section.isJsonObject()) {
            warnings.accept("expected an object, not " + brief(section) + "; ignored");
            return LintSettings.DEFAULT;
        }
        Gson gson = new GsonBuilder()
                .registerTypeAdapterFactory(new TolerantFactory(warnings))
                .create();
        Pojo pojo;
        try {
            pojo = gson.fromJson(section, Pojo.class);
        } catch (JsonParseException | IllegalStateException e) {
            warnings.accept(e.getMessage() + "; ignored");
            return LintSettings.DEFAULT;
        }
        if (pojo == null) {
            return LintSettings.DEFAULT;
        }
        String buildContext = pojo.buildContext == null || pojo.buildContext.isBlank() ? null : pojo.buildContext;
        return new LintSettings(levels("rules", pojo.rules, warnings), levels("categories", pojo.categories, warnings),
                buildContext);
    }

    /** Reads settings from JSON text (lenient: comments are allowed); null text is no settings. */
    public static LintSettings read(String text, String origin, Consumer<String> warnings) {
        JsonElement json;
        try {
            json = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            warnings.accept(origin + ": not JSON (" + e.getMessage() + "); ignored");
            return LintSettings.DEFAULT;
        }
        return read(json, message -> warnings.accept(origin + ": " + message));
    }

    /** The levels of a name-to-level object; a value that is not a level is reported and dropped. */
    private static Map<String, RuleLevel> levels(String field, Map<String, JsonElement> read, Consumer<String> warnings) {
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        if (read == null) {
            return levels;
        }
        read.forEach((name, value) -> {
            if (name == null || value == null || value.isJsonNull()) {
                return;
            }
            boolean isString = value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            RuleLevel level = isString ? RuleLevel.parse(value.getAsString()) : null;
            if (level != null) {
                levels.put(name.strip(), level);
            } else if (isString) {
                warnings.accept(field + "." + name + ": '" + value.getAsString() + "' is not one of " + LEVELS + "; ignored");
            } else {
                warnings.accept(field + "." + name + ": expected one of " + LEVELS + ", not " + brief(value) + "; ignored");
            }
        });
        return levels;
    }

    /** Where the reader stands, as a settings path: {@code rules.FromAsCasing}. */
    private static String where(JsonReader in) {
        String path = in.getPath();
        return path.startsWith("$.") ? path.substring(2) : path;
    }

    /**
     * Wraps every adapter: a value of the wrong JSON kind (an array where an object belongs, an
     * object where a string belongs) is skipped whole, reported with its path, and read as null,
     * so the values around it are still read.
     */
    private static final class TolerantFactory implements TypeAdapterFactory {
        private final Consumer<String> warnings;

        TolerantFactory(Consumer<String> warnings) {
            this.warnings = warnings;
        }

        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<?> raw = type.getRawType();
            if (JsonElement.class.isAssignableFrom(raw)) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    delegate.write(out, value);
                }

                @Override
                public T read(JsonReader in) throws IOException {
                    JsonToken token = in.peek();
                    if (token == JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    String expected = expected(raw, token);
                    if (expected != null) {
                        String path = where(in);
                        JsonElement skipped = JsonParser.parseReader(in);
                        warnings.accept(path + ": expected " + expected + ", not " + brief(skipped) + "; ignored");
                        return null;
                    }
                    return delegate.read(in);
                }
            };
        }

        /** What {@code raw} needs when {@code token} is not it, else null. */
        private static String expected(Class<?> raw, JsonToken token) {
            if (raw == String.class) {
                boolean scalar = token == JsonToken.STRING || token == JsonToken.NUMBER || token == JsonToken.BOOLEAN;
                return scalar ? null : "a string";
            }
            if (Map.class.isAssignableFrom(raw) || raw == Pojo.class) {
                return token == JsonToken.BEGIN_OBJECT ? null : "an object";
            }
            return null;
        }
    }

    private static String brief(JsonElement tree) {
        String text = tree.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /**
     * The {@code formatting} object of the settings in {@code json} (our section, see
     * {@link #section}): {@code {"continuationIndent": 4, "ignoreMultilineInstructions": true}}.
     * A value of the wrong kind or out of range costs only itself, with a warning naming it.
     */
    public static FormattingSettings formatting(JsonElement json, Consumer<String> warnings) {
        return formatting(json, FormattingSettings.DEFAULT, warnings);
    }

    /** The {@code formatting} object of {@code json} over {@code base}: a key it does not set keeps base's value. */
    public static FormattingSettings formatting(JsonElement json, FormattingSettings base, Consumer<String> warnings) {
        JsonElement section = section(json);
        if (section == null || !section.isJsonObject() || !section.getAsJsonObject().has("formatting")) {
            return base;
        }
        JsonElement formatting = section.getAsJsonObject().get("formatting");
        if (formatting.isJsonNull()) {
            return base;
        }
        if (!formatting.isJsonObject()) {
            warnings.accept("formatting: expected an object, not " + brief(formatting) + "; ignored");
            return base;
        }
        JsonElement indent = formatting.getAsJsonObject().get("continuationIndent");
        Integer continuationIndent = base.continuationIndent();
        if (indent != null && !indent.isJsonNull()) {
            boolean number = indent.isJsonPrimitive() && indent.getAsJsonPrimitive().isNumber();
            double value = number ? indent.getAsDouble() : -1;
            if (number && value == Math.rint(value) && value >= 0 && value <= FormattingSettings.MAX_INDENT) {
                continuationIndent = (int) value;
            } else {
                warnings.accept("formatting.continuationIndent: expected a number of spaces from 0 to "
                        + FormattingSettings.MAX_INDENT + ", not " + brief(indent) + "; ignored");
            }
        }
        JsonElement ignore = formatting.getAsJsonObject().get("ignoreMultilineInstructions");
        boolean ignoreMultiline = base.ignoreMultilineInstructions();
        if (ignore != null && !ignore.isJsonNull()) {
            if (ignore.isJsonPrimitive() && ignore.getAsJsonPrimitive().isBoolean()) {
                ignoreMultiline = ignore.getAsBoolean();
            } else {
                warnings.accept("formatting.ignoreMultilineInstructions: expected true or false, not " + brief(ignore)
                        + "; ignored");
            }
        }
        return new FormattingSettings(continuationIndent, ignoreMultiline);
    }
}
