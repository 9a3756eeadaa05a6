package dockerfilels.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Settings and workspace folders. A settings change re-lints the open documents; so does a
 * watched-file change (a project settings file or a {@code .dockerignore} may have changed).
 */
final class DockerfileWorkspaceService implements WorkspaceService {
    private final SettingsSync settings;
    private final WorkspaceStages stages;
    private final Executor executor;

    DockerfileWorkspaceService(SettingsSync settings, WorkspaceStages stages, Executor executor) {
        this.settings = settings;
        this.stages = stages;
        this.executor = executor;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        settings.changed(params == null ? null : params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        settings.filesChanged();
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (params == null || params.getEvent() == null) {
            return;
        }
        List<Path> folders = new ArrayList<>(settings.state().workspaceFolders());
        for (WorkspaceFolder removed : nonNull(params.getEvent().getRemoved())) {
            Path path = SettingsSync.path(removed.getUri());
            if (path != null) {
                folders.remove(path);
            }
        }
        for (WorkspaceFolder added : nonNull(params.getEvent().getAdded())) {
            Path path = SettingsSync.path(added.getUri());
            if (path != null && !folders.contains(path)) {
                folders.add(path);
            }
        }
        settings.foldersChanged(folders);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Stages across the workspace: open documents and the Dockerfiles inside the workspace folders. */
    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        List<Path> folders = settings.state().workspaceFolders();
        String query = params == null ? "" : params.getQuery();
        return CompletableFutures.computeAsync(executor, cancel -> Either.forRight(
                stages.find(folders, query).stream().map(StructureConversions::workspaceSymbol).toList()));
    }
}
