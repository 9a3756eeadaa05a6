package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.features.Analysis;
import dockerfilels.lsp.DocumentStore.Snapshot;
import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Linter;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.syntax.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;

/** Staleness, step by step: the executor here runs queued work only when the test says so. */
class DiagnosticsPublisherTest {
    private static final String URI = "file:///Dockerfile";
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor manual = queued::add;
    private final DocumentStore documents = new DocumentStore();
    private final List<PublishDiagnosticsParams> published = new ArrayList<>();
    private final DiagnosticsPublisher publisher = new DiagnosticsPublisher(documents,
            new Linting(documents, new ServerSettings(new ClientLog())), manual, new ClientLog());

    DiagnosticsPublisherTest() {
        publisher.connect(new Recorder());
    }

    @Test
    void workForAVersionThatIsNoLongerCurrentIsDropped() {
        publisher.schedule(documents.open(URI, 1, "FROM a\n"));
        publisher.schedule(change(2, "FROM b\n"));
        publisher.schedule(change(3, "FROM c\n"));

        runQueued();

        assertEquals(List.of(3), versions());
    }

    @Test
    void workQueuedBeforeACloseIsDroppedAndTheEmptyListStaysLast() {
        publisher.schedule(documents.open(URI, 1, "FROM a\n"));
        documents.close(URI, () -> publisher.cleared(URI));

        runQueued();

        assertEquals(1, published.size());
        assertTrue(published.get(0).getDiagnostics().isEmpty());
    }

    @Test
    void aResultIsPublishedOnlyWhileItsSnapshotIsCurrent() {
        Snapshot first = documents.open(URI, 1, "FROM a\n");
        change(2, "FROM b\n");

        assertFalse(documents.ifCurrent(first, () -> published.add(new PublishDiagnosticsParams())));
        assertEquals(List.of(), published);
    }

    @Test
    void aLintWhoseSettingsChangedWhileItRanIsDropped() {
        ServerSettings settings = new ServerSettings(new ClientLog());
        LintSettings off = new LintSettings(Map.of("MaintainerDeprecated", RuleLevel.OFF), Map.of(), null);
        // A rule that changes the settings while the lint runs, once: the race of a didChangeConfiguration.
        Rule changesSettings = new Rule() {
            private final RuleInfo info = new RuleInfo("ChangesSettings", Severity.WARNING, Category.BEST_PRACTICE, "d",
                    "e", "b", "g", "https://example.com", List.of(), false);
            private boolean done;

            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(LintContext context, Findings findings) {
                if (!done) {
                    done = true;
                    settings.setClient(off);
                }
            }
        };
        Linting linting = new Linting(documents, settings, new Analysis(new Linter(List.of(changesSettings)), m -> { }, false));
        DiagnosticsPublisher racing = new DiagnosticsPublisher(documents, linting, manual, new ClientLog());
        racing.connect(new Recorder());

        Snapshot snapshot = documents.open(URI, 1, "FROM a\n");
        racing.schedule(snapshot);
        runQueued();
        assertEquals(List.of(), published, "published with settings that had changed meanwhile");

        racing.schedule(snapshot);
        runQueued();
        assertEquals(List.of(1), versions());
    }

    @Test
    void nothingIsPushedWhenTheClientPulls() {
        publisher.setEnabled(false);
        publisher.schedule(documents.open(URI, 1, "FROM a\n"));

        runQueued();

        assertEquals(List.of(), published);
    }

    private Snapshot change(int version, String text) {
        return documents.change(URI, version, List.of(new TextDocumentContentChangeEvent(text)));
    }

    private void runQueued() {
        new ArrayList<>(queued).forEach(Runnable::run);
        queued.clear();
    }

    private List<Integer> versions() {
        return published.stream().map(PublishDiagnosticsParams::getVersion).toList();
    }

    private final class Recorder implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            published.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
