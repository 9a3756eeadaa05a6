package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.shell.VariableReference;
import dockerfilels.shell.VariableReferences;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * hadolint's DL3044: an ENV value refers to a variable set earlier in the same ENV, which it does
 * not see (every value is expanded with the variables as they were before the instruction), and
 * that was not set before. Reported on the reference; the fix splits the ENV there.
 */
public final class EnvSelfReference implements StageRule {
    private static final RuleInfo INFO = PracticeRules.info("EnvSelfReference", Severity.WARNING, Category.BEST_PRACTICE,
            "ENV refers to a variable it sets itself",
            "All the values of one ENV instruction are expanded with the variables as they were before it, so"
                    + " `ENV DIR=/opt/app BIN=$DIR/bin` sets BIN to `/bin`, not `/opt/app/bin`. Set the variable in an"
                    + " earlier ENV.",
            "FROM alpine\nENV DIR=/opt/app BIN=$DIR/bin\n", "FROM alpine\nENV DIR=/opt/app\nENV BIN=$DIR/bin\n", "DL3044");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        char escape = context.model().escape();
        for (Instruction instruction : stage.instructions()) {
            if (!instruction.is(Keyword.ENV) || instruction.pairs().size() < 2) {
                continue;
            }
            Scope before = context.variables().before(instruction);
            Set<String> earlier = new HashSet<>();
            List<KeyValue> pairs = instruction.pairs();
            for (int i = 0; i < pairs.size(); i++) {
                KeyValue pair = pairs.get(i);
                for (VariableReference reference : VariableReferences.find(pair.value().text(), escape)) {
                    if (earlier.contains(reference.name()) && !before.defines(reference.name())) {
                        findings.report(instruction, range(pair, reference), "$" + reference.name()
                                + " is set in this same ENV, which does not see it yet; set it in an earlier ENV",
                                split(instruction, pairs.get(i - 1), pair));
                        break;
                    }
                }
                earlier.add(pair.key().text());
            }
        }
    }

    /** The reference inside the value when the value is written on one line, else the value. */
    private static TextRange range(KeyValue pair, VariableReference reference) {
        TextRange value = pair.value().range();
        if (value.start().line() != value.end().line()
                || value.end().character() - value.start().character() != pair.value().text().length()) {
            return value;
        }
        int line = value.start().line();
        return TextRange.of(line, value.start().character() + reference.start(), line, value.start().character() + reference.end());
    }

    /** Starts a new ENV at the pair, when the pairs are on one line. */
    private static Fix split(Instruction instruction, KeyValue previous, KeyValue pair) {
        if (previous.range().end().line() != pair.range().start().line() || previous.legacy() || pair.legacy()) {
            return null;
        }
        int indent = instruction.range().start().character();
        TextRange gap = new TextRange(previous.range().end(), pair.range().start());
        return Fix.safe("Split the ENV before " + pair.key().text(),
                new TextEdit(gap, "\n" + " ".repeat(indent) + instruction.keyword().text() + " "));
    }
}
