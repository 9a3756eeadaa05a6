package dockerfilels.lsp;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Diagnostic;

/**
 * Diagnostics are sent whole on every keystroke, and a large file has a thousand of them, nearly
 * all the same as last time. Each document keeps the LSP diagnostics of its last publish, by the
 * diagnostic they were made from; one that comes back is the same object, and its JSON, written
 * once, is copied into the message as it is ({@link #register}) instead of being serialized again.
 */
final class SerializedDiagnostics {
    private final Map<String, Map<dockerfilels.syntax.Diagnostic, Cached>> byDocument = new ConcurrentHashMap<>();

    /** An LSP diagnostic that keeps its JSON once written. The object is never changed after it is made. */
    static final class Cached extends Diagnostic {
        private transient volatile String json;
    }

    /** A conversion, kept for the next one only once it is published ({@link #keep}). */
    record Converted(String uri, List<Diagnostic> diagnostics, Map<dockerfilels.syntax.Diagnostic, Cached> byOrigin) {
    }

    /** The LSP diagnostics of a document's diagnostics, reusing those of its last publish. */
    Converted convert(String uri, List<dockerfilels.syntax.Diagnostic> diagnostics) {
        Map<dockerfilels.syntax.Diagnostic, Cached> previous = byDocument.getOrDefault(uri, Map.of());
        Map<dockerfilels.syntax.Diagnostic, Cached> next = new HashMap<>();
        List<Diagnostic> result = new ArrayList<>(diagnostics.size());
        for (dockerfilels.syntax.Diagnostic diagnostic : diagnostics) {
            Cached converted = previous.get(diagnostic);
            if (converted == null) {
                converted = cached(LspConversions.diagnostic(diagnostic));
            }
            next.put(diagnostic, converted);
            result.add(converted);
        }
        return new Converted(uri, result, next);
    }

    /** Keeps a published conversion for the document's next one (called under the store's lock, as is {@link #forget}). */
    void keep(Converted converted) {
        byDocument.put(converted.uri(), converted.byOrigin());
    }

    void forget(String uri) {
        byDocument.remove(uri);
    }

    private static Cached cached(Diagnostic d) {
        Cached c = new Cached();
        c.setRange(d.getRange());
        c.setSeverity(d.getSeverity());
        c.setCode(d.getCode());
        c.setCodeDescription(d.getCodeDescription());
        c.setSource(d.getSource());
        c.setMessage(d.getMessage());
        c.setTags(d.getTags());
        c.setRelatedInformation(d.getRelatedInformation());
        c.setData(d.getData());
        return c;
    }

    /** Lets LSP4J's Gson write a kept diagnostic's JSON as it is, writing it the usual way the first time. */
    static void register(GsonBuilder gson) {
        gson.registerTypeAdapterFactory(new TypeAdapterFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> TypeAdapter<T> create(Gson context, TypeToken<T> type) {
                if (type.getRawType() != Cached.class) {
                    return null;
                }
                TypeAdapter<Diagnostic> plain = context.getAdapter(Diagnostic.class);
                return (TypeAdapter<T>) new TypeAdapter<Cached>() {
                    @Override
                    public void write(JsonWriter out, Cached value) throws IOException {
                        if (value == null) {
                            out.nullValue();
                            return;
                        }
                        String json = value.json;
                        if (json == null) {
                            StringWriter text = new StringWriter();
                            JsonWriter writer = new JsonWriter(text);
                            writer.setSerializeNulls(out.getSerializeNulls());
                            writer.setHtmlSafe(out.isHtmlSafe());
                            plain.write(writer, value);
                            writer.flush();
                            json = text.toString();
                            value.json = json;
                        }
                        out.jsonValue(json);
                    }

                    @Override
                    public Cached read(JsonReader in) throws IOException {
                        Diagnostic d = plain.read(in);
                        return d == null ? null : cached(d);
                    }
                };
            }
        });
    }
}
