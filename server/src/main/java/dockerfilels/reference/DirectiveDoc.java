package dockerfilels.reference;

import java.util.List;

/** One parser directive ({@code syntax}, {@code escape}, {@code check}): what it does and its usual values. */
public record DirectiveDoc(String name, String anchor, String description, String example, List<Value> values) {

    public DirectiveDoc {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public String url() {
        return Reference.url(anchor);
    }
}
