package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.Fixes;
import dockerfilels.features.tokens.TokenEncoding;
import dockerfilels.features.tokens.TokenModifier;
import dockerfilels.features.tokens.TokenType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentOnTypeFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formatting (document, range, on type) and semantic tokens (full, delta, range) through the real server. */
class FormattingTokensWireTest {
    private static final String URI = "file:///project/Dockerfile";
    private static final TextDocumentIdentifier DOC = new TextDocumentIdentifier(URI);
    private WireClient client;

    @BeforeEach
    void start() throws Exception {
        client = new WireClient();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    private void initialize(Object initializationOptions) {
        InitializeParams params = new InitializeParams();
        params.setInitializationOptions(initializationOptions);
        client.initialize(params);
    }

    private List<? extends TextEdit> format(FormattingOptions options) {
        return WireClient.join(client.server.getTextDocumentService().formatting(new DocumentFormattingParams(DOC, options)));
    }

    private static String apply(String text, List<? extends TextEdit> edits) {
        return Fixes.apply(text, edits.stream()
                .map(e -> new dockerfilels.rules.TextEdit(LspConversions.textRange(e.getRange()), e.getNewText())).toList());
    }

    private SemanticTokens full() {
        return WireClient.join(client.server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(DOC)));
    }

    @Test
    void theServerAnnouncesFormattingAndSemanticTokensWithItsLegend() {
        ServerCapabilities capabilities = client.initialize().getCapabilities();

        assertEquals(Either.forLeft(true), capabilities.getDocumentFormattingProvider());
        assertEquals(Either.forLeft(true), capabilities.getDocumentRangeFormattingProvider());
        assertEquals("\n", capabilities.getDocumentOnTypeFormattingProvider().getFirstTriggerCharacter());
        var tokens = capabilities.getSemanticTokensProvider();
        assertEquals(TokenType.legend(), tokens.getLegend().getTokenTypes());
        assertEquals(TokenModifier.legend(), tokens.getLegend().getTokenModifiers());
        assertEquals(Boolean.TRUE, tokens.getFull().getRight().getDelta());
        assertEquals(Boolean.TRUE, tokens.getRange().getLeft());
    }

    @Test
    void formatsTheDocumentWithTheClientsOptions() {
        initialize(null);
        String text = "from alpine  \nrun a \\\n      b\n";
        client.open(URI, 1, text);

        assertEquals("FROM alpine\nRUN a \\\n  b\n", apply(text, format(new FormattingOptions(2, true))));
        assertEquals("FROM alpine\nRUN a \\\n\tb\n", apply(text, format(new FormattingOptions(4, false))));
    }

