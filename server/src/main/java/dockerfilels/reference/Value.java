package dockerfilels.reference;

/** A value a flag, mount option or directive accepts, with what it means. */
public record Value(String value, String description) {

    public Value {
        description = description == null ? "" : description;
    }
}
