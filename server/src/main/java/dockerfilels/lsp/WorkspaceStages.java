package dockerfilels.lsp;

import dockerfilels.features.navigation.Model;
import dockerfilels.features.symbols.WorkspaceSymbols;
import dockerfilels.lsp.DocumentStore.Snapshot;
import dockerfilels.workspace.WorkspaceDockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stages of the workspace for workspace/symbol: the open documents as the editor holds them,
 * and the Dockerfiles found inside the workspace folders ({@link WorkspaceDockerfiles}: bounded,
 * read only inside the folders). A file's model is kept while its size and modification time stay.
 */
final class WorkspaceStages {
    private record Cached(long modified, long size, Model model) {
    }

    private final DocumentStore documents;
    private final Map<Path, Cached> files = new ConcurrentHashMap<>();

    WorkspaceStages(DocumentStore documents) {
        this.documents = documents;
    }

    List<WorkspaceSymbols.Found> find(List<Path> folders, String query) {
        List<WorkspaceSymbols.Source> sources = new ArrayList<>();
        Set<Path> open = new HashSet<>();
        for (Snapshot snapshot : documents.all()) {
            sources.add(new WorkspaceSymbols.Source(snapshot.uri(),
                    Model.of(snapshot.document().text(), snapshot.document().model())));
            Path path = SettingsSync.path(snapshot.uri());
            if (path != null) {
                open.add(path);
            }
        }
        Set<Path> seen = new HashSet<>();
        for (Path file : WorkspaceDockerfiles.find(folders)) {
            seen.add(file);
            if (!open.contains(file)) {
                model(folders, file).ifPresent(model -> sources.add(new WorkspaceSymbols.Source(file.toUri().toString(), model)));
            }
        }
        files.keySet().retainAll(seen);
        return WorkspaceSymbols.of(sources, query);
    }

    private Optional<Model> model(List<Path> folders, Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Cached cached = files.get(file);
            if (cached != null && cached.modified() == modified && cached.size() == size) {
                return Optional.of(cached.model());
            }
            for (Path folder : folders) {
                Optional<String> text = WorkspaceDockerfiles.read(folder, file);
                if (text.isPresent()) {
                    Model model = Model.of(text.get());
                    files.put(file, new Cached(modified, size, model));
                    return Optional.of(model);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A file that vanished or cannot be read has no stages.
        }
        return Optional.empty();
    }
}
