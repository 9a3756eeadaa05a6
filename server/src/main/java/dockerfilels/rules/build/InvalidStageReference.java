package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.shell.Env;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * {@code COPY --from} and {@code RUN --mount=from=} naming a stage BuildKit cannot use there
 * ({@code dockerfile2llb/convert.go}): a stage defined later in the file, the current stage or any
 * cycle of stages ({@code circular dependency detected on stage: x}), a variable in COPY's
 * {@code --from}, and a stage index past the last stage. Names match stages case-insensitively, as
 * BuildKit's do; a name that is no stage is an image or a named context, which is fine.
 */
public final class InvalidStageReference implements StageRule {
    static final String VARIABLE = "variable expansion is not supported for --from, define a new stage with FROM using ARG"
            + " from global scope as a workaround";

    private static final RuleInfo INFO = BuildErrors.info("InvalidStageReference", "copy---from",
            "COPY --from or RUN --mount from= names a stage that is not built yet",
            "BuildKit builds stages in file order: COPY --from and RUN --mount=from= can name only a stage defined above the"
                    + " current one. A stage that copies from itself, or stages that copy from each other, form a cycle."
                    + " --from is never expanded: to choose an image with an ARG, define a stage with FROM ${ARG} AS name."
                    + " It answers to hadolint's DL3022 and DL3023; unlike DL3022, a --from that is not a stage name is"
                    + " taken as an image, as BuildKit takes it, and not reported.",
            "FROM alpine AS app\nCOPY --from=build /out /app\nFROM golang AS build\nRUN go build -o /out\n",
            "FROM golang AS build\nRUN go build -o /out\nFROM alpine AS app\nCOPY --from=build /out /app\n").withAliases("DL3022", "DL3023");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** One stage reference: the instruction, the range of the name, the stage it names (or -1), and how it reads. */
    private record Ref(Instruction instruction, TextRange range, String from, int fromStage, int inStage, String target,
            boolean copy) {
    }

    /** What the references of the whole file make: the stages on a cycle, and where BuildKit's search meets it. */
    private record Graph(int[] component, int[] firstReacher) {
    }

