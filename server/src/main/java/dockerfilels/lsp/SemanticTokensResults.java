package dockerfilels.lsp;

import dockerfilels.features.tokens.SemanticTokens;
import dockerfilels.features.tokens.Token;
import dockerfilels.features.tokens.TokenEncoding;
import dockerfilels.features.tokens.TokenModifier;
import dockerfilels.features.tokens.TokenType;
import dockerfilels.lsp.DocumentStore.Snapshot;
import dockerfilels.syntax.TextRange;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Semantic tokens as LSP4J's types, and the last full result sent for each document, so that
 * {@code semanticTokens/full/delta} can answer with the edits from the result the client holds.
 * A delta against an id we no longer have is answered with full tokens, as the protocol allows.
 */
final class SemanticTokensResults {
    private record Sent(String resultId, int[] data) {
    }

    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final DocumentStore documents;

    SemanticTokensResults(DocumentStore documents) {
        this.documents = documents;
    }

    /** The capability: our legend, full with delta, and range. */
    static SemanticTokensWithRegistrationOptions capability() {
        SemanticTokensLegend legend = new SemanticTokensLegend(TokenType.legend(), TokenModifier.legend());
        return new SemanticTokensWithRegistrationOptions(legend, new SemanticTokensServerFull(true), true);
    }

    org.eclipse.lsp4j.SemanticTokens full(Snapshot snapshot) {
        if (snapshot == null) {
            return new org.eclipse.lsp4j.SemanticTokens(List.of());
        }
        Sent result = remember(snapshot.uri(), encode(snapshot, null));
        return new org.eclipse.lsp4j.SemanticTokens(result.resultId(), boxed(result.data()));
    }

    Either<org.eclipse.lsp4j.SemanticTokens, SemanticTokensDelta> delta(Snapshot snapshot, String previousResultId) {
        if (snapshot == null) {
            return Either.forLeft(new org.eclipse.lsp4j.SemanticTokens(List.of()));
        }
        Sent previous = sent.get(snapshot.uri());
        if (previous == null || !previous.resultId().equals(previousResultId)) {
            return Either.forLeft(full(snapshot));
        }
        Sent result = remember(snapshot.uri(), encode(snapshot, null));
        List<SemanticTokensEdit> edits = TokenEncoding.delta(previous.data(), result.data()).stream()
                .map(e -> new SemanticTokensEdit(e.start(), e.deleteCount(), boxed(e.data()))).toList();
        return Either.forRight(new SemanticTokensDelta(edits, result.resultId()));
    }

    org.eclipse.lsp4j.SemanticTokens range(Snapshot snapshot, TextRange range) {
        if (snapshot == null || range == null) {
            return new org.eclipse.lsp4j.SemanticTokens(List.of());
        }
        return new org.eclipse.lsp4j.SemanticTokens(boxed(encode(snapshot, range)));
    }

    private static int[] encode(Snapshot snapshot, TextRange range) {
        List<Token> tokens = SemanticTokens.of(snapshot.document().text(), snapshot.document().model(), range);
        return TokenEncoding.encode(tokens);
    }

    /** Keeps the result for the next delta; forgets those of documents no longer open. */
    private Sent remember(String uri, int[] data) {
        Sent result = new Sent(Long.toString(ids.incrementAndGet()), data);
        sent.put(uri, result);
        sent.keySet().removeIf(open -> documents.get(open) == null);
        return result;
    }

    private static List<Integer> boxed(int[] data) {
        return Arrays.stream(data).boxed().toList();
    }
}
