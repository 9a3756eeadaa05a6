package dockerfilels.semantics;

import dockerfilels.shell.Env;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables one instruction sees, as BuildKit dispatches it: the environment holds what has a
 * value (in the order it was first set), the ARGs every ARG declared so far, with or without a value.
 * A name counts as defined if it is in either. Immutable.
 *
 * <p>Every instruction of a file has its own scope, so a scope shares almost all of itself with the
 * scope before it: both maps are {@link PersistentMap}s, and a declaration copies only the path to
 * its name. A file with n declarations costs O(n log n) time and memory.
 */
public final class Scope {
    static final Scope EMPTY = new Scope(PersistentMap.empty(), PersistentMap.empty());

    private final PersistentMap<Declaration> env;
    private final PersistentMap<Declaration> args;
    private List<String> envNames;

    private Scope(PersistentMap<Declaration> env, PersistentMap<Declaration> args) {
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
        List<String> names = envNames;
        if (names == null) {
            names = names(env);
            envNames = names;
        }
        return names;
    }

    /** The declared ARG names, in order. */
    public List<String> argNames() {
        return names(args);
    }

    /** Every defined name with where it was declared (its value's declaration when it has one). */
    public Map<String, Declaration> variables() {
        Map<String, Declaration> all = new LinkedHashMap<>();
        for (PersistentMap.Entry<Declaration> e : args.entriesInOrder()) {
            all.put(e.key(), e.value());
        }
        for (PersistentMap.Entry<Declaration> e : env.entriesInOrder()) {
            all.put(e.key(), e.value());
        }
        return Collections.unmodifiableMap(all);
    }

    private static List<String> names(PersistentMap<Declaration> map) {
        List<String> names = new ArrayList<>(map.size());
        for (PersistentMap.Entry<Declaration> e : map.entriesInOrder()) {
            names.add(e.key());
        }
        return List.copyOf(names);
    }

    /** This scope with {@code d} set in the environment (if {@code inEnv} and it has a value) and, for ARGs, declared. */
    Scope with(Declaration d, boolean inEnv) {
        PersistentMap<Declaration> newEnv = inEnv && d.hasValue() ? env.with(d.name(), d) : env;
        boolean arg = d.kind() == Declaration.Kind.ARG || d.kind() == Declaration.Kind.GLOBAL_ARG;
        PersistentMap<Declaration> newArgs = arg ? args.with(d.name(), d) : args;
        return new Scope(newEnv, newArgs);
    }
}
