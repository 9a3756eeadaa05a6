package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BuildKit's JSONArgsRecommended: a CMD or ENTRYPOINT in shell form while the stage's image has
 * no SHELL (none earlier in the stage, none in the stages it is built from; a base image's own
 * SHELL cannot be known offline and counts as none).
 */
public final class JSONArgsRecommended implements StageRule {
    private static final RuleInfo INFO = BuildKitChecks.info("JSONArgsRecommended", "json-args-recommended",
            "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals",
            "In shell form the command runs under /bin/sh -c, which becomes PID 1 and does not pass signals such as"
                    + " SIGTERM on to it, so the container cannot stop gracefully. The JSON (exec) form runs the command"
                    + " directly. hadolint's DL3025 is the same rule, but also reports HEALTHCHECK CMD and ignores a SHELL"
                    + " instruction.",
            "FROM alpine\nENTRYPOINT my-program start\n", "FROM alpine\nENTRYPOINT [\"my-program\", \"start\"]\n").withAliases("DL3025");

    /** A word the shell passes through unchanged. */
    /** First words the shell runs itself (builtins and keywords): the JSON form would look for a program. */
    private static final Set<String> SHELL_WORDS = Set.of(".", ":", "[", "alias", "bg", "break", "case", "cd", "command",
            "continue", "do", "done", "elif", "else", "esac", "eval", "exec", "exit", "export", "fg", "fi", "for", "function",
            "getopts", "hash", "if", "jobs", "read", "readonly", "return", "select", "set", "shift", "source", "test",
            "then", "time", "times", "trap", "type", "ulimit", "umask", "unalias", "unset", "until", "wait", "while");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Stages stages = context.stages();
        boolean shell = BuildKitChecks.inAncestors(stages, stage, Keyword.SHELL);
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.SHELL)) {
                shell = true;
            } else if ((instruction.is(Keyword.CMD) || instruction.is(Keyword.ENTRYPOINT)) && !instruction.isJson() && !shell) {
                Word at = instruction.rest() != null ? instruction.rest() : instruction.keyword();
                findings.report(instruction, at.range(), "JSON arguments recommended for " + instruction.keyword().text()
                        + " to prevent unintended behavior related to OS signals", fix(stages, stage, instruction));
            }
        }
    }

    /**
     * {@code CMD a b} becomes {@code CMD ["a", "b"]} when every word is plain, the command is not
     * a shell builtin, and the other of CMD/ENTRYPOINT cannot combine with it differently. Not
     * applied by "fix all": the command no longer runs under a shell.
     */
    private static Fix fix(Stages stages, Stage stage, Instruction instruction) {
        Word rest = instruction.rest();
        if (rest == null || !instruction.heredocs().isEmpty() || !BuildKitChecks.isPlainOnOneLine(rest)) {
            return null;
        }
        String text = rest.text().strip();
        // Every word plain: checked on the text first, so a long command that is not plain costs
        // one scan and no allocation (a CMD of half a million words made the collector work hard).
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && !isPlain(c)) {
                return null;
            }
        }
        String[] words = text.split("[ \t]+");
        if (words.length == 0 || words[0].isEmpty() || words[0].contains("=") || SHELL_WORDS.contains(words[0])) {
            return null;
        }
        StringBuilder json = new StringBuilder("[");
        for (String word : words) {
            json.append(json.length() > 1 ? ", " : "").append(GoQuote.quote(word));
        }
        json.append(']');
        Keyword other = instruction.is(Keyword.CMD) ? Keyword.ENTRYPOINT : Keyword.CMD;
        if (stage.instructions().stream().anyMatch(i -> i.is(other))
                || other == Keyword.ENTRYPOINT && BuildKitChecks.inAncestors(stages, stage, Keyword.ENTRYPOINT)) {
            return null;
        }
        return new Fix("Use the JSON form", List.of(new TextEdit(rest.range(), json.toString())), false);
    }

    /** A character that needs no quoting in a JSON-form word: {@code [A-Za-z0-9_./:@%+,=-]}. */
    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_./:@%+,=-".indexOf(c) >= 0;
    }
}
