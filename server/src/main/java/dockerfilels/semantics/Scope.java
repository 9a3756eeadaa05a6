package dockerfilels.semantics;

import dockerfilels.shell.Env;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables one instruction sees, as BuildKit dispatches it: {@code env} holds what has a value
 * (in the order it was first set), {@code args} every ARG declared so far, with or without a value.
 * A name counts as defined if it is in either. Immutable.
 */
public final class Scope {
    static final Scope EMPTY = new Scope(Map.of(), Map.of());

    private final Map<String, Declaration> env;
    private final Map<String, Declaration> args;

    private Scope(Map<String, Declaration> env, Map<String, Declaration> args) {
        this.env = env;
        this.args = args;
    }

    /** The environment for the shell lexer: names with values only. */
    public Env env() {
        return name -> {
            Declaration d = env.get(name);
            return d == null ? null : d.value();
        };
    }

    /** Whether BuildKit treats {@code name} as defined here (set in the environment, or a declared ARG). */
    public boolean defines(String name) {
        return env.containsKey(name) || args.containsKey(name);
    }

    /** Where {@code name} got its current value, or its ARG declaration if it has none; null if undefined. */
    public Declaration lookup(String name) {
        Declaration d = env.get(name);
        return d != null ? d : args.get(name);
    }

    /** The names with a value, in the order they were first set (BuildKit's suggestion candidates). */
    public List<String> envNames() {
        return List.copyOf(env.keySet());
    }

    /** The declared ARG names, in order. */
    public List<String> argNames() {
        return List.copyOf(args.keySet());
    }

    public Map<String, Declaration> variables() {
        Map<String, Declaration> all = new LinkedHashMap<>(args);
        all.putAll(env);
        return Collections.unmodifiableMap(all);
    }

    /** This scope with {@code d} set in the environment (if it has a value) and, for ARGs, declared. */
    Scope with(Declaration d, boolean inEnv) {
        Map<String, Declaration> newEnv = env;
        if (inEnv && d.hasValue()) {
            newEnv = new LinkedHashMap<>(env);
            newEnv.put(d.name(), d);
        }
        Map<String, Declaration> newArgs = args;
        if (d.kind() == Declaration.Kind.ARG || d.kind() == Declaration.Kind.GLOBAL_ARG) {
            newArgs = new LinkedHashMap<>(args);
            newArgs.put(d.name(), d);
        }
        return new Scope(newEnv, newArgs);
    }
}
