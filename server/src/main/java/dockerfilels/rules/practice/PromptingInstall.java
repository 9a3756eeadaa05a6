package dockerfilels.rules.practice;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Instruction;
import java.util.List;
import java.util.Set;

/**
 * A package manager that asks for confirmation unless told not to; a build has no one to answer,
 * so the step fails. The fix inserts the manager's assume-yes option after the subcommand (or
 * after the manager's name, for a global option).
 */
abstract class PromptingInstall implements InstructionRule {
    private final Set<String> tools;
    private final Set<String> subcommands;
    private final Set<String> valuedOptions;
    private final String[] assumeYes;
    private final String inserted;
    private final boolean global;

    PromptingInstall(Set<String> tools, Set<String> subcommands, Set<String> valuedOptions, String[] assumeYes,
            String inserted, boolean global) {
        this.tools = tools;
        this.subcommands = subcommands;
        this.valuedOptions = valuedOptions;
        this.assumeYes = assumeYes;
        this.inserted = inserted;
        this.global = global;
    }

    /** Whether the command answers yes some other way (apt-get's {@code -qq}). */
    boolean answersYes(ShellCommand command) {
        return false;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            if (!tools.contains(command.name())) {
                continue;
            }
            List<ShellWord> operands = command.operandsSkipping(valuedOptions);
            ShellWord subcommand = RunPractices.operand(operands, 0);
            if (subcommand == null || !subcommands.contains(subcommand.value()) || command.hasOption(assumeYes)
                    || answersYes(command) || pipedYes(instruction, command)) {
                continue;
            }
            ShellWord at = global ? command.nameWord() : subcommand;
            findings.report(instruction, subcommand.range(),
                    "`" + command.name() + " " + subcommand.value() + "` without " + inserted.strip()
                            + " waits for a confirmation no one can give in a build",
                    RunPractices.fix("Add " + inserted.strip(), RunPractices.insertAfter(at, inserted), true));
        }
    }

    /** {@code yes | apt-get install x} answers the prompt too. */
    private static boolean pipedYes(Instruction instruction, ShellCommand command) {
        if (!command.before().equals("|")) {
            return false;
        }
        ShellCommand previous = null;
        for (ShellCommand candidate : ShellScript.of(instruction).commands()) {
            if (candidate == command) {
                break;
            }
            if (candidate.nesting() == command.nesting()) {
                previous = candidate;
            }
        }
        return previous != null && previous.is("yes");
    }
}
