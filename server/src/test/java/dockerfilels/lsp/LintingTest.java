package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dockerfilels.lsp.DocumentStore.Snapshot;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One lint per (snapshot, settings): diagnostics and code actions of a version share it. */
class LintingTest {
    private final DocumentStore documents = new DocumentStore();
    private final ServerSettings settings = new ServerSettings(new ClientLog());
    private final Linting linting = new Linting(documents, settings);

    @Test
    void aSnapshotIsLintedOnceUntilTheSettingsChange() {
        Snapshot snapshot = documents.open("file:///p/Dockerfile", 1, "FROM a\nMAINTAINER x\n");

        var first = linting.of(snapshot);
        assertSame(first, linting.of(snapshot));

        settings.setClient(new LintSettings(Map.of("MaintainerDeprecated", RuleLevel.OFF), Map.of(), null));
        var relinted = linting.of(snapshot);
        assertNotSame(first, relinted);
        assertEquals(1, first.findings().size());
        assertEquals(0, relinted.findings().size());
    }

    @Test
    void equalSettingsKeepTheCachedLint() {
        Snapshot snapshot = documents.open("file:///p/Dockerfile", 1, "FROM a\n");
        var first = linting.of(snapshot);

        settings.setClient(LintSettings.DEFAULT);

        assertSame(first, linting.of(snapshot));
    }

    @Test
    void aNewVersionIsLintedAgain() {
        Snapshot one = documents.open("file:///p/Dockerfile", 1, "FROM a\n");
        var first = linting.of(one);
        Snapshot two = documents.change("file:///p/Dockerfile", 2, java.util.List.of(
                new org.eclipse.lsp4j.TextDocumentContentChangeEvent("FROM a\nMAINTAINER x\n")));

        assertNotSame(first, linting.of(two));
        assertEquals(1, linting.of(two).findings().size());
    }
}