    @Test
    void formattingSettingsComeWithTheClientSettings() throws Exception {
        initialize(Map.of("dockerfile-ls", Map.of("formatting", Map.of("continuationIndent", 3))));
        String text = "run a \\\n b\n";
        client.open(URI, 1, text);

        assertEquals("RUN a \\\n   b\n", apply(text, format(new FormattingOptions(8, false))));

        client.changeConfiguration(Map.of("dockerfile-ls",
                Map.of("formatting", Map.of("ignoreMultilineInstructions", true, "continuationIndent", "wide"))));
        assertEquals("RUN a \\\n b\n", apply(text, format(new FormattingOptions(2, true))));
        MessageParams warning = client.logged.poll(WireClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        while (warning != null && !warning.getMessage().contains("continuationIndent")) {
            warning = client.logged.poll(WireClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        assertTrue(warning != null && warning.getMessage().contains("formatting.continuationIndent"), "the bad value is named");
    }

    @Test
    void theNearestProjectFileOverridesTheClientsFormattingSettingsKeyByKey(@TempDir Path workspace) throws Exception {
        Files.writeString(workspace.resolve(".dockerfile-ls.json"), "{\"formatting\": {\"continuationIndent\": 1}}");
        InitializeParams params = new InitializeParams();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "w")));
        params.setInitializationOptions(Map.of("dockerfile-ls", Map.of("formatting", Map.of("continuationIndent", 3))));
        client.initialize(params);
        String uri = workspace.resolve("Dockerfile").toUri().toString();
        String text = "run a \\\n      b\n";
        client.open(uri, 1, text);

        List<? extends TextEdit> edits = WireClient.join(client.server.getTextDocumentService().formatting(
                new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true))));
        assertEquals("RUN a \\\n b\n", apply(text, edits));
    }

    @Test
    void formatsARangeAndOnType() {
        initialize(null);
        String text = "from a  \nrun b  \nrun c \\\n";
        client.open(URI, 1, text);

        List<? extends TextEdit> range = WireClient.join(client.server.getTextDocumentService().rangeFormatting(
                new DocumentRangeFormattingParams(DOC, new FormattingOptions(4, true), WireClient.range(1, 0, 1, 3))));
        assertEquals("from a  \nRUN b\nrun c \\\n", apply(text, range));

        List<? extends TextEdit> typed = WireClient.join(client.server.getTextDocumentService().onTypeFormatting(
                new DocumentOnTypeFormattingParams(DOC, new FormattingOptions(4, true), new Position(3, 0), "\n")));
        assertEquals("from a  \nrun b  \nRUN c \\\n    ", apply(text, typed));
    }

    @Test
    void fullTokensThenADeltaThatRebuildsTheNewTokens() {
        initialize(null);
        client.open(URI, 1, "FROM alpine AS build\nRUN echo $A && ls\n");

        SemanticTokens first = full();
        assertEquals(List.of(0, 0, 4, 0, 0, 0, 5, 6, 7, 0, 0, 7, 2, 0, 0, 0, 3, 5, 6, 1), first.getData().subList(0, 20));

        client.change(URI, 2, WireClient.range(1, 15, 1, 17), "||");
        Either<SemanticTokens, SemanticTokensDelta> answer = WireClient.join(client.server.getTextDocumentService()
                .semanticTokensFullDelta(new SemanticTokensDeltaParams(DOC, first.getResultId())));
        SemanticTokensDelta delta = answer.getRight();
        assertNotEquals(first.getResultId(), delta.getResultId());
        int[] previous = first.getData().stream().mapToInt(Integer::intValue).toArray();
        int[] rebuilt = TokenEncoding.apply(previous, delta.getEdits().stream().map(e -> new TokenEncoding.Edit(
                e.getStart(), e.getDeleteCount(), e.getData().stream().mapToInt(Integer::intValue).toArray())).toList());
        assertArrayEquals(full().getData().stream().mapToInt(Integer::intValue).toArray(), rebuilt);

        Either<SemanticTokens, SemanticTokensDelta> unknown = WireClient.join(client.server.getTextDocumentService()
                .semanticTokensFullDelta(new SemanticTokensDeltaParams(DOC, "no-such-id")));
        assertTrue(unknown.isLeft(), "a delta against an unknown result is answered in full");
    }

    @Test
    void rangeTokensCoverTheRangesLines() {
        initialize(null);
        client.open(URI, 1, "FROM a\nRUN x\n");

        SemanticTokens range = WireClient.join(client.server.getTextDocumentService().semanticTokensRange(
                new SemanticTokensRangeParams(DOC, new Range(new Position(1, 0), new Position(1, 5)))));
        assertEquals(List.of(1, 0, 3, 0, 0), range.getData());
    }

    @Test
    void brokenAndUnknownDocumentsGetEmptyAnswers() {
        initialize(null);
        client.open(URI, 1, "run <<EOF\n  body  \n");

        assertEquals("RUN <<EOF\n  body  \n", apply("run <<EOF\n  body  \n", format(new FormattingOptions(4, true))));
        assertEquals(List.of(0, 0, 3, 0, 0, 0, 4, 5, 8, 0, 1, 0, 8, 4, 0), full().getData());
        TextDocumentIdentifier other = new TextDocumentIdentifier("file:///project/Other");
        assertEquals(List.of(), WireClient.join(client.server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(other, new FormattingOptions(4, true)))));
        assertEquals(List.of(), WireClient.join(client.server.getTextDocumentService()
                .semanticTokensFull(new SemanticTokensParams(other))).getData());
    }
}
