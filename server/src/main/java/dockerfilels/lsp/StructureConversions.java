package dockerfilels.lsp;

import dockerfilels.features.lenses.InlayHints;
import dockerfilels.features.lenses.StageLenses;
import dockerfilels.features.links.DocumentLinks;
import dockerfilels.features.structure.FoldingRanges;
import dockerfilels.features.symbols.OutlineSymbol;
import dockerfilels.features.symbols.WorkspaceSymbols;
import dockerfilels.syntax.TextRange;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.SymbolTag;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** LSP4J shapes of the outline, workspace symbols, folding, selection ranges, lenses, hints and links. */
final class StructureConversions {
    private StructureConversions() {
    }

    static DocumentSymbol symbol(OutlineSymbol s) {
        DocumentSymbol symbol = new DocumentSymbol(s.name(), kind(s.kind()), LspConversions.range(s.range()),
                LspConversions.range(s.selection()), s.detail().isEmpty() ? null : s.detail(),
                s.children().stream().map(StructureConversions::symbol).toList());
        if (s.deprecated()) {
            symbol.setTags(List.of(SymbolTag.Deprecated));
        }
        return symbol;
    }

    private static SymbolKind kind(OutlineSymbol.Kind kind) {
        return switch (kind) {
            case STAGE -> SymbolKind.Class;
            case INSTRUCTION -> SymbolKind.Function;
            case VARIABLE -> SymbolKind.Variable;
            case DIRECTIVE -> SymbolKind.Property;
        };
    }

    static WorkspaceSymbol workspaceSymbol(WorkspaceSymbols.Found found) {
        return new WorkspaceSymbol(found.name(), SymbolKind.Class,
                Either.forLeft(new Location(found.uri(), LspConversions.range(found.range()))), found.detail());
    }

    static FoldingRange fold(FoldingRanges.Fold fold) {
        FoldingRange range = new FoldingRange(fold.startLine(), fold.endLine());
        range.setKind(fold.kind() == FoldingRanges.Kind.COMMENT ? FoldingRangeKind.Comment : FoldingRangeKind.Region);
        return range;
    }

    /** The innermost-first chain as LSP's linked list (each range's parent is the next). */
    static SelectionRange selection(List<TextRange> chain) {
        SelectionRange parent = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            parent = new SelectionRange(LspConversions.range(chain.get(i)), parent);
        }
        return parent;
    }

    /** A lens with a title only: the command id is empty, so clicking does nothing. */
    static CodeLens lens(StageLenses.Lens lens) {
        return new CodeLens(LspConversions.range(lens.range()), new Command(lens.title(), ""), null);
    }

    static InlayHint hint(InlayHints.Hint hint) {
        InlayHint result = new InlayHint(LspConversions.position(hint.position()), Either.forLeft(hint.label()));
        result.setKind(InlayHintKind.Type);
        result.setPaddingLeft(true);
        result.setTooltip(hint.tooltip());
        return result;
    }

    static DocumentLink link(DocumentLinks.Link link) {
        return new DocumentLink(LspConversions.range(link.range()), link.target(), null, link.tooltip());
    }
}
