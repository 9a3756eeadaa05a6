package dockerfilels.rules;

/** What a rule protects; settings can set the severity of a whole category at once. */
public enum Category {
    /** What BuildKit rejects: the build would fail. */
    CORRECTNESS("correctness"),
    /** BuildKit's own build checks (docker build --check). */
    BUILDKIT_CHECK("buildkit-check"),
    BEST_PRACTICE("best-practice"),
    IMAGE_SIZE("image-size"),
    BUILD_SPEED("build-speed"),
    SECURITY("security");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The name used in settings and docs, e.g. {@code buildkit-check}. */
    public String id() {
        return id;
    }

    public static Category byId(String id) {
        for (Category category : values()) {
            if (category.id.equals(id)) {
                return category;
            }
        }
        return null;
    }
}
