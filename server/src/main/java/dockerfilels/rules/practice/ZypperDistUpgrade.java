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

/** hadolint's DL3035: zypper dist-upgrade moves the image to whatever the repositories hold now. */
public final class ZypperDistUpgrade implements InstructionRule {
    private static final RuleInfo INFO = PracticeRules.info("ZypperDistUpgrade", Severity.WARNING, Category.BEST_PRACTICE,
            "Do not use zypper dist-upgrade in a build",
            "`zypper dist-upgrade` (`dup`) upgrades the whole distribution to what the repositories hold at build time,"
                    + " so two builds of the same Dockerfile give different systems. Use a newer base image instead, or"
                    + " `zypper update` for fixes within the release.",
            "FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n",
            "FROM opensuse/leap:15.6\nRUN zypper -n update\n",
            "DL3035");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            if (!command.is("zypper")) {
                continue;
            }
            ShellWord subcommand = RunPractices.operand(command.operandsSkipping(ZypperWithoutNonInteractive.ZYPPER_VALUED), 0);
            if (subcommand != null && (subcommand.value().equals("dist-upgrade") || subcommand.value().equals("dup"))) {
                findings.report(instruction, subcommand.range(), "Do not use zypper " + subcommand.value()
                        + ": the image's distribution would depend on the day it is built");
            }
        }
    }
}
