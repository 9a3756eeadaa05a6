package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageChain;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * hadolint's DL4006, with what its users asked for: a pipe in a shell-form RUN hides the failure of
 * every command but the last, unless pipefail is on. It is on when the stage's SHELL (or that of
 * the stage it is built FROM) passes {@code -o pipefail} to any shell, or when the script runs
 * {@code set -o pipefail} before the pipe. Stages whose SHELL is PowerShell or cmd, and Windows
 * images, have no such pipes. A pipe fed by {@code echo}, {@code printf} or {@code yes} cannot hide
 * a failure worth seeing. One finding per pipeline, at the first pipe that can hide a failure.
 * Informational: the official images pipe {@code find | awk | sort | xargs} on purpose.
 */
public final class PipeWithoutPipefail implements StageRule {
    private static final Set<String> HARMLESS_SOURCES = Set.of("echo", "printf", "yes", "true");
    private static final RuleInfo INFO = PracticeRules.info("PipeWithoutPipefail", Severity.INFORMATION, Category.BEST_PRACTICE,
            "A pipe in RUN hides the failure of the commands before the last one",
            "A shell's pipeline succeeds when its last command does: in `RUN curl -fsSL $URL | tar -xz` a failed"
                    + " download still passes the step if tar exits 0, and the image is built without the files. With"
                    + " `set -o pipefail` the pipeline fails when any of its commands fails. Set it for the whole stage"
                    + " with `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (`/bin/ash` on Alpine), or start the"
                    + " script with `set -o pipefail &&` where the shell supports it. Not reported: stages whose SHELL (or"
                    + " parent stage's) has `-o pipefail`, pipes after `set -o pipefail` in the same script, PowerShell"
                    + " and cmd stages, Windows images, exec-form RUN, and pipes fed by echo, printf or yes. One finding"
                    + " per pipeline. Informational: many good images pipe `find | sort | xargs` knowingly.",
            "FROM debian:12\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz\n",
            "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                    + "RUN curl -fsSL https://example.com/app.tar.gz | tar -xz\n",
            "DL4006");

    /** What a stage's shell does to pipes. */
    private enum Shell { POSIX, PIPEFAIL, NOT_POSIX }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Stages stages = context.stages();
        Shell shell = initial(context, stage);
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.SHELL)) {
                shell = of(instruction);
            } else if (shell == Shell.POSIX && !instruction.isJson()) {
                check(instruction, stage, findings, stages);
            }
        }
    }

    /** The shell a stage starts with: what its parent stage ends with, else that of its image. */
    private static Shell initial(LintContext context, Stage stage) {
        Stages stages = context.stages();
        char escape = context.model().escape();
        Stage parent = parent(stages, stage);
        return parent == null ? imageShell(stage, escape)
                : StageChain.atEnd(context, INFO, parent, s -> parent(stages, s), s -> imageShell(s, escape), PipeWithoutPipefail::after);
    }

    /** The shell in use after a stage's SHELL instructions, from {@code shell}. */
    private static Shell after(Stage stage, Shell shell) {
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.SHELL)) {
                shell = of(instruction);
            }
        }
        return shell;
    }

    private static Stage parent(Stages stages, Stage stage) {
        return stage.base() == null ? null : stages.named(stage.base().text(), stage.index());
    }

    /** The shell of a stage built from an image: none of ours on Windows, else sh. */
    private static Shell imageShell(Stage stage, char escape) {
        String base = stage.base() == null ? "" : stage.base().text().toLowerCase(Locale.ROOT);
        boolean windows = escape == '`' || base.contains("windows") || base.contains("nanoserver") || base.contains("servercore");
        return windows ? Shell.NOT_POSIX : Shell.POSIX;
    }

    private static Shell of(Instruction shell) {
        if (!shell.isJson() || shell.arguments().isEmpty()) {
            return Shell.POSIX;
        }
        List<Word> arguments = shell.arguments();
        String program = arguments.get(0).text().toLowerCase(Locale.ROOT);
        if (program.contains("pwsh") || program.contains("powershell") || program.contains("cmd")) {
            return Shell.NOT_POSIX;
        }
        for (int k = 1; k < arguments.size(); k++) {
            String previous = arguments.get(k - 1).text();
            if (arguments.get(k).text().equals("pipefail") && previous.startsWith("-") && previous.endsWith("o")) {
                return Shell.PIPEFAIL;
            }
        }
        return Shell.POSIX;
    }

    private static void check(Instruction instruction, Stage stage, Findings findings, Stages stages) {
        boolean pipefail = false;
        boolean reported = false;
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            if (command.nesting() > 0) {
                continue;
            }
            if (command.is("set") && setsPipefail(command)) {
                pipefail = true;
            }
            boolean piped = command.after().equals("|") || command.after().equals("|&");
            boolean inPipeline = command.before().equals("|") || command.before().equals("|&");
            reported &= inPipeline;
            if (!pipefail && !reported && piped && !HARMLESS_SOURCES.contains(command.name()) && command.nameWord() != null) {
                reported = true; // one finding per pipeline, at its first pipe that can hide a failure
                TextRange at = command.afterRange() != null ? command.afterRange() : command.nameWord().range();
                findings.report(instruction, at, "If `" + command.name()
                        + "` fails, this pipe hides it: set -o pipefail (SHELL with -o pipefail)", fix(instruction, stage, stages));
            }
        }
    }

    /** {@code set -o pipefail}, {@code set -euo pipefail}. */
    private static boolean setsPipefail(ShellCommand command) {
        List<ShellWord> arguments = command.arguments();
        for (int k = 1; k < arguments.size(); k++) {
            String previous = arguments.get(k - 1).value();
            if (arguments.get(k).value().equals("pipefail") && previous.startsWith("-") && previous.endsWith("o")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inserts a SHELL with pipefail above the RUN (bash; ash for Alpine and BusyBox). Not safe:
     * the image may have no bash, and the rest of the stage then runs in that shell.
     */
    private static Fix fix(Instruction instruction, Stage stage, Stages stages) {
        if (!instruction.is(Keyword.RUN)) {
            return null;
        }
        String shell = RunPractices.busyBox(stages, stage) ? "/bin/ash" : "/bin/bash";
        int line = instruction.startLine();
        int indent = instruction.keyword().range().start().line() == line ? instruction.keyword().range().start().character() : 0;
        String text = " ".repeat(indent) + "SHELL [\"" + shell + "\", \"-o\", \"pipefail\", \"-c\"]\n";
        return new Fix("Set SHELL to " + shell + " with pipefail", List.of(new TextEdit(TextRange.of(line, 0, line, 0), text)), false);
    }
}
