package dockerfilels.reference;

import java.util.List;

/**
 * One flag of one instruction ({@code name} without the dashes): what it does, its default, the
 * values it takes when they are a closed set, a placeholder for snippets, an example and its
 * documentation page. {@code bool} flags are written bare; {@code repeatable} ones may be given
 * several times; {@code duration} ones take Go durations; {@code labs} ones need the labs frontend.
 */
public record FlagDoc(String name, String anchor, String description, String defaultValue, String placeholder,
        String example, boolean bool, boolean repeatable, boolean duration, boolean labs, List<Value> values) {

    public FlagDoc {
        values = values == null ? List.of() : List.copyOf(values);
        placeholder = placeholder == null ? "" : placeholder;
        defaultValue = defaultValue == null ? "" : defaultValue;
    }

    /** The documentation page of this flag. */
    public String url() {
        return Reference.url(anchor);
    }
}
