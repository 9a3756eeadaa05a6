package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;

/** hadolint's DL3004: sudo in a build hides who runs what; RUN runs as the USER in effect. */
public final class SudoInRun implements InstructionRule {
    private static final RuleInfo INFO = PracticeRules.info("SudoInRun", Severity.WARNING, Category.SECURITY,
            "Do not use sudo in RUN: switch users with USER",
            "RUN runs as the user set by the last USER instruction, root by default, so sudo is not needed to run as"
                    + " root. Installing sudo to use it in the build leaves a privilege-escalation tool in the image and"
                    + " its TTY and signal handling cause surprises. Run the root steps before USER, or switch with USER"
                    + " root and back.",
            "FROM debian:12\nRUN sudo apt-get update\n",
            "FROM debian:12\nRUN apt-get update\n",
            "DL3004");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            ShellWord sudo = sudoWord(command);
            if (sudo != null) {
                findings.report(instruction, sudo.range(), "Do not use sudo: RUN already runs as the USER in effect (root unless changed)",
                        RunPractices.fix("Remove sudo", removal(command, sudo), false));
            }
        }
    }

    /** The sudo word that runs the command ({@code sudo} itself when it is the command, e.g. {@code sudo -i}). */
    private static ShellWord sudoWord(ShellCommand command) {
        for (ShellWord word : command.words()) {
            if (word == command.nameWord() && !command.name().equals("sudo")) {
                return null;
            }
            String value = word.value();
            if (value.equals("sudo") || value.endsWith("/sudo")) {
                return word;
            }
        }
        return null;
    }

    /**
     * Deletes {@code sudo } when sudo has no options (which could name another user) and the command
     * follows on the same line; not a safe fix, since a non-root USER would then lack the rights.
     */
    private static TextEdit removal(ShellCommand command, ShellWord sudo) {
        ShellWord name = command.nameWord();
        int at = command.words().indexOf(sudo);
        if (name == null || name == sudo || command.words().indexOf(name) != at + 1 || !RunPractices.editable(sudo)
                || name.range().start().line() != sudo.range().end().line()) {
            return null;
        }
        return new TextEdit(new TextRange(sudo.range().start(), name.range().start()), "");
    }
}