    /**
     * The references of one stage: cycles and stages defined later (the graph of all references is
     * kept with the outline, which holds every {@code --from}), a variable in {@code --from}, a
     * negative index. An index past the last stage is checked on every lint ({@link #checkEveryLint}):
     * whether it is one depends on the images and caches every earlier stage mounts.
     */
    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        List<Ref> refs = new ArrayList<>();
        collect(context, stage, refs, new int[1], findings, false);
        if (refs.isEmpty()) {
            return;
        }
        Graph graph = context.outlineShared(INFO, () -> graph(context));
        List<Stage> stages = context.stages().all();
        for (Ref ref : refs) {
            int u = ref.inStage();
            int v = ref.fromStage();
            if (u == v || graph.component()[u] == graph.component()[v]) {
                findings.report(ref.instruction(), ref.range(),
                        "circular dependency detected on stage: " + stageName(stages.get(graph.firstReacher()[u])));
            } else if (v > u) {
                if (ref.copy()) {
                    findings.report(ref.instruction(), ref.range(), "cannot copy from stage " + GoQuote.quote(ref.from())
                            + ", it needs to be defined before current stage " + GoQuote.quote(stageName(stages.get(u))));
                } else if (ref.target() != null) {
                    findings.report(ref.instruction(), ref.range(), "cannot mount from stage " + GoQuote.quote(ref.from()) + " to "
                            + GoQuote.quote(ref.target()) + ", stage needs to be defined before current command");
                }
            }
        }
    }

    /** Indexes past the last stage, counted as BuildKit counts: the stages, then every image or cache met before. */
    @Override
    public void checkEveryLint(LintContext context, Findings findings) {
        if (!context.outlineShared(INDEX_PAST_END, () -> indexPastEnd(context))) {
            return;
        }
        int[] unregistered = new int[1];
        for (Stage stage : context.stages().all()) {
            collect(context, stage, new ArrayList<>(), unregistered, findings, true);
        }
    }

    private static final Object INDEX_PAST_END = new Object();

    /** Whether some COPY gives {@code --from} an index at or past the number of stages. */
    private static boolean indexPastEnd(LintContext context) {
        int n = context.stages().all().size();
        for (Stage stage : context.stages().all()) {
            for (Instruction instruction : stage.instructions()) {
                Flag flag = instruction.is(Keyword.COPY) ? instruction.flag("from") : null;
                Integer index = flag == null || flag.value() == null ? null : atoi(flag.value());
                if (index != null && index >= n) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Graph graph(LintContext context) {
        List<Ref> refs = new ArrayList<>();
        for (Stage stage : context.stages().all()) {
            collect(context, stage, refs, new int[1], null, false);
        }
        // BuildKit checks for cycles first, over the whole file: a reference is on a cycle when both
        // stages are in one strongly connected component (or it names its own stage).
        int n = context.stages().all().size();
        List<List<Integer>> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            edges.add(new ArrayList<>());
        }
        for (Ref ref : refs) {
            edges.get(ref.inStage()).add(ref.fromStage());
        }
        return new Graph(components(edges, n), firstReachers(edges, n));
    }

    /**
     * The stage references of one stage, into {@code refs}. With {@code findings}: reports a variable
     * or a negative index ({@code pastEnd} false), or only indexes past the last stage ({@code pastEnd}
     * true), counting in {@code unregistered} the images and contexts BuildKit adds as states while it
     * reads the stages.
     */
    private static void collect(LintContext context, Stage stage, List<Ref> refs, int[] unregistered, Findings findings,
            boolean pastEnd) {
        List<Stage> stages = context.stages().all();
        char escape = context.model().escape();
        Map<String, Boolean> plain = context.shared(PLAIN, HashMap::new); // for speed: each --from text is expanded once
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.COPY)) {
                Flag flag = instruction.flag("from");
                if (flag == null || flag.value() == null || flag.value().isEmpty()) {
                    continue;
                }
                String from = flag.value();
                TextRange range = BuildErrors.valueRange(flag);
                if (!plain.computeIfAbsent(from, f -> expandsToItself(new ShellLexer(escape), f))) {
                    if (findings != null && !pastEnd) {
                        findings.report(instruction, range, VARIABLE);
                    }
                    continue;
                }
                Integer index = atoi(from);
                if (index != null) {
                    if (index < 0 || index >= stages.size() + unregistered[0]) {
                        if (findings != null && pastEnd == index >= 0) {
                            findings.report(instruction, range, "invalid stage index " + index);
                        }
                    } else if (index < stages.size()) {
                        refs.add(new Ref(instruction, range, from, index, stage.index(), null, true));
                    }
                    continue;
                }
                Stage named = byName(context.stages(), from);
                if (named == null) {
                    unregistered[0]++;
                } else {
                    refs.add(new Ref(instruction, range, from, named.index(), stage.index(), null, true));
                }
            } else if (instruction.is(Keyword.RUN)) {
                for (Flag flag : instruction.flags()) {
                    if (flag.name().equals("mount") && flag.value() != null) {
                        unregistered[0] += mountRef(instruction, flag, stage, context.stages(), escape, refs);
                    }
                }
            }
        }
    }

    private static final Object PLAIN = new Object();

    /**
     * Reads the {@code from=} of one mount; returns how many unregistered states BuildKit adds for it
     * (an image, a context, or the empty image a cache mount without from= uses).
     */
    private static int mountRef(Instruction instruction, Flag flag, Stage stage, Stages stages, char escape, List<Ref> refs) {
        List<CsvFields.Field> fields = CsvFields.parse(flag.value());
        if (fields == null) {
            return 0;
        }
        String type = "bind";
        CsvFields.Field from = null;
        String target = "";
        for (CsvFields.Field field : fields) {
            if (!field.hasValue()) {
                continue;
            }
            String key = field.key().toLowerCase(Locale.ROOT);
            String value = field.value();
            switch (key) {
                case "type" -> {
                    if (BuildErrors.dependsOnExpansion(value, escape)) {
                        return 0;
                    }
                    type = value.toLowerCase(Locale.ROOT);
                }
                case "from" -> from = field;
                case "target", "dst", "destination" -> target = BuildErrors.dependsOnExpansion(value, escape) ? null : value;
                default -> {
                }
            }
        }
        if (type.equals("tmpfs") || type.equals("secret")) {
            return 0;
        }
        if (from == null || from.value().isEmpty()) {
            return type.equals("cache") ? 1 : 0;
        }
        if (BuildErrors.dependsOnExpansion(from.value(), escape)) {
            return 1;
        }
        Stage named = byName(stages, from.value());
        if (named == null) {
            return 1;
        }
        int[] span = from.valueSpan();
        refs.add(new Ref(instruction, BuildErrors.valueSubRange(flag, span[0], span[1]), from.value(), named.index(),
                stage.index(), target, false));
        return 0;
    }

    /** BuildKit keys stages by lower-cased name; a later stage with the same name replaces an earlier one. */
    private static Stage byName(Stages stages, String name) {
        return stages.lastNamed(name);
    }

    static String stageName(Stage stage) {
        return stage.name() != null ? stage.name() : "stage-" + stage.index();
    }

    private static boolean expandsToItself(ShellLexer lexer, String from) {
        try {
            return lexer.processWordWithMatches(from, Env.EMPTY).result().equals(from);
        } catch (ShellException e) {
            return false;
        }
    }

    /** Go's strconv.Atoi, or null. */
    static Integer atoi(String s) {
        String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (digits.isEmpty() || digits.length() > 9) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        int value = Integer.parseInt(digits);
        return s.startsWith("-") ? -value : value;
    }

    /**
     * For each stage, the first stage in file order from which it can be reached (itself at the
     * latest): the stage BuildKit's depth-first search starts from when it meets a cycle there.
     */
    private static int[] firstReachers(List<List<Integer>> edges, int n) {
        int[] label = new int[n];
        java.util.Arrays.fill(label, -1);
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            if (label[start] >= 0) {
                continue;
            }
            label[start] = start;
            stack.push(start);
            while (!stack.isEmpty()) {
                int u = stack.pop();
                for (int v : edges.get(u)) {
                    if (label[v] < 0) {
                        label[v] = start;
                        stack.push(v);
                    }
                }
            }
        }
        return label;
    }

    /** Strongly connected components (Kosaraju, iterative): the component number of each stage. */
    private static int[] components(List<List<Integer>> edges, int n) {
        int[] order = new int[n];
        int count = 0;
        boolean[] seen = new boolean[n];
        int[] next = new int[n];
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            stack.push(start);
            while (!stack.isEmpty()) {
                int u = stack.peek();
                if (next[u] < edges.get(u).size()) {
                    int v = edges.get(u).get(next[u]++);
                    if (!seen[v]) {
                        seen[v] = true;
                        stack.push(v);
                    }
                } else {
                    order[count++] = stack.pop();
                }
            }
        }
        List<List<Integer>> reverse = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reverse.add(new ArrayList<>());
        }
        for (int u = 0; u < n; u++) {
            for (int v : edges.get(u)) {
                reverse.get(v).add(u);
            }
        }
        int[] component = new int[n];
        java.util.Arrays.fill(component, -1);
        int c = 0;
        for (int i = n - 1; i >= 0; i--) {
            int root = order[i];
            if (component[root] >= 0) {
                continue;
            }
            component[root] = c;
            stack.push(root);
            while (!stack.isEmpty()) {
                int u = stack.pop();
                for (int v : reverse.get(u)) {
                    if (component[v] < 0) {
                        component[v] = c;
                        stack.push(v);
                    }
                }
            }
            c++;
        }
        return component;
    }
}
