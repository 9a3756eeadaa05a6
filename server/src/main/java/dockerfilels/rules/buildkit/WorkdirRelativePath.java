package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.regex.Pattern;

/**
 * BuildKit's WorkdirRelativePath: the first WORKDIR of a stage lineage (none before it in the
 * stage or in the stages it is built from) is relative. The target OS is not known offline, so
 * Windows absolute paths ({@code C:\app}, {@code \app}) count as absolute too.
 */
public final class WorkdirRelativePath implements StageRule {
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^([A-Za-z]:)?[\\\\/].*", Pattern.DOTALL);
    private static final RuleInfo INFO = BuildKitChecks.info("WorkdirRelativePath", "workdir-relative-path",
            "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes",
            "A relative WORKDIR is resolved against the base image's working directory, which the Dockerfile does not"
                    + " control and which may change with the base image. Set an absolute WORKDIR first. hadolint's"
                    + " DL3000 reports every relative WORKDIR; this rule, like BuildKit, only one with no absolute WORKDIR"
                    + " before it in the stage or its parent stages.",
            "FROM alpine\nWORKDIR app/\n", "FROM alpine\nWORKDIR /app/\n").withAliases("DL3000");

    /** The path inside one pair of quotes, as BuildKit's expansion leaves it; other text unchanged. */
    static String unquote(String text) {
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'') && text.charAt(text.length() - 1) == text.charAt(0)) {
            String inner = text.substring(1, text.length() - 1);
            if (inner.indexOf(text.charAt(0)) < 0) {
                return inner;
            }
        }
        return text;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Stages stages = context.stages();
        char escape = context.model().escape();
        boolean set = BuildKitChecks.inAncestors(stages, stage, Keyword.WORKDIR);
        for (Instruction instruction : stage.instructions()) {
            if (!instruction.is(Keyword.WORKDIR)) {
                continue;
            }
            if (!set && instruction.arguments().size() == 1) {
                Word word = instruction.arguments().get(0);
                String path = unquote(word.text());
                if (!BuildKitChecks.needsProcessing(path, escape) && !WINDOWS_ABSOLUTE.matcher(path).matches()) {
                    findings.report(instruction, word.range(), "Relative workdir " + GoQuote.quote(path)
                            + " can have unexpected results if the base image changes");
                }
            }
            set = true;
        }
    }
}
