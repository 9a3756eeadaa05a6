package dockerfilels.rules.buildkit;

import dockerfilels.rules.FileWideRule;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's NoEmptyContinuation: an empty (or blank) line inside an instruction continued
 * with the escape character. BuildKit's parser warns once per instruction; the finding points
 * at the first such line and the fix deletes them all.
 */
public final class NoEmptyContinuation implements FileWideRule, StageRule.EachInstruction {
    private static final RuleInfo INFO = BuildKitChecks.info("NoEmptyContinuation", "no-empty-continuation",
            "Empty continuation lines will become errors in a future release",
            "An empty line inside a continued instruction does not end it: the next line still belongs to the"
                    + " instruction, which is easy to misread. BuildKit will reject such lines in a future release.",
            "FROM alpine\nEXPOSE \\\n\n80\n", "FROM alpine\nEXPOSE \\\n80\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Instruction instruction, Findings findings) {
        // Whether an empty line is the file's last depends on this instruction alone: it then runs to the end.
        List<TextRange> empty = instruction.emptyContinuationLines();
        if (empty.isEmpty()) {
            return;
        }
        List<TextEdit> edits = new ArrayList<>();
        int lines = context.model().lineCount();
        for (TextRange line : empty) {
            int l = line.start().line();
            if (l + 1 < lines) {
                edits.add(new TextEdit(TextRange.of(l, 0, l + 1, 0), ""));
            } else if (!line.isEmpty()) {
                // The last line of the file has no line break to take with it: clear it.
                edits.add(new TextEdit(TextRange.of(l, 0, l, line.end().character()), ""));
            }
        }
        findings.report(instruction, empty.get(0), "Empty continuation line", edits.isEmpty() ? null
                : new Fix(edits.size() == 1 ? "Delete the empty continuation line" : "Delete the empty continuation lines",
                        edits, true));
    }
}
