package dockerfilels.lsp;

import dockerfilels.features.navigation.Highlights;
import dockerfilels.features.navigation.Rename;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** LSP4J shapes of definition, references, highlights and rename. */
final class NavigationConversions {
    private NavigationConversions() {
    }

    static List<Location> locations(String uri, List<TextRange> ranges) {
        return ranges.stream().map(r -> new Location(uri, LspConversions.range(r))).toList();
    }

    static List<DocumentHighlight> highlights(List<Highlights.Highlight> highlights) {
        return highlights.stream().map(h -> new DocumentHighlight(LspConversions.range(h.range()),
                h.write() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read)).toList();
    }

    /** The range and current name; null when there is nothing to rename; a refusal becomes the request's error. */
    static Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepared(Rename.Preparation preparation) {
        if (preparation.error() != null) {
            throw refused(preparation.error());
        }
        if (preparation.range() == null) {
            return null;
        }
        return Either3.forSecond(new PrepareRenameResult(LspConversions.range(preparation.range()), preparation.placeholder()));
    }

    static WorkspaceEdit renamed(Rename.Result result, String uri, Integer version, boolean documentChanges) {
        if (result.error() != null) {
            throw refused(result.error());
        }
        List<org.eclipse.lsp4j.TextEdit> edits = result.edits().stream().map(NavigationConversions::edit).toList();
        WorkspaceEdit edit = new WorkspaceEdit();
        if (documentChanges) {
            edit.setDocumentChanges(List.of(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version),
                    edits.stream().map(e -> Either.<org.eclipse.lsp4j.TextEdit, SnippetTextEdit>forLeft(e)).toList()))));
        } else {
            edit.setChanges(Map.of(uri, edits));
        }
        return edit;
    }

    private static org.eclipse.lsp4j.TextEdit edit(TextEdit edit) {
        return new org.eclipse.lsp4j.TextEdit(LspConversions.range(edit.range()), edit.newText());
    }

    /** A refused rename: the client shows the message. */
    static ResponseErrorException refused(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, message, null));
    }
}
