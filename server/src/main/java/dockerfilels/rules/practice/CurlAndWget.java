package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * hadolint's DL4001: a stage that downloads with both curl and wget needs both installed. The uses
 * of the tool the stage uses less (wget on a tie) are reported, so the fix is to switch those.
 */
public final class CurlAndWget implements StageRule {
    private static final RuleInfo INFO = PracticeRules.info("CurlAndWget", Severity.INFORMATION, Category.IMAGE_SIZE,
            "A stage uses both curl and wget: one download tool is enough",
            "Each tool and its libraries take space in the image, and two tools mean two sets of options to read."
                    + " Pick one per stage; the uses of the one used less often are reported.",
            "FROM debian:12\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN wget -q https://example.com/b.tar.gz\n",
            "FROM debian:12\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz\n",
            "DL4001");

    private record Use(Instruction instruction, ShellCommand command) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        List<Use> curl = new ArrayList<>();
        List<Use> wget = new ArrayList<>();
        for (Instruction instruction : stage.instructions()) {
            for (ShellCommand command : ShellScript.of(instruction).commands()) {
                if (command.is("curl")) {
                    curl.add(new Use(instruction, command));
                } else if (command.is("wget")) {
                    wget.add(new Use(instruction, command));
                }
            }
        }
        if (curl.isEmpty() || wget.isEmpty()) {
            return;
        }
        List<Use> fewer = wget.size() <= curl.size() ? wget : curl;
        String other = fewer == wget ? "curl" : "wget";
        for (Use use : fewer) {
            findings.report(use.instruction(), use.command().nameWord().range(),
                    "This stage also uses " + other + ": use " + other + " here too and install one download tool");
        }
    }
}
