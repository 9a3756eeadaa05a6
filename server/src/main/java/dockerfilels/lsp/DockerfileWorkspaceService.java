package dockerfilels.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Settings and workspace folders. A settings change re-lints the open documents; so does a
 * watched-file change (a project settings file or a {@code .dockerignore} may have changed).
 */
final class DockerfileWorkspaceService implements WorkspaceService {
    private final SettingsSync settings;

    DockerfileWorkspaceService(SettingsSync settings) {
        this.settings = settings;
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
}
