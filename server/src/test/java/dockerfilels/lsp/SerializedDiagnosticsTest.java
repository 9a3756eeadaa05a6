package dockerfilels.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import java.util.List;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.junit.jupiter.api.Test;

class SerializedDiagnosticsTest {
    private static final Diagnostic CASING = new Diagnostic(TextRange.of(0, 0, 0, 4), Severity.WARNING, "FromAsCasing", "'as' and 'FROM' differ");
    private static final Diagnostic UNUSED = new Diagnostic(TextRange.of(1, 0, 2, 3), Severity.HINT, "UnusedStage", "Stage 'a' <unused> & \"gone\"");

    @Test
    void aDiagnosticPublishedLastTimeIsTheSameObjectNextTime() {
        SerializedDiagnostics serialized = new SerializedDiagnostics();
        var first = serialized.convert("file:///a", List.of(CASING, UNUSED));
        serialized.keep(first);
        var second = serialized.convert("file:///a", List.of(UNUSED));
        assertSame(first.diagnostics().get(1), second.diagnostics().get(0));
        assertNotSame(first.diagnostics().get(0), serialized.convert("file:///b", List.of(CASING)).diagnostics().get(0));
    }

    @Test
    void aConversionNotKeptIsNotReused() {
        SerializedDiagnostics serialized = new SerializedDiagnostics();
        var unpublished = serialized.convert("file:///a", List.of(CASING));
        assertNotSame(unpublished.diagnostics().get(0), serialized.convert("file:///a", List.of(CASING)).diagnostics().get(0));
        serialized.keep(unpublished);
        serialized.forget("file:///a");
        assertNotSame(unpublished.diagnostics().get(0), serialized.convert("file:///a", List.of(CASING)).diagnostics().get(0));
    }

    @Test
    void keptJsonIsWhatLsp4jWritesItself() {
        SerializedDiagnostics serialized = new SerializedDiagnostics();
        var converted = serialized.convert("file:///a", List.of(CASING, UNUSED));
        Gson plain = new MessageJsonHandler(java.util.Map.of()).getGson();
        GsonBuilder builder = new MessageJsonHandler(java.util.Map.of()).getDefaultGsonBuilder();
        SerializedDiagnostics.register(builder);
        Gson caching = builder.create();
        PublishDiagnosticsParams params = new PublishDiagnosticsParams("file:///a", converted.diagnostics(), 3);
        PublishDiagnosticsParams expected = new PublishDiagnosticsParams("file:///a", LspConversions.diagnostics(List.of(CASING, UNUSED)), 3);
        String json = plain.toJson(expected);
        assertEquals(json, caching.toJson(params), "first write");
        assertEquals(json, caching.toJson(params), "written again from the kept JSON");
        assertEquals(expected.getDiagnostics(), plain.fromJson(caching.toJson(params), PublishDiagnosticsParams.class).getDiagnostics());
    }
}
