package dockerfilels.testing;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Reading {@code buildkit-parser-cases.json}, BuildKit's Go table tests as data: its groups, their
 * cases, and one named dynamic test a case. The lexer tests and the parser tests each run their own
 * groups of the file; this is the one place that knows its layout, so that both read it alike.
 */
public final class CorpusCases {
    private CorpusCases() {
    }

    /** A test's body for one case. */
    public interface CaseBody {
        void run(JsonObject c) throws Exception;
    }

    /** The group of the Go test {@code test}; fails when the corpus has no such group. */
    public static JsonObject group(String test) {
        JsonObject root = JsonParser.parseString(Corpus.read("buildkit-parser-cases.json")).getAsJsonObject();
        for (JsonElement g : root.getAsJsonArray("groups")) {
            if (g.getAsJsonObject().get("test").getAsString().equals(test)) {
                return g.getAsJsonObject();
            }
        }
        throw new AssertionError("group " + test + " not in the corpus");
    }

    /** The cases of the group of {@code test}, in the file's order. */
    public static List<JsonObject> cases(String test) {
        List<JsonObject> cases = new ArrayList<>();
        group(test).getAsJsonArray("cases").forEach(c -> cases.add(c.getAsJsonObject()));
        return cases;
    }

    /** One dynamic test a case, named {@code #index name}, that runs {@code body} on it. */
    public static Stream<DynamicTest> each(List<JsonObject> cases, Function<JsonObject, String> name, CaseBody body) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonObject c = cases.get(i);
            tests.add(dynamicTest("#" + i + " " + name.apply(c), () -> body.run(c)));
        }
        return tests.stream();
    }

    /** A case's {@code input} string. */
    public static String input(JsonObject c) {
        return c.get("input").getAsString();
    }

    /** A JSON array of strings as a list. */
    public static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
