package dockerfilels.lsp;

import dockerfilels.Main;
import dockerfilels.features.CodeActions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The LSP front: lifecycle (initialize, shutdown, exit, parent-process watch) and wiring. Work
 * runs on the server's own small executor, never on the JSON-RPC reader thread or the common pool.
 */
public final class DockerfileLanguageServer implements LanguageServer, LanguageClientAware {
    static final String WORKER_THREAD_PREFIX = "dockerfile-ls-worker-";

    private final ExecutorService executor = Executors.newFixedThreadPool(2, daemonThreads());
    private final DocumentStore documents = new DocumentStore();
    private final ClientLog log;
    private final DiagnosticsPublisher diagnostics;
    private final SettingsSync settings;
    private final DockerfileTextDocumentService textDocuments;
    private final DockerfileWorkspaceService workspace;
    private final IntConsumer exit;
    private final AtomicBoolean exited = new AtomicBoolean();
    private volatile boolean shutdownRequested;

    /**
     * @param exit called once with the process exit code: 0 after shutdown then exit, 1 for exit
     *             without shutdown or when the client's process died
     */
    public DockerfileLanguageServer(ClientLog log, IntConsumer exit) {
        this.log = log;
        this.exit = exit;
        ServerSettings serverSettings = new ServerSettings(log);
        Linting linting = new Linting(documents, serverSettings);
        this.diagnostics = new DiagnosticsPublisher(documents, linting, executor, log);
        this.settings = new SettingsSync(serverSettings, documents, diagnostics, executor, log);
        this.textDocuments = new DockerfileTextDocumentService(documents, linting, diagnostics, executor, log);
        this.workspace = new DockerfileWorkspaceService(settings, new WorkspaceStages(documents), executor);
        textDocuments.useFormattingSettings(serverSettings::formattingFor);
    }

    @Override
    public void connect(LanguageClient client) {
        log.connect(client);
        diagnostics.connect(client);
        settings.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params == null) {
            // A client that sends no params (the JSON-RPC fuzz target does) gets the defaults, not an error.
            params = new InitializeParams();
        }
        diagnostics.setEnabled(!clientPullsDiagnostics(params.getCapabilities()));
        textDocuments.setDocumentChanges(clientTakesDocumentChanges(params.getCapabilities()));
        textDocuments.setEditorCapabilities(EditorCapabilities.of(params.getCapabilities()));
        textDocuments.setCreateFiles(LspConversions.clientCreatesFiles(params.getCapabilities()));
        settings.initialize(params);
        if (params.getProcessId() != null) {
            watchParentProcess(params.getProcessId());
        }
        ServerCapabilities capabilities = capabilities();
        if (!clientPreparesRename(params.getCapabilities())) {
            capabilities.setRenameProvider(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(true)); // LSP: options only with prepareSupport
        }
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo("dockerfile-ls", Main.version())));
    }

    static ServerCapabilities capabilities() {
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(sync);
        DiagnosticRegistrationOptions diagnosticOptions = new DiagnosticRegistrationOptions(false, false);
        diagnosticOptions.setIdentifier("dockerfile-ls");
        capabilities.setDiagnosticProvider(diagnosticOptions);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        capabilities.setWorkspace(new WorkspaceServerCapabilities(folders));
        navigationCapabilities(capabilities);
        capabilities.setDocumentFormattingProvider(true);
        capabilities.setDocumentRangeFormattingProvider(true);
        capabilities.setDocumentOnTypeFormattingProvider(FormattingConversions.onTypeCapability());
        capabilities.setSemanticTokensProvider(SemanticTokensResults.capability());
        // Completion, hover, signature help: triggered where a flag, value, variable or path starts.
        capabilities.setCompletionProvider(new org.eclipse.lsp4j.CompletionOptions(false,
                List.of(" ", "-", "=", "$", "{", ",", ":", "/", "#")));
        capabilities.setHoverProvider(true);
        capabilities.setSignatureHelpProvider(new org.eclipse.lsp4j.SignatureHelpOptions(List.of(" ", "-", "[", ",", "=")));
        return capabilities;
    }

    /** Whether the client announces {@code textDocument.rename.prepareSupport}. */
    static boolean clientPreparesRename(ClientCapabilities capabilities) {
        return capabilities != null && capabilities.getTextDocument() != null
                && capabilities.getTextDocument().getRename() != null
                && Boolean.TRUE.equals(capabilities.getTextDocument().getRename().getPrepareSupport());
    }

    /** Navigation and structure: definition to document links, and workspace symbols. */
    static void navigationCapabilities(ServerCapabilities capabilities) {
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentHighlightProvider(true);
        capabilities.setRenameProvider(new org.eclipse.lsp4j.RenameOptions(true));
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setWorkspaceSymbolProvider(true);
        capabilities.setFoldingRangeProvider(true);
        capabilities.setSelectionRangeProvider(true);
        capabilities.setCodeLensProvider(new org.eclipse.lsp4j.CodeLensOptions(false));
        capabilities.setInlayHintProvider(true);
        capabilities.setDocumentLinkProvider(new org.eclipse.lsp4j.DocumentLinkOptions(false));
    }

    /** Whether the client takes versioned {@code documentChanges} in a WorkspaceEdit. */
    static boolean clientTakesDocumentChanges(ClientCapabilities capabilities) {
        return capabilities != null && capabilities.getWorkspace() != null
                && capabilities.getWorkspace().getWorkspaceEdit() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getWorkspaceEdit().getDocumentChanges());
    }

    /**
     * A client that announces pull diagnostics asks for them itself (VS Code does, and keeps
     * pulled and pushed diagnostics in two collections): pushing too would show each one twice.
     */
    static boolean clientPullsDiagnostics(ClientCapabilities capabilities) {
        return capabilities != null && capabilities.getTextDocument() != null
                && capabilities.getTextDocument().getDiagnostic() != null;
    }

    /** Exits when the process that started us dies, so an editor crash leaves no server behind. */
    public void watchParentProcess(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    log.info("client process " + pid + " has exited; exiting");
                    terminate(1);
                }),
                () -> log.warning("client process " + pid + " not found (another PID namespace?); not watching it"));
    }

    @Override
    public void initialized(InitializedParams params) {
        log.info("dockerfile-ls " + Main.version() + " ready (Java " + Runtime.version() + ")");
        settings.initialized();
        Warmup.start(log);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        terminate(shutdownRequested ? 0 : 1);
    }

    /** The input ended without an exit notification: the same codes as exit. */
    public void inputClosed() {
        terminate(shutdownRequested ? 0 : 1);
    }

    private void terminate(int code) {
        if (exited.compareAndSet(false, true)) {
            executor.shutdownNow();
            exit.accept(code);
        }
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, WORKER_THREAD_PREFIX + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
