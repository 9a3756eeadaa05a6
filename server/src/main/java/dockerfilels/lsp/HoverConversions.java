package dockerfilels.lsp;

import dockerfilels.features.hover.HoverResult;
import org.eclipse.lsp4j.Hover;

/** A hover result as an LSP4J hover, Markdown or plain text as the client takes it. */
final class HoverConversions {
    private HoverConversions() {
    }

    static Hover hover(HoverResult result, EditorCapabilities editor) {
        return new Hover(CompletionConversions.markup(result.markdown(), editor.hoverMarkdown()), LspConversions.range(result.range()));
    }
}
