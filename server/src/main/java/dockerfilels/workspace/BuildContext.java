package dockerfilels.workspace;

import java.util.Optional;

/**
 * The build context a Dockerfile is built with (by default its folder): what rules may read of
 * it, such as {@code .dockerignore}. Implementations never read outside the context and the
 * workspace, never follow links out of them, and never write.
 */
public interface BuildContext {

    /** The text of a file given relative to the context root, if it exists and may be read. */
    Optional<String> read(String relativePath);

    /** A context with no files, for tests and for documents that are not on disk. */
    BuildContext NONE = path -> Optional.empty();

    /** A context with the given files, for tests. */
    static BuildContext of(java.util.Map<String, String> files) {
        return path -> Optional.ofNullable(files.get(path));
    }
}
