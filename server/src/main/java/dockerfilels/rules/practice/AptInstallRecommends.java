package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;

/**
 * hadolint's DL3015: apt-get install without --no-install-recommends. Silent when the RUN
 * configures {@code Install-Recommends} itself (an {@code -o} option or an apt.conf line it writes).
 */
public final class AptInstallRecommends implements InstructionRule {
    private static final RuleInfo INFO = PracticeRules.info("AptInstallRecommends", Severity.INFORMATION, Category.IMAGE_SIZE,
            "apt-get install without --no-install-recommends installs packages nobody asked for",
            "By default apt-get also installs every package the named ones recommend, often tens of megabytes of"
                    + " documentation, GUIs and daemons. `--no-install-recommends` installs what the packages depend"
                    + " on and nothing more; add any recommended package you do need by name. The fix is not applied"
                    + " by \"fix all\": a build that relied on a recommended package would lose it.",
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
            "DL3015");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        ShellScript script = ShellScript.of(instruction);
        for (ShellCommand command : script.commands()) {
            if (!command.is("apt-get", "apt")) {
                continue;
            }
            ShellWord install = RunPractices.operand(command.operandsSkipping(AptGetWithoutYes.APT_VALUED), 0);
            if (install == null || !install.value().equals("install") || command.hasOption("--no-install-recommends")
                    || configuresRecommends(script)) {
                continue;
            }
            findings.report(instruction, install.range(), "Add --no-install-recommends to install only what the packages need",
                    RunPractices.fix("Add --no-install-recommends", RunPractices.insertAfter(install, " --no-install-recommends"), false));
        }
    }

    private static boolean configuresRecommends(ShellScript script) {
        for (ShellCommand command : script.commands()) {
            for (ShellWord word : command.words()) {
                if (word.value().contains("Install-Recommends")) {
                    return true;
                }
            }
        }
        return false;
    }
}
