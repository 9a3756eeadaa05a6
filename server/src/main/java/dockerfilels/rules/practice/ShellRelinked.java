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
import java.util.List;

/**
 * hadolint's DL4005: replacing /bin/sh with a link changes the shell of every script in the image;
 * SHELL changes RUN's only. Only a link that replaces an existing /bin/sh is reported ({@code ln -sf},
 * or after {@code rm /bin/sh}): creating a missing one, as BusyBox-based images do, is what makes RUN work.
 */
public final class ShellRelinked implements InstructionRule {
    private static final RuleInfo INFO = PracticeRules.info("ShellRelinked", Severity.WARNING, Category.BEST_PRACTICE,
            "Use SHELL to change the shell of RUN instead of linking /bin/sh",
            "Pointing /bin/sh at another shell changes it for every script in the image, including the system's own"
                    + " scripts that expect a POSIX sh, and it hides from readers which shell RUN uses. The SHELL"
                    + " instruction sets the shell of the RUN, CMD and ENTRYPOINT shell forms that follow it.",
            "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n",
            "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n",
            "DL4005");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        boolean removed = false;
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            if (command.is("rm") && command.operands().stream().anyMatch(w -> w.value().equals("/bin/sh"))) {
                removed = true;
            }
            // Without -f, ln fails when /bin/sh exists: such a link creates a missing /bin/sh (BusyBox images).
            if (!command.is("ln") || !(removed || command.hasOption("-f", "--force"))) {
                continue;
            }
            List<ShellWord> operands = command.operands();
            for (ShellWord operand : operands.subList(Math.min(1, operands.size()), operands.size())) {
                if (operand.value().equals("/bin/sh")) {
                    findings.report(instruction, operand.range(), "Use the SHELL instruction instead of replacing /bin/sh");
                }
            }
        }
    }
}
