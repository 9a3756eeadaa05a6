package dockerfilels.reference;

import java.util.List;

/**
 * One option of {@code RUN --mount} as one mount type reads it: its name, aliases, what it does
 * for that type, its default there and the values it takes when they are a closed set.
 */
public record MountOption(String name, List<String> aliases, String description, String defaultValue,
        String placeholder, boolean bool, List<Value> values) {

    public MountOption {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        values = values == null ? List.of() : List.copyOf(values);
        defaultValue = defaultValue == null ? "" : defaultValue;
        placeholder = placeholder == null ? "" : placeholder;
        description = description == null ? "" : description;
    }

    /** Whether {@code key} (any case, as BuildKit reads keys) names this option. */
    public boolean answersTo(String key) {
        if (name.equalsIgnoreCase(key)) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }
}
