package dockerfilels.lsp;

import dockerfilels.features.Analysis;
import dockerfilels.lsp.DocumentStore.Snapshot;
import dockerfilels.rules.LintResult;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lint of each open document's current snapshot, computed once per (snapshot, settings
 * state) and shared by diagnostics (push and pull) and code actions.
 */
final class Linting {
    private final DocumentStore documents;
    private final ServerSettings settings;
    private final Analysis analysis;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    private static final class Entry {
        final Snapshot snapshot;
        final ServerSettings.State state;
        private LintResult result;

        Entry(Snapshot snapshot, ServerSettings.State state) {
            this.snapshot = snapshot;
            this.state = state;
        }

        synchronized LintResult result(Analysis analysis) {
            if (result == null) {
                result = analysis.lint(snapshot.document().model(), location(snapshot.uri(), state), state.client());
            }
            return result;
        }
    }

    Linting(DocumentStore documents, ServerSettings settings) {
        this.documents = documents;
        this.settings = settings;
        this.analysis = new Analysis(settings.warnings());
    }

    /** The lint of {@code snapshot} under the current settings; never null. */
    LintResult of(Snapshot snapshot) {
        ServerSettings.State state = settings.current();
        Entry entry = cache.compute(snapshot.uri(), (uri, old) ->
                old != null && old.snapshot == snapshot && old.state == state ? old : new Entry(snapshot, state));
        LintResult result = entry.result(analysis);
        if (!documents.isCurrent(snapshot)) {
            cache.remove(snapshot.uri(), entry);
        }
        return result;
    }

    void forget(String uri) {
        cache.remove(uri);
    }

    /** Where a document lives: a {@code file:} URI inside a workspace folder (or, with none, anywhere). */
    static Analysis.Location location(String uri, ServerSettings.State state) {
        if (uri == null || !uri.startsWith("file:")) {
            return Analysis.Location.NOWHERE;
        }
        try {
            return Analysis.Location.in(Path.of(URI.create(uri)), state.workspaceFolders());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
            return Analysis.Location.NOWHERE;
        }
    }
}
