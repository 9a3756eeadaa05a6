package dockerfilels.lsp;

import dockerfilels.features.completion.CompletionItem;
import dockerfilels.features.cursor.Markdown;
import java.util.List;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemTag;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Completion proposals as LSP4J completion items. */
final class CompletionConversions {
    private CompletionConversions() {
    }

    static List<org.eclipse.lsp4j.CompletionItem> items(List<CompletionItem> items, EditorCapabilities editor) {
        return items.stream().map(item -> item(item, editor)).toList();
    }

    static org.eclipse.lsp4j.CompletionItem item(CompletionItem item, EditorCapabilities editor) {
        org.eclipse.lsp4j.CompletionItem result = new org.eclipse.lsp4j.CompletionItem(item.label());
        result.setKind(kind(item.kind()));
        result.setDetail(item.detail());
        if (item.documentation() != null) {
            result.setDocumentation(markup(item.documentation(), editor.completionMarkdown()));
        }
        result.setTextEdit(Either.forLeft(new TextEdit(LspConversions.range(item.range()), item.insertText())));
        result.setInsertTextFormat(item.snippet() ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        result.setSortText(item.sortText());
        result.setFilterText(item.label());
        if (item.deprecated()) {
            result.setTags(List.of(CompletionItemTag.Deprecated));
            result.setDeprecated(true);
        }
        return result;
    }

    /** Markdown as Markdown, or as plain text for a client that cannot render it. */
    static MarkupContent markup(String markdown, boolean asMarkdown) {
        return asMarkdown ? new MarkupContent(MarkupKind.MARKDOWN, markdown)
                : new MarkupContent(MarkupKind.PLAINTEXT, Markdown.toPlainText(markdown));
    }

    private static CompletionItemKind kind(CompletionItem.Kind kind) {
        return switch (kind) {
            case KEYWORD -> CompletionItemKind.Keyword;
            case FLAG -> CompletionItemKind.Field;
            case VALUE -> CompletionItemKind.Value;
            case VARIABLE -> CompletionItemKind.Variable;
            case OPERATOR -> CompletionItemKind.Operator;
            case STAGE -> CompletionItemKind.Reference;
            case IMAGE -> CompletionItemKind.Module;
            case FILE -> CompletionItemKind.File;
            case FOLDER -> CompletionItemKind.Folder;
            case DIRECTIVE -> CompletionItemKind.Property;
            case RULE -> CompletionItemKind.EnumMember;
            case TEXT -> CompletionItemKind.Text;
        };
    }
}
