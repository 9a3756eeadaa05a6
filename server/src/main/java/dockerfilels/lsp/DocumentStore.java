package dockerfilels.lsp;

import dockerfilels.document.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents: uri to an immutable (version, Document) snapshot. Updated in message order
 * on the JSON-RPC reader thread; read from any thread. The lock also orders publications against
 * updates, see {@link #ifCurrent} and {@link #close}.
 */
final class DocumentStore {

    /** One version of one open document. Immutable; compare by identity to detect staleness. */
    record Snapshot(String uri, Integer version, Document document) {
    }

    private final Map<String, Snapshot> open = new HashMap<>();

    synchronized Snapshot open(String uri, Integer version, String text) {
        Snapshot snapshot = new Snapshot(uri, version, Document.of(text == null ? "" : text));
        open.put(uri, snapshot);
        return snapshot;
    }

    /** Applies the changes in order; null when the document is not open. */
    synchronized Snapshot change(String uri, Integer version, List<TextDocumentContentChangeEvent> changes) {
        Snapshot current = open.get(uri);
        if (current == null) {
            return null;
        }
        Document document = current.document();
        for (TextDocumentContentChangeEvent change : changes) {
            String text = change.getText() == null ? "" : change.getText();
            document = document.edit(LspConversions.textRange(change.getRange()), text);
        }
        Snapshot next = new Snapshot(uri, version, document);
        open.put(uri, next);
        return next;
    }

    /** Removes the document, then runs {@code afterClose} before any other update or publication. */
    synchronized Snapshot close(String uri, Runnable afterClose) {
        Snapshot removed = open.remove(uri);
        afterClose.run();
        return removed;
    }

    /** The current snapshot, or null when the document is not open. */
    synchronized Snapshot get(String uri) {
        return uri == null ? null : open.get(uri);
    }

    /** The current snapshot of every open document. */
    synchronized List<Snapshot> all() {
        return List.copyOf(open.values());
    }

    synchronized boolean isCurrent(Snapshot snapshot) {
        return open.get(snapshot.uri()) == snapshot;
    }

    /**
     * Runs {@code action} only while {@code snapshot} is the current version of its document; no
     * update can happen in between, so a stale result can never overtake a newer one.
     */
    synchronized boolean ifCurrent(Snapshot snapshot, Runnable action) {
        if (open.get(snapshot.uri()) != snapshot) {
            return false;
        }
        action.run();
        return true;
    }
}
