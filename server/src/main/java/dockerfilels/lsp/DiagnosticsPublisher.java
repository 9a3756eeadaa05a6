package dockerfilels.lsp;

import dockerfilels.lsp.DocumentStore.Snapshot;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Pushes {@code textDocument/publishDiagnostics}. Each snapshot's diagnostics are computed on the
 * server's executor; there is no debounce delay: work for a version that is no longer current is
 * skipped, and a result whose version or settings went stale while it was computed is dropped.
 */
final class DiagnosticsPublisher {
    private final DocumentStore documents;
    private final Executor executor;
    private final ClientLog log;
    private final Linting linting;
    private final SerializedDiagnostics serialized = new SerializedDiagnostics();
    private volatile LanguageClient client;
    private volatile boolean enabled = true;

    DiagnosticsPublisher(DocumentStore documents, Linting linting, Executor executor, ClientLog log) {
        this.documents = documents;
        this.linting = linting;
        this.executor = executor;
        this.log = log;
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    /** Off when the client pulls diagnostics itself (it would show every problem twice). */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void schedule(Snapshot snapshot) {
        if (!enabled || client == null) {
            return;
        }
        try {
            executor.execute(() -> publish(snapshot));
        } catch (RejectedExecutionException shuttingDown) {
            // The server is exiting: nobody is waiting for these diagnostics any more.
        }
    }

    private void publish(Snapshot snapshot) {
        if (!documents.isCurrent(snapshot)) {
            return;
        }
        try {
            Linting.Linted linted = linting.linted(snapshot);
            SerializedDiagnostics.Converted diagnostics = serialized.convert(snapshot.uri(), linted.result().diagnostics());
            // Settings that changed meanwhile have scheduled a newer lint: this one must not overtake it.
            documents.ifCurrent(snapshot, () -> {
                if (linting.isCurrent(linted.state())) {
                    serialized.keep(diagnostics);
                    client.publishDiagnostics(new PublishDiagnosticsParams(snapshot.uri(), diagnostics.diagnostics(), snapshot.version()));
                }
            });
        } catch (RuntimeException e) {
            log.error("computing diagnostics of " + snapshot.uri() + " failed", e);
        }
    }

    /** Whether diagnostics are pushed (false when the client pulls them). */
    boolean enabled() {
        return enabled;
    }

    /** Clears a closed document's diagnostics; called under the store's lock by its close. */
    void cleared(String uri) {
        serialized.forget(uri);
        LanguageClient target = client;
        if (target != null) {
            target.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }
}
