package dockerfilels.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The variables a word is expanded against. Names are case-sensitive, as in BuildKit on Unix. */
@FunctionalInterface
public interface Env {
    /** An environment with no variables: every reference is unset. */
    Env EMPTY = name -> null;

    /** The value of {@code name}, or {@code null} when it is unset (set-but-empty is {@code ""}). */
    String get(String name);

    /** A snapshot of {@code variables}. */
    static Env of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return copy::get;
    }

    /**
     * An environment from {@code KEY=VALUE} entries, like BuildKit's {@code BuildEnvs}: the value is
     * everything after the first {@code =}, an entry without {@code =} sets the key to the empty
     * string, and a later entry for the same key wins.
     */
    static Env fromList(List<String> entries) {
        Map<String, String> variables = new HashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                variables.put(entry, "");
            } else {
                variables.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return of(variables);
    }
}
