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

    /**
     * The entries of a folder given relative to the context root ("" for the root), sorted, each
     * folder with a trailing "/"; empty when the folder does not exist or may not be read.
     */
    default java.util.List<String> list(String relativeFolder) {
        return java.util.List.of();
    }

    /**
     * What tells this context's files apart from another's, for the linter, which keeps what a
     * stage's rules found while the document's stages and this key are unchanged: equal keys read
     * the same files with the same contents (as far as anyone has said: see {@link #filesChanged}).
     * The context itself by default.
     */
    default Object key() {
        return this;
    }

    /** Files of the build contexts changed on disk (the editor said so): no key made before equals one made after. */
    static void filesChanged() {
        Generation.COUNT.incrementAndGet();
    }

    /** Bumped by {@link #filesChanged}, part of the keys of folder contexts. */
    final class Generation {
        static final java.util.concurrent.atomic.AtomicLong COUNT = new java.util.concurrent.atomic.AtomicLong();

        private Generation() {
        }

        public static long current() {
            return COUNT.get();
        }
    }

    /** A context with no files, for tests and for documents that are not on disk. */
    BuildContext NONE = path -> Optional.empty();

    /** A context with the given files (folders are implied by their paths), for tests. */
    static BuildContext of(java.util.Map<String, String> files) {
        return new BuildContext() {
            @Override
            public Optional<String> read(String path) {
                return Optional.ofNullable(files.get(path));
            }

            @Override
            public java.util.List<String> list(String relativeFolder) {
                String prefix = relativeFolder.isEmpty() || relativeFolder.endsWith("/") ? relativeFolder : relativeFolder + "/";
                java.util.TreeSet<String> entries = new java.util.TreeSet<>();
                for (String path : files.keySet()) {
                    if (path.startsWith(prefix) && path.length() > prefix.length()) {
                        String rest = path.substring(prefix.length());
                        int slash = rest.indexOf('/');
                        entries.add(slash < 0 ? rest : rest.substring(0, slash + 1));
                    }
                }
                return java.util.List.copyOf(entries);
            }
        };
    }
}
