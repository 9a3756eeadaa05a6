package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ADD of local files that are not archives: COPY does the same without ADD's surprises. hadolint's
 * DL3020, minus its false positives: a source whose variables resolve to a URL, and git sources
 * (which BuildKit's ADD clones), are not reported.
 */
public final class AddLocalFile implements StageRule {
    private static final RuleInfo INFO = OptimizeRules.info("AddLocalFile", Severity.WARNING, Category.BEST_PRACTICE,
            "ADD of a local file where COPY is meant",
            "ADD also downloads URLs and unpacks local tar archives, so a reader has to check which it does, and a file"
                    + " that happens to be an archive gets unpacked. For plain local files and folders COPY does exactly"
                    + " the copy and nothing else. Keep ADD for archives to unpack, URLs (with --checksum) and git"
                    + " sources.",
            "FROM alpine\nADD config.yaml /etc/app/\n", "FROM alpine\nCOPY config.yaml /etc/app/\n")
            .withAliases("DL3020");
    /** ADD flags COPY does not have. */
    private static final Set<String> ADD_ONLY = Set.of("checksum", "keep-git-dir", "unpack");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        for (Instruction instruction : stage.instructions()) {
            if (!instruction.is(Keyword.ADD) || instruction.arguments().size() < 2) {
                continue;
            }
            List<AddSources.Source> sources = AddSources.of(context, instruction);
            if (sources.isEmpty() || !sources.stream().allMatch(s -> s.value() != null && !s.isUrl() && !s.isGit() && !s.isArchive())) {
                continue;
            }
            findings.report(instruction, instruction.keyword().range(), "Use COPY instead of ADD for files and folders", fix(instruction));
        }
    }

    private static Fix fix(Instruction instruction) {
        for (Flag flag : instruction.flags()) {
            if (ADD_ONLY.contains(flag.name())) {
                return null;
            }
        }
        String keyword = instruction.keyword().text();
        String copy = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "copy" : "COPY";
        return new Fix("Replace ADD with COPY", List.of(new TextEdit(instruction.keyword().range(), copy)), false);
    }
}
