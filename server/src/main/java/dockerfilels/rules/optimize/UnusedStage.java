package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.UnnecessaryCodeRule;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stage that no target uses (the final stage, a stage with CMD or ENTRYPOINT), directly or through other stages (FROM, COPY --from,
 * RUN --mount from=). Shown faded as unnecessary code; it may still be a {@code --target}.
 */
public final class UnusedStage implements UnnecessaryCodeRule, StageRule {
    private static final RuleInfo INFO = OptimizeRules.info("UnusedStage", Severity.HINT, Category.BUILD_SPEED,
            "A stage no image uses",
            "A stage that neither the final stage nor a stage with CMD or ENTRYPOINT (an image meant to run, built with"
                    + " `--target`) builds on or copies from does not reach any image. BuildKit skips"
                    + " it (the legacy builder and some other builders still build it, which costs time), and readers"
                    + " wonder what it is for. Remove it, or keep it if it is built on its own with"
                    + " `docker build --target` (a test or development stage): then this hint can be ignored.",
            "FROM golang:1.22 AS build\nRUN go build -o /app .\n\nFROM node:20 AS docs\nRUN npm run docs\n\n"
                    + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n",
            "FROM golang:1.22 AS build\nRUN go build -o /app .\n\n"
                    + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Optional<Set<Integer>> used = context.outlineShared(INFO, () -> used(context));
        if (used.isEmpty() || used.get().contains(stage.index())) {
            return;
        }
        List<Instruction> body = stage.instructions();
        Instruction end = body.isEmpty() ? stage.from() : body.get(body.size() - 1);
        TextRange range = new TextRange(stage.from().range().start(), end.range().end());
        String name = stage.name() != null ? "Stage '" + stage.nameWord().text() + "'" : "Stage " + stage.index();
        findings.report(stage.from(), range, name + " is not used by the final stage or an image with CMD or ENTRYPOINT"
                + (stage.name() != null ? " (unless built with --target)" : ""));
    }

    /**
     * The indexes of the stages the targets need, following every use from them; empty when a use is
     * a variable (then which stages are used cannot be known), and with one stage (nothing to say).
     * The targets: the final stage, and every stage that sets CMD or ENTRYPOINT, an image meant to
     * run, which is built with {@code --target} (a file of several services has one per service).
     */
    private static boolean runnable(Stage stage) {
        return stage.instructions().stream().anyMatch(i -> i.is(Keyword.CMD) || i.is(Keyword.ENTRYPOINT));
    }

    private static Optional<Set<Integer>> used(LintContext context) {
        List<Stage> stages = context.stages().all();
        if (stages.size() < 2) {
            return Optional.empty();
        }
        List<StageReferences.Use> uses = StageReferences.all(context);
        if (StageReferences.anyVariable(uses)) {
            return Optional.empty();
        }
        Map<Integer, List<Integer>> targets = new HashMap<>();
        for (StageReferences.Use use : uses) {
            if (use.target() != null) {
                targets.computeIfAbsent(use.user().index(), i -> new ArrayList<>()).add(use.target().index());
            }
        }
        Set<Integer> used = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        for (Stage stage : stages) {
            if (stage.index() == stages.size() - 1 || runnable(stage)) {
                used.add(stage.index());
                todo.add(stage.index());
            }
        }
        while (!todo.isEmpty()) {
            for (int target : targets.getOrDefault(todo.pop(), List.of())) {
                if (used.add(target)) {
                    todo.add(target);
                }
            }
        }
        return Optional.of(Set.copyOf(used));
    }
}
