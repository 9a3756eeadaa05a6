package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.Set;

/**
 * hadolint's DL3059: a RUN right after another RUN with the same flags (comments between do not
 * separate them), when both are short (at most two commands each: longer chains are taken as
 * deliberate layers). The fix joins the second onto the first with {@code && \} when that cannot
 * change what runs: both in shell form without here-documents or comments, and the first leaves
 * no shell state (directory, variables, options) that the second would now inherit.
 */
public final class ConsecutiveRuns implements StageRule {
    private static final int MAX_COMMANDS = 2;
    private static final Set<String> STATEFUL = Set.of("cd", "pushd", "popd", "export", "set", "source", ".", "umask",
            "unset", "alias", "shopt", "exec", "exit", "ulimit", "trap", "shift", "readonly", "declare", "local", "eval");
    private static final RuleInfo INFO = PracticeRules.info("ConsecutiveRuns", Severity.INFORMATION, Category.IMAGE_SIZE,
            "Consecutive RUN instructions could be one",
            "Each RUN adds a layer. Short steps that belong together (update the package index and install) are best"
                    + " in one RUN: fewer layers, and files a later step deletes never reach the image. Keep RUNs"
                    + " apart where the split serves the build cache. The fix joins the two with `&& \\` when that is"
                    + " sure to run the same commands; it is not applied by \"fix all\".",
            "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n",
            "FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n",
            "DL3059");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        check(context, stage.instructions(), findings);
    }

    @Override
    public void checkEveryLint(LintContext context, Findings findings) {
        check(context, context.preamble(), findings);
    }

    /** Instructions in a row, none of them a FROM (a FROM breaks the row anyway). */
    private static void check(LintContext context, List<Instruction> instructions, Findings findings) {
        Instruction previous = null;
        for (Instruction instruction : instructions) {
            if (instruction.is(Keyword.RUN) && previous != null && sameFlags(previous, instruction)
                    && topLevel(previous).size() <= MAX_COMMANDS && topLevel(instruction).size() <= MAX_COMMANDS
                    && !topLevel(previous).isEmpty() && !topLevel(instruction).isEmpty()) {
                findings.report(instruction, instruction.keyword().range(),
                        "Join this RUN with the one before: each RUN adds a layer",
                        fix(previous, instruction, context.model().escape()));
            }
            previous = instruction.is(Keyword.RUN) ? instruction : null;
        }
    }

    private static List<ShellCommand> topLevel(Instruction run) {
        return ShellScript.of(run).commands().stream().filter(c -> c.nesting() == 0).toList();
    }

    private static boolean sameFlags(Instruction a, Instruction b) {
        List<String> fa = a.flags().stream().map(f -> f.word().text()).toList();
        List<String> fb = b.flags().stream().map(Flag::word).map(w -> w.text()).toList();
        return fa.equals(fb);
    }

    private static Fix fix(Instruction first, Instruction second, char escape) {
        if (first.isJson() || second.isJson() || !first.heredocs().isEmpty() || !second.heredocs().isEmpty()
                || first.rest() == null || second.rest() == null || first.text().contains("#") || second.text().contains("#")
                || second.startLine() != first.endLine() + 1) {
            return null;
        }
        List<ShellCommand> commands = topLevel(first);
        if (!commands.get(commands.size() - 1).after().isEmpty()) {
            return null;
        }
        for (ShellCommand command : commands) {
            if (command.nameWord() == null || STATEFUL.contains(command.name())) {
                return null;
            }
        }
        TextRange joint = new TextRange(first.range().end(), second.rest().range().start());
        return new Fix("Join with the RUN before", List.of(new TextEdit(joint, " " + escape + "\n    && ")), false);
    }
}
