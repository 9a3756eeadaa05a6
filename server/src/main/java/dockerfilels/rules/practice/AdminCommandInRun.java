package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import java.util.Set;

/** hadolint's DL3001: commands for a running machine (editors, process tools, services) have no use while building. */
public final class AdminCommandInRun implements InstructionRule {
    private static final Set<String> COMMANDS =
            Set.of("ssh", "vim", "vi", "nano", "shutdown", "reboot", "service", "ps", "free", "top", "kill", "mount", "ifconfig");
    private static final RuleInfo INFO = PracticeRules.info("AdminCommandInRun", Severity.INFORMATION, Category.BEST_PRACTICE,
            "A RUN uses an interactive or system-administration command that makes no sense while building an image",
            "A build step has no terminal, no running services and no other processes to look at: editors (vim, nano)"
                    + " wait for input, `service` and `shutdown` act on an init system the build does not run, `ps`, `top`,"
                    + " `free` and `kill` look at the build's own sandbox, and `mount` and `ifconfig` need privileges a"
                    + " build does not have. Set files up with COPY or shell commands, and start services in the"
                    + " container's ENTRYPOINT or CMD.",
            "FROM debian:12\nRUN service nginx start\n",
            "FROM debian:12\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
            "DL3001");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            if (COMMANDS.contains(command.name())) {
                findings.report(instruction, command.nameWord().range(),
                        "`" + command.name() + "` makes no sense in a build step: nothing runs or is interactive there");
            }
        }
    }
}
