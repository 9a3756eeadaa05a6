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

    /** A lint and the settings state it was made with. */
    record Linted(LintResult result, ServerSettings.State state) {
    }

    Linting(DocumentStore documents, ServerSettings settings) {
        this(documents, settings, new Analysis(settings.warnings()));
    }

    Linting(DocumentStore documents, ServerSettings settings, Analysis analysis) {
        this.documents = documents;
        this.settings = settings;
        this.analysis = analysis;
    }

    /** The lint of {@code snapshot} under the current settings; never null. */
    LintResult of(Snapshot snapshot) {
        return linted(snapshot).result();
    }

    /** The lint of {@code snapshot} under the current settings, with those settings. */
    Linted linted(Snapshot snapshot) {
        ServerSettings.State state = settings.current();
        Entry entry = cache.compute(snapshot.uri(), (uri, old) ->
                old != null && old.snapshot == snapshot && old.state == state ? old : new Entry(snapshot, state));
        LintResult result = entry.result(analysis);
        if (!documents.isCurrent(snapshot)) {
            cache.remove(snapshot.uri(), entry);
        }
        return new Linted(result, state);
    }

    /** Whether {@code state} is still the settings' current state (else a newer lint is on its way). */
    boolean isCurrent(ServerSettings.State state) {
        return settings.current() == state;
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

    /** The build context of a document under the current settings (for completing COPY and ADD sources). */
    dockerfilels.workspace.BuildContext buildContext(Snapshot snapshot) {
        ServerSettings.State state = settings.current();
        Analysis.Location location = location(snapshot.uri(), state);
        return analysis.buildContext(location, analysis.settings(location, state.client()));
    }
}
