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
 * <p>Every instruction of a file has its own scope, so a scope shares a snapshot with the scopes
 * before it and keeps only the last few declarations on its own; the snapshot is renewed when those
 * exceed {@value #MAX_DELTA}. A file with n declarations costs O(n * (n / MAX_DELTA + MAX_DELTA)).
 */
public final class Scope {
    private static final int MAX_DELTA = 32;
    static final Scope EMPTY = new Scope(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, Declaration> sharedEnv;
    private final Map<String, Declaration> sharedArgs;
    private final Map<String, Declaration> env;
    private final Map<String, Declaration> args;
    private List<String> envNames;

    private Scope(Map<String, Declaration> sharedEnv, Map<String, Declaration> sharedArgs, Map<String, Declaration> env,
            Map<String, Declaration> args) {
        this.sharedEnv = sharedEnv;
        this.sharedArgs = sharedArgs;
        this.env = env;
        this.args = args;
    }

    /** The environment for the shell lexer: names with values only. */
    public Env env() {
        return name -> {
            Declaration d = envDeclaration(name);
            return d == null ? null : d.value();
        };
    }

    private Declaration envDeclaration(String name) {
        Declaration d = env.get(name);
        return d != null ? d : sharedEnv.get(name);
    }

    private Declaration argDeclaration(String name) {
        Declaration d = args.get(name);
        return d != null ? d : sharedArgs.get(name);
    }

    /** Whether BuildKit treats {@code name} as defined here (set in the environment, or a declared ARG). */
    public boolean defines(String name) {
        return envDeclaration(name) != null || argDeclaration(name) != null;
    }

    /** Where {@code name} got its current value, or its ARG declaration if it has none; null if undefined. */
    public Declaration lookup(String name) {
        Declaration d = envDeclaration(name);
        return d != null ? d : argDeclaration(name);
    }

    /** The names with a value, in the order they were first set (BuildKit's suggestion candidates). */
    public List<String> envNames() {
        List<String> names = envNames;
        if (names == null) {
            names = names(sharedEnv, env);
            envNames = names;
        }
        return names;
    }

    /** The declared ARG names, in order. */
    public List<String> argNames() {
        return names(sharedArgs, args);
    }

    /** Every defined name with where it was declared (its value's declaration when it has one). */
    public Map<String, Declaration> variables() {
        Map<String, Declaration> all = new LinkedHashMap<>(sharedArgs);
        all.putAll(args);
        all.putAll(sharedEnv);
        all.putAll(env);
        return Collections.unmodifiableMap(all);
    }

    private static List<String> names(Map<String, Declaration> shared, Map<String, Declaration> own) {
        List<String> names = new ArrayList<>(shared.keySet());
        for (String name : own.keySet()) {
            if (!shared.containsKey(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** This scope with {@code d} set in the environment (if {@code inEnv} and it has a value) and, for ARGs, declared. */
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
        if (newEnv.size() + newArgs.size() <= MAX_DELTA) {
            return new Scope(sharedEnv, sharedArgs, newEnv, newArgs);
        }
        return new Scope(merge(sharedEnv, newEnv), merge(sharedArgs, newArgs), Map.of(), Map.of());
    }

    private static Map<String, Declaration> merge(Map<String, Declaration> shared, Map<String, Declaration> own) {
        if (own.isEmpty()) {
            return shared;
        }
        Map<String, Declaration> merged = new LinkedHashMap<>(shared);
        merged.putAll(own);
        return Collections.unmodifiableMap(merged);
    }
}
