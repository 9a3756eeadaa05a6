package dockerfilels.semantics;

import dockerfilels.shell.Env;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BuildKit's variable scoping (buildkit.md section 6), computed once per document:
 * <ul>
 * <li>The global scope, which FROM lines see: the predefined platform arguments, then the ARGs
 * before the first FROM with their default values (no build arguments are known).</li>
 * <li>Per stage, the scope before each instruction: the base stage's final scope for
 * {@code FROM <stage>}, else the base image's environment: {@code PATH}, which BuildKit always sets,
 * and for well-known images the ENV names they set ({@link BaseImages}, values unknown: ""); then ENV and ARG in order. A global ARG or platform
 * argument is visible in a stage only after {@code ARG name} repeats it, and takes its value from
 * there. All values of one ENV are expanded with the scope from before that ENV.</li>
 * </ul>
 * Platform arguments have the values of a linux/amd64 build of the last stage; they are
 * placeholders for checks that only need to know a value exists.
 *
 * <p>A stage's scopes are worked out when first asked for (with those of the stages it is built
 * on), so a check of one stage after a keystroke does not pay for the whole file.
 */
public final class Variables {
    /** BuildKit's predefined platform arguments, in its order. */
    public static final List<String> PLATFORM_ARGS = List.of("BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION", "BUILDARCH",
            "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE");
    /** Proxy arguments: usable as build args without an ARG, and passed to RUN; not defined otherwise. */
    public static final List<String> PROXY_ARGS = List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");
    /** Build arguments BuildKit itself reads (they configure the build, not the image). */
    public static final List<String> BUILTIN_BUILD_ARGS = List.of("BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_CONTEXT_KEEP_GIT_DIR",
            "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM", "BUILDKIT_SANDBOX_HOSTNAME", "BUILDKIT_SYNTAX",
            "BUILDKIT_DOCKERFILE_CHECK", "BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE", "SOURCE_DATE_EPOCH");
    /** ARGs that BuildKit never puts into the environment, and never reports as undefined. */
    public static final Set<String> NON_ENV_ARGS = Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");
    /** BuildKit's default PATH on Linux, set in every stage whose image does not set one. */
    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final Stages stages;
    private final ShellLexer lexer;
    private final Scope global;
    private final Map<Instruction, Scope> before = new IdentityHashMap<>();
    private final Map<Instruction, List<Scope>> argumentScopes = new IdentityHashMap<>();
    private final Map<Instruction, List<Declaration>> declared = new IdentityHashMap<>();
    private final Map<Stage, Scope> end = new IdentityHashMap<>();
    private final Map<Stage, Stage> bases = new IdentityHashMap<>();
    private final Map<String, String> baseNames = new java.util.HashMap<>();

    private Variables(Dockerfile model, Stages stages) {
        this.stages = stages;
        this.lexer = new ShellLexer(model.escape());
        this.global = globalScope();
    }

    public static Variables of(Dockerfile model, Stages stages) {
        return new Variables(model, stages);
    }

