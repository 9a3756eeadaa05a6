package dockerfilels.lsp;

import dockerfilels.features.navigation.Model;
import dockerfilels.lsp.DocumentStore.Snapshot;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The navigation {@link Model} of the current version of each document, made once and shared by
 * every request on that version (an editor asks for highlights on each cursor move, for lenses,
 * hints and links on each edit). A newer snapshot replaces the entry; the map is emptied if it
 * grows past {@value #MAX_DOCUMENTS} documents, so closed documents cannot pile up.
 */
final class Models {
    private static final int MAX_DOCUMENTS = 64;

    private record Entry(Snapshot snapshot, Model model) {
    }

    private final Map<String, Entry> byUri = new ConcurrentHashMap<>();

    Model of(Snapshot snapshot) {
        Entry entry = byUri.get(snapshot.uri());
        if (entry != null && entry.snapshot() == snapshot) {
            return entry.model();
        }
        Model model = Model.of(snapshot.document().text(), snapshot.document().model());
        if (byUri.size() >= MAX_DOCUMENTS) {
            byUri.clear();
        }
        byUri.put(snapshot.uri(), new Entry(snapshot, model));
        return model;
    }
}
