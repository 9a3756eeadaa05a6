package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.List;

/**
 * {@code ADD --checksum} with more than one source, or with a source that is plainly a local path
 * ({@code dockerfile2llb/convert_copy.go}): BuildKit verifies checksums of HTTP(S) and Git sources only.
 */
public final class InvalidChecksum implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidChecksum", "add---checksum",
            "ADD --checksum with several sources or a local source",
            "ADD --checksum verifies one remote source: an HTTP(S) URL or a Git repository.",
            "FROM alpine\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d app.tar.gz /\n",
            "FROM alpine\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"
                    + " https://example.com/app.tar.gz /\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.ADD) || !instruction.heredocs().isEmpty()) {
            return;
        }
        Flag flag = instruction.flag("checksum");
        List<Word> args = instruction.arguments();
        if (flag == null || flag.value() == null || flag.value().isEmpty() || args.size() < 2) {
            return;
        }
        List<Word> sources = args.subList(0, args.size() - 1);
        if (sources.stream().anyMatch(w -> BuildErrors.dependsOnExpansion(w.text()) || w.text().contains("*"))) {
            return;
        }
        if (sources.size() != 1) {
            findings.report(instruction, flag.nameRange(), "checksum can't be specified for multiple sources");
        } else if (isPlainlyLocal(sources.get(0).text())) {
            findings.report(instruction, sources.get(0).range(), "checksum requires HTTP(S) or Git sources");
        }
    }

    /** A path that no URL or Git reference syntax could match. */
    static boolean isPlainlyLocal(String source) {
        return !source.contains(":") && !source.contains("@") && !source.contains(".git") && !source.contains("github.com")
                && !source.contains("gitlab.com") && !source.contains("bitbucket.org");
    }
}
