package dockerfilels.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;

/**
 * What the client can show, read from InitializeParams once: snippets in completions, and
 * Markdown in completion documentation, hovers and signature help (else plain text).
 */
record EditorCapabilities(boolean snippets, boolean completionMarkdown, boolean hoverMarkdown, boolean signatureMarkdown) {
    static final EditorCapabilities PLAIN = new EditorCapabilities(false, false, false, false);

    static EditorCapabilities of(ClientCapabilities capabilities) {
        TextDocumentClientCapabilities text = capabilities == null ? null : capabilities.getTextDocument();
        if (text == null) {
            return PLAIN;
        }
        var item = text.getCompletion() == null ? null : text.getCompletion().getCompletionItem();
        boolean snippets = item != null && Boolean.TRUE.equals(item.getSnippetSupport());
        boolean completionMarkdown = item != null && markdown(item.getDocumentationFormat());
        boolean hoverMarkdown = text.getHover() != null && markdown(text.getHover().getContentFormat());
        var signature = text.getSignatureHelp() == null ? null : text.getSignatureHelp().getSignatureInformation();
        boolean signatureMarkdown = signature != null && markdown(signature.getDocumentationFormat());
        return new EditorCapabilities(snippets, completionMarkdown, hoverMarkdown, signatureMarkdown);
    }

    /** A client lists the formats it takes, best first; Markdown anywhere in the list will do. */
    private static boolean markdown(List<String> formats) {
        return formats != null && formats.contains(MarkupKind.MARKDOWN);
    }
}
