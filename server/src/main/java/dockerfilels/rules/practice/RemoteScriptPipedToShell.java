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
import java.util.Set;

/**
 * {@code curl ... | sh}, {@code wget -O- ... | bash} and {@code sh -c "$(curl ...)"}: a script
 * from the network runs unread and unverified with the build's privileges.
 */
public final class RemoteScriptPipedToShell implements InstructionRule {
    private static final Set<String> DOWNLOADERS = Set.of("curl", "wget");
    private static final Set<String> INTERPRETERS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "python",
            "python3", "perl", "ruby", "node");
    private static final RuleInfo INFO = PracticeRules.info("RemoteScriptPipedToShell", Severity.WARNING, Category.SECURITY,
            "A script downloaded in RUN is piped straight into a shell",
            "`curl URL | sh` runs whatever the server sends at build time, with the build's privileges: a compromised"
                    + " or changed script goes unnoticed, and a download cut short runs half a script. Download the"
                    + " script to a file, check it against a known SHA-256, then run it; or use `ADD --checksum=` or a"
                    + " package.",
            "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n",
            "FROM debian:12\nADD --checksum=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                    + " https://example.com/install.sh /tmp/install.sh\nRUN sh /tmp/install.sh\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        ShellScript script = ShellScript.of(instruction);
        for (ShellCommand command : script.commands()) {
            if (DOWNLOADERS.contains(command.name()) && command.after().equals("|")) {
                ShellCommand next = script.next(command);
                if (next != null && runsStandardInput(next)) {
                    findings.report(instruction, next.nameWord().range(), "The output of " + command.name()
                            + " runs unverified in " + next.name() + ": download, verify a checksum, then run");
                }
            } else if (INTERPRETERS.contains(command.name())) {
                for (ShellWord word : command.arguments()) {
                    if (substitutesDownload(word.value())) {
                        findings.report(instruction, command.nameWord().range(),
                                "A downloaded script runs unverified in " + command.name() + ": download, verify a checksum, then run");
                        break;
                    }
                }
            }
        }
    }

    /** An interpreter reading its script from standard input: no script file operand ({@code sh}, {@code sh -s -- x}, {@code python3 -}). */
    private static boolean runsStandardInput(ShellCommand command) {
        if (command.nameWord() == null || !INTERPRETERS.contains(command.name())) {
            return false;
        }
        for (ShellWord word : command.arguments()) {
            String value = word.value();
            if (value.equals("-") || value.equals("--") || value.equals("-s")) {
                return true;
            }
            if (!word.isOption()) {
                return false;
            }
            if (value.startsWith("-") && !value.startsWith("--") && value.indexOf('c') > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean substitutesDownload(String value) {
        return value.contains("$(curl ") || value.contains("$(wget ") || value.contains("`curl ") || value.contains("`wget ");
    }
}
