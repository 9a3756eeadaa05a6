package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;

/**
 * hadolint's DL3047: GNU wget's default progress output floods the build log. Stages on Alpine or
 * BusyBox images are skipped: their wget is BusyBox's, which prints little and has no --progress.
 */
public final class WgetWithoutProgress implements StageRule {
    /** wget's one-letter options that take a value: a cluster ends at the first of them. */
    private static final String VALUED_LETTERS = "OoaPiBetTwQUlARDXIY";
    private static final RuleInfo INFO = PracticeRules.info("WgetWithoutProgress", Severity.INFORMATION, Category.BEST_PRACTICE,
            "wget without --progress fills the build log with progress dots",
            "Without a terminal, GNU wget prints a line of dots for every few kilobytes it downloads, which buries the"
                    + " build's output. `--progress=dot:giga` prints one dot per megabyte; `-q` or `-nv` print less."
                    + " Stages on Alpine and BusyBox images are not reported: BusyBox's wget prints little and has no"
                    + " --progress (for the same reason the fix is not applied by \"fix all\").",
            "FROM debian:12\nRUN wget https://example.com/app.tar.gz\n",
            "FROM debian:12\nRUN wget --progress=dot:giga https://example.com/app.tar.gz\n",
            "DL3047");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Boolean busyBox = null; // asked only of stages that run wget: it follows the FROM chain
        for (Instruction instruction : stage.instructions()) {
            for (ShellCommand command : ShellScript.of(instruction).commands()) {
                if (command.is("wget") && !quiet(command)) {
                    busyBox = busyBox == null ? RunPractices.busyBox(context.stages(), stage) : busyBox;
                    if (busyBox) {
                        continue; // BusyBox's wget prints one progress line, and has no --progress
                    }
                    findings.report(instruction, command.nameWord().range(), "wget without --progress floods the build log",
                            RunPractices.fix("Add --progress=dot:giga",
                                    RunPractices.insertAfter(command.nameWord(), " --progress=dot:giga"), false));
                }
            }
        }
    }

    /** --progress, -q, -nv, or output sent to a log file (-o, -a), alone or in a cluster such as {@code -qO-}. */
    private static boolean quiet(ShellCommand command) {
        if (command.hasOption("--progress", "--quiet", "--no-verbose", "--output-file", "--append-output", "-nv")) {
            return true;
        }
        for (ShellWord word : command.arguments()) {
            String value = word.value();
            if (value.length() < 2 || value.charAt(0) != '-' || value.charAt(1) == '-') {
                continue;
            }
            for (int k = 1; k < value.length(); k++) {
                char c = value.charAt(k);
                if (c == 'q' || c == 'o' || c == 'a') {
                    return true;
                }
                if (VALUED_LETTERS.indexOf(c) >= 0 || !Character.isLetter(c)) {
                    break;
                }
            }
        }
        return false;
    }
}
