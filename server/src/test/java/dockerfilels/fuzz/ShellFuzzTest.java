package dockerfilels.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dockerfilels.shell.Env;
import dockerfilels.shell.HeredocMarker;
import dockerfilels.shell.Heredocs;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.shell.VariableReference;
import dockerfilels.shell.VariableReferences;
import java.util.HashMap;
import java.util.Map;

/**
 * BuildKit's shell-word lexer and variable expansion on arbitrary words, with arbitrary options
 * and variables: only {@link ShellException} (what BuildKit rejects, or a work limit), in
 * bounded time; variable references and heredoc markers always lie inside the text.
 */
class ShellFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void expandArbitraryWords(FuzzedDataProvider data) throws Exception {
        Bounded.run(() -> expand(data));
    }

    private static void expand(FuzzedDataProvider data) throws Exception {
        char escape = data.consumeBoolean() ? '\\' : '`';
        ShellLexer lexer = new ShellLexer(escape).withRawQuotes(data.consumeBoolean())
                .withRawEscapes(data.consumeBoolean()).withSkipUnsetEnv(data.consumeBoolean());
        Map<String, String> variables = new HashMap<>();
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
            variables.put(data.consumeString(8), data.consumeString(64));
        }
        Env env = Env.of(variables);
        String word = data.consumeRemainingAsString();
        try {
            lexer.processWord(word, env);
        } catch (ShellException rejected) {
            // BuildKit rejects it too, or it is beyond the work limit: both are answers.
        }
        try {
            lexer.processWords(word, env);
        } catch (ShellException rejected) {
            // as above
        }
        try {
            lexer.processWordWithMatches(word, env);
        } catch (ShellException rejected) {
            // as above
        }
        for (VariableReference ref : VariableReferences.find(word, escape)) {
            assertTrue(0 <= ref.start() && ref.nameStart() <= ref.nameEnd() && ref.nameEnd() <= ref.end()
                    && ref.end() <= word.length(), ref::toString);
            assertEquals(ref.name(), word.substring(ref.nameStart(), ref.nameEnd()));
        }
        for (HeredocMarker marker : Heredocs.fromLine(word)) {
            assertTrue(0 <= marker.start() && marker.start() < marker.end() && marker.end() <= word.length(), marker::toString);
        }
    }
}
