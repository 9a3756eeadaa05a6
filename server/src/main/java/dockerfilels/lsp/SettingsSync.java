package dockerfilels.lsp;

import dockerfilels.settings.SettingsFile;
import dockerfilels.settings.SettingsJson;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Where the server's settings come from: {@code initializationOptions}, then
 * {@code workspace/didChangeConfiguration}, or {@code workspace/configuration} (section
 * {@code dockerfile-ls}) when the client announces it. Any change re-lints the open documents:
 * pushed again, or the client asked to pull again ({@code workspace/diagnostic/refresh}).
 */
final class SettingsSync {
    private final ServerSettings settings;
    private final DocumentStore documents;
    private final DiagnosticsPublisher publisher;
    private final Executor executor;
    private final ClientLog log;
    private volatile LanguageClient client;
    private volatile boolean pullConfiguration;
    private volatile boolean refreshDiagnostics;
    private volatile boolean watchFiles;

    SettingsSync(ServerSettings settings, DocumentStore documents, DiagnosticsPublisher publisher, Executor executor,
            ClientLog log) {
        this.settings = settings;
        this.documents = documents;
        this.publisher = publisher;
        this.executor = executor;
        this.log = log;
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    ServerSettings.State state() {
        return settings.current();
    }

    /** Reads the workspace folders, the client's capabilities and the initialization options. */
    void initialize(InitializeParams params) {
        ClientCapabilities capabilities = params.getCapabilities();
        var workspace = capabilities == null ? null : capabilities.getWorkspace();
        pullConfiguration = workspace != null && Boolean.TRUE.equals(workspace.getConfiguration());
        refreshDiagnostics = workspace != null && workspace.getDiagnostics() != null
                && Boolean.TRUE.equals(workspace.getDiagnostics().getRefreshSupport());
        watchFiles = workspace != null && workspace.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(workspace.getDidChangeWatchedFiles().getDynamicRegistration());
        settings.setWorkspaceFolders(folders(params));
        if (params.getInitializationOptions() != null) {
            settings.acceptClient(params.getInitializationOptions());
        }
    }

    /** After {@code initialized}: ask for the settings when the client serves them. */
    void initialized() {
        if (pullConfiguration) {
            pull();
        }
        if (watchFiles && client != null) {
            // What a lint reads besides the document: project settings and .dockerignore files,
            var watchers = List.of(new FileSystemWatcher(Either.forLeft("**/" + SettingsFile.NAME)),
                    new FileSystemWatcher(Either.forLeft("**/.dockerignore")),
                    // and what rules read from the build context: manifests and Makefiles
                    new FileSystemWatcher(Either.forLeft("**/{Makefile,makefile,GNUmakefile,package*.json,requirements*.txt,*.gradle*,pom.xml,go.mod,go.sum}")));
            client.registerCapability(new RegistrationParams(List.of(new Registration("dockerfile-ls-watched-files",
                    "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))))
                    .exceptionally(failure -> {
                        log.warning("could not watch settings files: " + failure.getMessage());
                        return null;
                    });
        }
    }

    /** {@code didChangeConfiguration}: pull when the client serves settings, else take what it sent. */
    void changed(Object pushed) {
        if (pullConfiguration) {
            pull();
            return;
        }
        if (pushed != null && settings.acceptClient(pushed)) {
            relint();
        }
    }

    void foldersChanged(List<Path> folders) {
        if (settings.setWorkspaceFolders(folders)) {
            relint();
        }
    }

    void filesChanged() {
        dockerfilels.workspace.BuildContext.filesChanged();
        settings.touch();
        relint();
    }

    private void pull() {
        LanguageClient target = client;
        if (target == null) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(SettingsJson.SECTION);
        target.configuration(new ConfigurationParams(List.of(item))).whenCompleteAsync((answer, failure) -> {
            if (failure != null) {
                log.warning("workspace/configuration failed: " + failure.getMessage());
                return;
            }
            Object section = answer == null || answer.isEmpty() ? null : answer.get(0);
            if (section != null && settings.acceptClient(section)) {
                relint();
            }
        }, executor);
    }

    /** Lints every open document again with the new settings. */
    private void relint() {
        if (publisher.enabled()) {
            documents.all().forEach(publisher::schedule);
        } else if (refreshDiagnostics && client != null) {
            client.refreshDiagnostics();
        }
    }

    /** The workspace folders: {@code workspaceFolders}, else {@code rootUri}, else {@code rootPath}. */
    @SuppressWarnings("deprecation")
    static List<Path> folders(InitializeParams params) {
        List<Path> folders = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                Path path = path(folder.getUri());
                if (path != null) {
                    folders.add(path);
                }
            }
        }
        if (folders.isEmpty() && params.getRootUri() != null) {
            Path path = path(params.getRootUri());
            if (path != null) {
                folders.add(path);
            }
        }
        if (folders.isEmpty() && params.getRootPath() != null) {
            try {
                folders.add(Path.of(params.getRootPath()).toAbsolutePath().normalize());
            } catch (RuntimeException ignored) {
                // Not a path on this system: no folder.
            }
        }
        return folders;
    }

    /** The folder of a {@code file:} URI, or null. */
    static Path path(String uri) {
        if (uri == null || !uri.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(URI.create(uri)).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
