package dockerfilels.lsp;

import dockerfilels.lsp.DocumentStore.Snapshot;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;

/** The diagnostics of a snapshot, as LSP objects: from its (cached) lint, no other state. */
final class Diagnostics {
    private Diagnostics() {
    }

    /** All diagnostics of the snapshot's document, syntax and rules; empty for a document that is not open (null). */
    static List<Diagnostic> of(Snapshot snapshot, Linting linting) {
        if (snapshot == null) {
            return List.of();
        }
        return LspConversions.diagnostics(linting.of(snapshot).diagnostics());
    }

    /** The answer to {@code textDocument/diagnostic}: always a full report. */
    static DocumentDiagnosticReport report(Snapshot snapshot, Linting linting) {
        return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(of(snapshot, linting)));
    }
}
