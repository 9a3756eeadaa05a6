package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Stage;
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
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * {@code COPY --from} and {@code RUN --mount=from=} naming a stage BuildKit cannot use there
 * ({@code dockerfile2llb/convert.go}): a stage defined later in the file, the current stage or any
 * cycle of stages ({@code circular dependency detected on stage: x}), a variable in COPY's
 * {@code --from}, and a stage index past the last stage. Names match stages case-insensitively, as
 * BuildKit's do; a name that is no stage is an image or a named context, which is fine.
 */
public final class InvalidStageReference implements Rule {
    static final String VARIABLE = "variable expansion is not supported for --from, define a new stage with FROM using ARG"
            + " from global scope as a workaround";

    private static final RuleInfo INFO = BuildErrors.info("InvalidStageReference", "copy---from",
            "COPY --from or RUN --mount from= names a stage that is not built yet",
            "BuildKit builds stages in file order: COPY --from and RUN --mount=from= can name only a stage defined above the"
                    + " current one. A stage that copies from itself, or stages that copy from each other, form a cycle."
                    + " --from is never expanded: to choose an image with an ARG, define a stage with FROM ${ARG} AS name.",
            "FROM alpine AS app\nCOPY --from=build /out /app\nFROM golang AS build\nRUN go build -o /out\n",
            "FROM golang AS build\nRUN go build -o /out\nFROM alpine AS app\nCOPY --from=build /out /app\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** One stage reference: the instruction, the range of the name, the stage it names (or -1), and how it reads. */
    private record Ref(Instruction instruction, TextRange range, String from, int from_stage, int in_stage, String target,
            boolean copy) {
    }

    @Override
    public void check(LintContext context, Findings findings) {
        List<Stage> stages = context.stages().all();
        ShellLexer lexer = new ShellLexer(context.model().escape());
        char escape = context.model().escape();
        List<Ref> refs = new ArrayList<>();
        int unregistered = 0; // images and contexts BuildKit adds as states while it reads the stages
        for (Stage stage : stages) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is(Keyword.COPY)) {
                    Flag flag = instruction.flag("from");
                    if (flag == null || flag.value() == null || flag.value().isEmpty()) {
                        continue;
                    }
                    String from = flag.value();
                    TextRange range = BuildErrors.valueRange(flag);
                    if (!expandsToItself(lexer, from)) {
                        findings.report(instruction, range, VARIABLE);
                        continue;
                    }
                    Integer index = atoi(from);
                    if (index != null) {
                        if (index < 0 || index >= stages.size() + unregistered) {
                            findings.report(instruction, range, "invalid stage index " + index);
                        } else if (index < stages.size()) {
                            refs.add(new Ref(instruction, range, from, index, stage.index(), null, true));
                        }
                        continue;
                    }
                    Stage named = byName(stages, from);
                    if (named == null) {
                        unregistered++;
                    } else {
                        refs.add(new Ref(instruction, range, from, named.index(), stage.index(), null, true));
                    }
                } else if (instruction.is(Keyword.RUN)) {
                    for (Flag flag : instruction.flags()) {
                        if (flag.name().equals("mount") && flag.value() != null) {
                            unregistered += mountRef(instruction, flag, stage, stages, escape, refs);
                        }
                    }
                }
            }
        }
        if (refs.isEmpty()) {
            return;
        }
        // BuildKit checks for cycles first, over the whole file.
        int n = stages.size();
        List<BitSet> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            edges.add(new BitSet(n));
        }
        for (Ref ref : refs) {
            edges.get(ref.in_stage()).set(ref.from_stage());
        }
        boolean[][] reach = reachability(edges, n);
        for (Ref ref : refs) {
            int u = ref.in_stage();
            int v = ref.from_stage();
            if (reach[v][u]) {
                int first = 0;
                while (!reach[first][u] && first != u) {
                    first++;
                }
                findings.report(ref.instruction(), ref.range(), "circular dependency detected on stage: " + stageName(stages.get(first)));
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

    /**
     * Reads the {@code from=} of one mount; returns how many unregistered states BuildKit adds for it
     * (an image, a context, or the empty image a cache mount without from= uses).
     */
    private static int mountRef(Instruction instruction, Flag flag, Stage stage, List<Stage> stages, char escape, List<Ref> refs) {
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
    private static Stage byName(List<Stage> stages, String name) {
        String key = GoText.toLower(name);
        Stage found = null;
        for (Stage stage : stages) {
            if (key.equals(stage.name())) {
                found = stage;
            }
        }
        return found;
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

    private static boolean[][] reachability(List<BitSet> edges, int n) {
        boolean[][] reach = new boolean[n][n];
        for (int start = 0; start < n; start++) {
            BitSet seen = new BitSet(n);
            List<Integer> todo = new ArrayList<>();
            todo.add(start);
            while (!todo.isEmpty()) {
                int u = todo.remove(todo.size() - 1);
                for (int v = edges.get(u).nextSetBit(0); v >= 0; v = edges.get(u).nextSetBit(v + 1)) {
                    if (!seen.get(v)) {
                        seen.set(v);
                        reach[start][v] = true;
                        todo.add(v);
                    }
                }
            }
        }
        return reach;
    }
}
