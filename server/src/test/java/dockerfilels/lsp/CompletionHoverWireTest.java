package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** textDocument/completion, hover and signatureHelp through the real server over JSON-RPC. */
class CompletionHoverWireTest {
    private static final String URI = "file:///project/Dockerfile";
    private static final String STAGES = "FROM golang:1.22 AS build\nRUN go build\nFROM alpine\nCOPY --from=\n";
    private WireClient client;

    @BeforeEach
    void start() throws Exception {
        client = new WireClient();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
    }

    @Test
    void theServerAnnouncesCompletionHoverAndSignatureHelp() {
        ServerCapabilities capabilities = client.initialize().getCapabilities();

        assertTrue(capabilities.getCompletionProvider().getTriggerCharacters().containsAll(List.of("=", "$", "-")));
        assertEquals(Boolean.TRUE, capabilities.getHoverProvider().getLeft());
        assertTrue(capabilities.getSignatureHelpProvider().getTriggerCharacters().contains(" "));
    }

    @Test
    void completionAtCopyFromOffersTheEarlierStage() {
        client.initialize(markdownAndSnippets());
        client.open(URI, 1, STAGES);

        List<CompletionItem> items = complete(URI, 3, 12);

        assertEquals(List.of("build"), items.stream().map(CompletionItem::getLabel).toList().subList(0, 1));
        CompletionItem build = items.get(0);
        assertEquals(new TextEdit(WireClient.range(3, 12, 3, 12), "build"), build.getTextEdit().getLeft());
        assertEquals(MarkupKind.MARKDOWN, build.getDocumentation().getRight().getKind());
        assertTrue(build.getDocumentation().getRight().getValue().contains("FROM golang:1.22 AS build"));
    }

    @Test
    void snippetsOnlyForClientsThatTakeThem() {
        client.initialize(markdownAndSnippets());
        client.open(URI, 1, "FROM a\nRUN --net");
        CompletionItem network = complete(URI, 1, 9).get(0);
        assertEquals(InsertTextFormat.Snippet, network.getInsertTextFormat());
        assertEquals("--network=${1|default,none,host|}", network.getTextEdit().getLeft().getNewText());
    }

    @Test
    void plainTextForClientsWithoutSnippetsOrMarkdown() {
        client.initialize();
        client.open(URI, 1, "FROM a\nRUN --net");
        CompletionItem network = complete(URI, 1, 9).get(0);
        assertEquals(InsertTextFormat.PlainText, network.getInsertTextFormat());
        assertEquals("--network=", network.getTextEdit().getLeft().getNewText());
        assertEquals(MarkupKind.PLAINTEXT, network.getDocumentation().getRight().getKind());
        assertTrue(!network.getDocumentation().getRight().getValue().contains("**"), "Markdown left in plain text");
    }

    @Test
    void fromOffersTheImagesOfTheOtherOpenDocuments() {
        client.initialize();
        client.open("file:///project/other/Dockerfile", 1, "FROM registry.example.com/team/base:7\n");
        client.open(URI, 1, "FROM registry.ex");

        List<CompletionItem> items = complete(URI, 0, 16);
        assertEquals(List.of("registry.example.com/team/base:7"), items.stream().map(CompletionItem::getLabel).toList());
    }

    @Test
    void copySourcesComeFromTheBuildContextOnDisk(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("package.json"), "{}");
        Files.createDirectories(folder.resolve("src"));
        Files.createDirectories(folder.resolve("node_modules"));
        Files.writeString(folder.resolve(".dockerignore"), "node_modules\n");
        String uri = folder.resolve("Dockerfile").toUri().toString();
        client.initialize();
        client.open(uri, 1, "FROM node\nCOPY ");

        List<String> labels = complete(uri, 1, 5).stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.containsAll(List.of("package.json", "src/", ".dockerignore")), labels.toString());
        assertTrue(!labels.contains("node_modules/"), labels.toString());
    }

    @Test
    void hoverExplainsAMountTypeInMarkdownOrPlainText() {
        client.initialize(markdownAndSnippets());
        client.open(URI, 1, "FROM a\nRUN --mount=type=cache,target=/root/.cache go build\n");

        Hover hover = hover(URI, 1, 19);
        assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
        assertTrue(hover.getContents().getRight().getValue().contains("**--mount=type=cache**"));
        assertEquals(WireClient.range(1, 12, 1, 22), hover.getRange());
    }

    @Test
    void hoverShowsTheRuleBehindADiagnostic() {
        client.initialize();
        client.open(URI, 1, "FROM a\nMAINTAINER me\n");

        String text = hover(URI, 1, 3).getContents().getRight().getValue();
        assertTrue(text.contains("MaintainerDeprecated") && text.contains("https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/"), text);
    }

    @Test
    void signatureHelpTracksTheActiveArgument() {
        client.initialize();
        client.open(URI, 1, "FROM a\nCOPY package.json \n");

        SignatureHelp help = WireClient.join(client.server.getTextDocumentService().signatureHelp(
                new SignatureHelpParams(new TextDocumentIdentifier(URI), new Position(1, 18))));
        String label = help.getSignatures().get(help.getActiveSignature()).getLabel();
        var parameter = help.getSignatures().get(help.getActiveSignature()).getParameters().get(help.getActiveParameter());
        assertEquals("<dest>", label.substring(parameter.getLabel().getRight().getFirst(), parameter.getLabel().getRight().getSecond()));
    }

    @Test
    void documentsThatAreNotOpenAndPositionsOutsideTheTextGetEmptyAnswers() {
        client.initialize();
        assertEquals(List.of(), complete("file:///not/open", 0, 0));
        assertNull(hover("file:///not/open", 0, 0));
        client.open(URI, 1, "FROM a\nRUN <<EOF\n");
        assertNotNull(complete(URI, 99, 99));
        assertNull(hover(URI, -1, -5));
        assertEquals(List.of("EOF"), complete(URI, 2, 0).stream().map(CompletionItem::getLabel).toList());
    }

    private List<CompletionItem> complete(String uri, int line, int character) {
        return WireClient.join(client.server.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))).getLeft();
    }

    private Hover hover(String uri, int line, int character) {
        return WireClient.join(client.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character))));
    }

    private static InitializeParams markdownAndSnippets() {
        CompletionItemCapabilities item = new CompletionItemCapabilities(true);
        item.setDocumentationFormat(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT));
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        text.setCompletion(new CompletionCapabilities(item));
        text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN), false));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        return params;
    }
}
