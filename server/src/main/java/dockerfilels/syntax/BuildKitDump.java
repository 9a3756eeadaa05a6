package dockerfilels.syntax;

/** Prints a model in the format of BuildKit's {@code Node.Dump()} (see the corpus FORMAT.md). */
public final class BuildKitDump {
    private BuildKitDump() {
    }

    /**
     * The dump of every instruction, one per line, ending with a newline.
     *
     * @throws IllegalArgumentException with BuildKit's message when BuildKit's parser rejects the file
     */
    public static String dump(Dockerfile dockerfile) {
        dockerfile.buildKitError().ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        return "\n";
    }
}
