package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import java.util.List;

/**
 * hadolint's DL3003, narrowed to what WORKDIR replaces: a RUN that starts by changing to a
 * directory. A {@code cd} later in a chain ({@code cd /tmp/src && make && cd / && rm -rf /tmp/src})
 * works in a throw-away directory within one layer, which WORKDIR would make the image's default.
 */
public final class CdInsteadOfWorkdir implements InstructionRule {
    private static final RuleInfo INFO = PracticeRules.info("CdInsteadOfWorkdir", Severity.INFORMATION, Category.BEST_PRACTICE,
            "Use WORKDIR to change directory instead of starting RUN with cd",
            "A `cd` lasts only for its own RUN, so every later RUN must repeat it and readers must track it. WORKDIR"
                    + " sets the directory for the instructions that follow (RUN, COPY, CMD, ENTRYPOINT) and creates it"
                    + " if needed. Only a RUN that begins with `cd` is reported: a `cd` in the middle of a chain that"
                    + " builds in a temporary directory is fine.",
            "FROM node:22\nRUN cd /app && npm ci\n",
            "FROM node:22\nWORKDIR /app\nRUN npm ci\n",
            "DL3003");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        List<ShellCommand> commands = ShellScript.of(instruction).commands();
        if (commands.isEmpty()) {
            return;
        }
        ShellCommand first = commands.get(0);
        if (first.is("cd") && first.nesting() == 0 && first.after().equals("&&") && first.operands().size() == 1) {
            findings.report(instruction, first.nameWord().range(),
                    "Use WORKDIR " + first.operands().get(0).value() + " instead of cd: a cd lasts only for this RUN");
        }
    }
}
