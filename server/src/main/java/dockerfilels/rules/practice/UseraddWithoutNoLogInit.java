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
 * hadolint's DL3046: {@code useradd -u <large uid>} without {@code -l} writes a sparse
 * /var/log/lastlog and /var/log/faillog sized by the UID, which layers store in full.
 */
public final class UseraddWithoutNoLogInit implements InstructionRule {
    /** Above this UID the log files reach hundreds of megabytes. */
    private static final long LARGE_UID = 99_999;
    private static final RuleInfo INFO = PracticeRules.info("UseraddWithoutNoLogInit", Severity.WARNING, Category.IMAGE_SIZE,
            "useradd with a large UID needs -l (--no-log-init)",
            "useradd records the new user in /var/log/lastlog and /var/log/faillog at an offset computed from the UID."
                    + " The files are sparse on disk, but an image layer stores them in full: a UID like 1000000 adds"
                    + " hundreds of megabytes. `-l` (`--no-log-init`) skips them.",
            "FROM debian:12\nRUN useradd -u 1000000 app\n",
            "FROM debian:12\nRUN useradd -l -u 1000000 app\n",
            "DL3046");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            if (!command.is("useradd") || command.hasOption("-l", "--no-log-init")) {
                continue;
            }
            ShellWord uid = uid(command);
            if (uid != null && isLarge(uid.value().startsWith("--uid=") ? uid.value().substring(6) : uid.value())) {
                findings.report(instruction, uid.range(), "UID " + command.optionValue("-u", "--uid")
                        + " without -l makes useradd write huge sparse log files into the layer",
                        RunPractices.fix("Add -l (--no-log-init)", RunPractices.insertAfter(command.nameWord(), " -l"), true));
            }
        }
    }

    /** The word holding the UID value ({@code 1000000} of {@code -u 1000000}, or {@code --uid=1000000}). */
    private static ShellWord uid(ShellCommand command) {
        List<ShellWord> arguments = command.arguments();
        for (int k = 0; k < arguments.size(); k++) {
            String value = arguments.get(k).value();
            if (value.startsWith("--uid=")) {
                return arguments.get(k);
            }
            if ((value.equals("-u") || value.equals("--uid")) && k + 1 < arguments.size()) {
                return arguments.get(k + 1);
            }
        }
        return null;
    }

    private static boolean isLarge(String uid) {
        if (uid.isEmpty() || uid.length() > 18 || !uid.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Long.parseLong(uid) > LARGE_UID;
    }
}
