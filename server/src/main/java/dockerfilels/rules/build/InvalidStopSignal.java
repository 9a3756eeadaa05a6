package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.Locale;
import java.util.Set;

/**
 * STOPSIGNAL that is neither a signal number nor a Linux signal name, with or without {@code SIG}
 * (moby's {@code signal.ParseSignal}, which BuildKit runs at build time). Values with variables are
 * only known after expansion and are left alone.
 */
public final class InvalidStopSignal implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidStopSignal", "stopsignal",
            "STOPSIGNAL that is not a signal",
            "STOPSIGNAL takes a signal name (SIGTERM, TERM, SIGRTMIN+3) or a non-zero number (9).",
            "FROM nginx\nSTOPSIGNAL SIGQUITE\n", "FROM nginx\nSTOPSIGNAL SIGQUIT\n");
    private static final Set<String> NAMES = Set.of("ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT",
            "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP",
            "TSTP", "TTIN", "TTOU", "UNUSED", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ", "RTMIN", "RTMAX");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.STOPSIGNAL) || instruction.arguments().size() != 1) {
            return;
        }
        Word word = instruction.arguments().get(0);
        if (!BuildErrors.dependsOnExpansion(word.text()) && !isSignal(word.text())) {
            findings.report(instruction, word.range(), "invalid signal: " + word.text());
        }
    }

    static boolean isSignal(String raw) {
        Integer number = InvalidStageReference.atoi(raw);
        if (number != null) {
            return number != 0;
        }
        String name = raw.toUpperCase(Locale.ROOT);
        if (name.startsWith("SIG")) {
            name = name.substring(3);
        }
        if (NAMES.contains(name)) {
            return true;
        }
        for (int i = 1; i <= 15; i++) {
            if (name.equals("RTMIN+" + i)) {
                return true;
            }
        }
        for (int i = 1; i <= 14; i++) {
            if (name.equals("RTMAX-" + i)) {
                return true;
            }
        }
        return false;
    }
}