    /** The values of the platform arguments this model assumes (a linux/amd64 build). */
    public static Map<String, String> platformValues(String targetStage) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("BUILDPLATFORM", "linux/amd64");
        values.put("BUILDOS", "linux");
        values.put("BUILDOSVERSION", "");
        values.put("BUILDARCH", "amd64");
        values.put("BUILDVARIANT", "");
        values.put("TARGETPLATFORM", "linux/amd64");
        values.put("TARGETOS", "linux");
        values.put("TARGETOSVERSION", "");
        values.put("TARGETARCH", "amd64");
        values.put("TARGETVARIANT", "");
        values.put("TARGETSTAGE", targetStage == null ? "" : targetStage);
        return values;
    }

    /** What FROM lines see: platform arguments and every global ARG. */
    public Scope global() {
        return global;
    }

    /** The scope an instruction is expanded with (for FROM and global ARGs: the global scope). */
    public synchronized Scope before(Instruction instruction) {
        scopeStageOf(instruction);
        Scope scope = before.get(instruction);
        return scope != null ? scope : global;
    }

    /**
     * For an ARG (in a stage or before the first FROM): the scope each of its arguments' default
     * value is expanded with (later arguments see the earlier ones). Empty for other instructions.
     */
    public synchronized List<Scope> argumentScopes(Instruction arg) {
        scopeStageOf(arg);
        return argumentScopes.getOrDefault(arg, List.of());
    }

    /** The variables an ARG or ENV instruction declares, in order (empty for other instructions). */
    public synchronized List<Declaration> declarations(Instruction instruction) {
        scopeStageOf(instruction);
        return declared.getOrDefault(instruction, List.of());
    }

    /** The scope after the last instruction of a stage (what {@code FROM <stage>} starts with). */
    public synchronized Scope atEnd(Stage stage) {
        scope(stage);
        return end.get(stage);
    }

    /** The earlier stage this stage is built on ({@code FROM <stage>}), or null for an image. */
    public synchronized Stage baseStage(Stage stage) {
        if (!bases.containsKey(stage)) {
            bases.put(stage, baseOf(stage));
        }
        return bases.get(stage);
    }

    /** Scopes the stage an instruction belongs to, if it belongs to one of this file's stages. */
    private void scopeStageOf(Instruction instruction) {
        Stage stage = stages.stageOf(instruction);
        if (stage != null) {
            scope(stage);
        }
    }

    /**
     * Scopes a stage and, first, the stages it is built on. A chain of {@code FROM <stage>} can be as
     * long as the file, so it is followed with a loop, not recursion.
     */
    private void scope(Stage stage) {
        if (end.containsKey(stage)) {
            return;
        }
        List<Stage> chain = new ArrayList<>();
        for (Stage s = stage; s != null && !end.containsKey(s); s = baseStage(s)) {
            chain.add(s);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            scopeStage(chain.get(i));
        }
    }

    private Scope globalScope() {
        Scope scope = Scope.EMPTY;
        Stage last = stages.all().isEmpty() ? null : stages.all().get(stages.all().size() - 1);
        for (Map.Entry<String, String> e : platformValues(last == null ? null : last.name()).entrySet()) {
            scope = scope.with(new Declaration(e.getKey(), Declaration.Kind.PLATFORM_ARG, null, null, e.getValue(), null), true);
        }
        for (Instruction arg : stages.globalArgs()) {
            List<Scope> perArgument = new ArrayList<>();
            List<Declaration> declarations = new ArrayList<>();
            for (Word word : arg.arguments()) {
                perArgument.add(scope);
                String[] kv = splitArg(word.text());
                String value = kv[1] == null ? null : expand(kv[1], scope.env());
                Declaration d = new Declaration(kv[0], Declaration.Kind.GLOBAL_ARG, arg, keyWord(word, kv[0]), value, null);
                declarations.add(d);
                scope = scope.with(d, true);
            }
            argumentScopes.put(arg, List.copyOf(perArgument));
            declared.put(arg, List.copyOf(declarations));
        }
        return scope;
    }

    private void scopeStage(Stage stage) {
        Scope scope;
        Stage base = baseStage(stage);
        if (base != null) {
            scope = end.get(base);
        } else {
            scope = Scope.EMPTY.with(new Declaration("PATH", Declaration.Kind.IMAGE, null, null, DEFAULT_PATH, null), true);
            for (String name : BaseImages.envNames(baseName(stage))) {
                scope = scope.with(new Declaration(name, Declaration.Kind.IMAGE, null, null, "", null), true);
            }
        }
        for (Instruction instruction : stage.instructions()) {
            before.put(instruction, scope);
            if (instruction.is(Keyword.ENV)) {
                Env env = scope.env();
                List<Declaration> set = new ArrayList<>();
                for (KeyValue pair : instruction.pairs()) {
                    String key = expand(pair.key().text(), env);
                    set.add(new Declaration(key, Declaration.Kind.ENV, instruction, pair.key(), expand(pair.value().text(), env), null));
                }
                for (Declaration d : set) {
                    scope = scope.with(d, true);
                }
                declared.put(instruction, List.copyOf(set));
            } else if (instruction.is(Keyword.ARG)) {
                List<Scope> perArgument = new ArrayList<>();
                List<Declaration> declarations = new ArrayList<>();
                for (Word word : instruction.arguments()) {
                    perArgument.add(scope);
                    String[] kv = splitArg(word.text());
                    String value = null;
                    Declaration inherited = null;
                    if (kv[1] != null) {
                        value = expand(kv[1], scope.env());
                    } else {
                        Declaration g = global.lookup(kv[0]);
                        if (g != null && g.hasValue()) {
                            inherited = g;
                            value = g.value();
                        } else if (g != null) {
                            inherited = g;
                        }
                    }
                    Declaration d = new Declaration(kv[0], Declaration.Kind.ARG, instruction, keyWord(word, kv[0]), value, inherited);
                    declarations.add(d);
                    scope = scope.with(d, !NON_ENV_ARGS.contains(kv[0]));
                }
                argumentScopes.put(instruction, List.copyOf(perArgument));
                declared.put(instruction, List.copyOf(declarations));
            }
        }
        end.put(stage, scope);
    }

    /** The stage {@code FROM} names, after expanding the base name with the global scope. */
    private Stage baseOf(Stage stage) {
        String name = baseName(stage);
        return name.isEmpty() ? null : stages.named(name, stage.index());
    }

    /** FROM's base name expanded with the global scope ("" when it cannot be expanded). */
    private String baseName(Stage stage) {
        if (stage.base() == null) {
            return "";
        }
        String text = stage.base().text();
        if (text.indexOf('$') < 0 && text.indexOf(lexer.escapeToken()) < 0 && text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        // Stages often share a base text (FROM golang:${GO_VERSION}): each is expanded once.
        return baseNames.computeIfAbsent(text, t -> {
            try {
                return lexer.processWord(t, global.env());
            } catch (ShellException e) {
                return "";
            }
        });
    }

    /**
     * The name part of an ARG argument ({@code name} of {@code name=default}) as its own word, when the
     * argument is written on one line as it reads; otherwise the whole argument.
     */
    static Word keyWord(Word argument, String name) {
        TextRange r = argument.range();
        boolean exact = r.start().line() == r.end().line()
                && r.end().character() - r.start().character() == argument.text().length();
        if (!exact || !argument.text().startsWith(name)) {
            return argument;
        }
        return new Word(name, TextRange.of(r.start().line(), r.start().character(), r.start().line(), r.start().character() + name.length()));
    }

    /** ARG's {@code name=default} split at the first "=" ({@code [name, null]} without one). */
    public static String[] splitArg(String text) {
        int eq = text.indexOf('=');
        return eq < 0 ? new String[] {text, null} : new String[] {text.substring(0, eq), text.substring(eq + 1)};
    }

    private String expand(String text, Env env) {
        try {
            return lexer.processWord(text, env);
        } catch (ShellException e) {
            return text;
        }
    }
}
