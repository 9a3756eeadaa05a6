package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.List;

/**
 * hadolint's DL3021: COPY (or ADD) with several sources into a destination that does not end in
 * {@code /}. {@code .} and {@code ..} are folders too; a destination with a
 * variable is left alone.
 */
public final class CopyMultipleSourcesToFile implements InstructionRule {
    private static final RuleInfo INFO = PracticeRules.info("CopyMultipleSourcesToFile", Severity.WARNING,
            Category.BEST_PRACTICE, "COPY with several sources needs a destination folder ending in /",
            "With more than one source the destination must be a folder, written with a trailing slash: the legacy builder fails the build (\"When using COPY with"
                    + " more than one source file, the destination must be a directory and end with a /\"), and even"
                    + " where the build goes through a reader cannot tell a file from a folder.",
            "FROM alpine\nCOPY package.json package-lock.json /app\n", "FROM alpine\nCOPY package.json package-lock.json /app/\n", "DL3021");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.COPY) && !instruction.is(Keyword.ADD)) {
            return;
        }
        List<Word> args = instruction.arguments();
        if (args.size() < 3) {
            return;
        }
        Word destination = args.get(args.size() - 1);
        String path = destination.text();
        if (instruction.isJson() || path.endsWith("/") || path.endsWith("\\") || path.equals(".") || path.equals("..")
                || path.contains("$") || path.startsWith("<<")) {
            return;
        }
        TextPosition end = destination.range().end();
        findings.report(instruction, destination.range(), instruction.keyword().text()
                + " with more than one source needs a destination folder ending in /",
                Fix.safe("Add / to the destination", new TextEdit(new TextRange(end, end), "/")));
    }
}
