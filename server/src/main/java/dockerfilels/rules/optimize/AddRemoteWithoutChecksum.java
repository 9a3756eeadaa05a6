package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;

/** {@code ADD https://...} without {@code --checksum}: whatever the server sends goes into the image. */
public final class AddRemoteWithoutChecksum implements StageRule {
    private static final RuleInfo INFO = OptimizeRules.info("AddRemoteWithoutChecksum", Severity.INFORMATION, Category.SECURITY,
            "ADD downloads a file without --checksum",
            "ADD with an http(s) URL puts whatever the server returns into the image: a release re-uploaded, a"
                    + " compromised mirror or a man in the middle changes the image without any change to the"
                    + " Dockerfile. `--checksum=sha256:...` (BuildKit, dockerfile syntax 1.6 and later) makes the build"
                    + " fail instead. Git sources are left out: pin them to a commit instead.",
            "FROM alpine\nADD https://example.com/tool.tar.gz /tmp/\n",
            "# syntax=docker/dockerfile:1\nFROM alpine\n"
                    + "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"
                    + " https://example.com/tool.tar.gz /tmp/\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        for (Instruction instruction : stage.instructions()) {
            if (!instruction.is(Keyword.ADD) || instruction.flag("checksum") != null) {
                continue;
            }
            for (AddSources.Source source : AddSources.of(context, instruction)) {
                if (source.value() != null && source.isUrl() && !source.isGit()) {
                    findings.report(instruction, source.word().range(), "ADD downloads " + source.value()
                            + " without --checksum, so a changed file goes into the image unnoticed");
                }
            }
        }
    }
}
