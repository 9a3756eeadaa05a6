package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageChain;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.regex.Pattern;

/**
 * hadolint's DL3045: COPY to a relative destination in a stage where no WORKDIR was set (in it or
 * the stages it is built from), so the destination depends on the base image's working folder.
 */
public final class CopyRelativeDestinationWithoutWorkdir implements StageRule {
    private static final Pattern ABSOLUTE = Pattern.compile("^([A-Za-z]:)?[\\\\/].*|^\\$.*", Pattern.DOTALL);
    private static final RuleInfo INFO = PracticeRules.info("CopyRelativeDestinationWithoutWorkdir", Severity.INFORMATION,
            Category.BEST_PRACTICE, "COPY to a relative destination without a WORKDIR",
            "A relative destination is resolved against the working folder, which, without a WORKDIR in the"
                    + " Dockerfile, is whatever the base image chose: `/` for most images, something else for others,"
                    + " and it can change with a new base image. Set a WORKDIR first or give an absolute destination.",
            "FROM alpine:3.20\nCOPY app.sh app.sh\n", "FROM alpine:3.20\nWORKDIR /app\nCOPY app.sh app.sh\n", "DL3045");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Stage base = BaseImage.parent(context.variables(), stage);
        boolean workdir = base != null && StageChain.atEnd(context, INFO, base, s -> BaseImage.parent(context.variables(), s),
                s -> false, (s, set) -> set || s.instructions().stream().anyMatch(i -> i.is(Keyword.WORKDIR)));
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.WORKDIR)) {
                workdir = true;
            }
            List<Word> args = instruction.arguments();
            if (workdir || !instruction.is(Keyword.COPY) || args.size() < 2) {
                continue;
            }
            Word destination = args.get(args.size() - 1);
            String path = destination.text().replace("\"", "").replace("'", "");
            if (!ABSOLUTE.matcher(path).matches() && !path.startsWith("<<")) {
                findings.report(instruction, destination.range(), "COPY to the relative destination " + path
                        + " without a WORKDIR depends on the base image's working folder");
            }
        }
    }
}
