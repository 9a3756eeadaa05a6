package dockerfilels.reference;

import java.util.List;

/** One {@code RUN --mount} type with the options it accepts (their defaults for this type). */
public record MountType(String name, String anchor, String description, String example, boolean isDefault,
        List<MountOption> options) {

    public MountType {
        options = List.copyOf(options);
    }

    /** The option {@code key} names for this type (aliases and any case), or null if the type does not take it. */
    public MountOption option(String key) {
        for (MountOption option : options) {
            if (option.answersTo(key)) {
                return option;
            }
        }
        return null;
    }

    public String url() {
        return Reference.url(anchor);
    }
}
