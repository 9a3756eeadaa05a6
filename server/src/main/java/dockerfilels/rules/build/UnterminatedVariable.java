package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.shell.Env;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unterminated {@code ${} where BuildKit expands variables: ADD/COPY sources, destination,
 * {@code --chown}, {@code --chmod} and {@code --checksum}; ENV and LABEL keys and values; ARG
 * names and defaults; EXPOSE, USER, VOLUME, WORKDIR and STOPSIGNAL arguments; FROM's image and
 * {@code --platform}; the values of {@code RUN --mount}. The message is BuildKit's
 * ({@code failed to process "word": syntax error: missing '}'}). RUN, CMD, ENTRYPOINT and the other
 * places BuildKit does not expand are the shell's business and are left alone.
 */
public final class UnterminatedVariable implements StageRule.EachInstruction {
    private static final RuleInfo INFO = BuildErrors.info("UnterminatedVariable", "environment-replacement",
            "A ${ without its closing } where BuildKit expands variables",
            "BuildKit expands ${NAME} in most instructions (not in RUN, CMD or ENTRYPOINT, which the shell expands). An"
                    + " opening ${ without its } stops the build.",
            "FROM alpine\nARG VERSION=1.0\nWORKDIR /opt/app-${VERSION\n",
            "FROM alpine\nARG VERSION=1.0\nWORKDIR /opt/app-${VERSION}\n");
    private static final Env ANY = name -> "x";
    private static final Set<String> EXPANDED_FLAGS = Set.of("chown", "chmod", "checksum", "platform");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Instruction instruction, Findings findings) {
        Problems problems = context.shared(INFO, () -> new Problems(new ShellLexer(context.model().escape())));
        Keyword kind = instruction.kind();
        if (kind == null) {
            return;
        }
        switch (kind) {
            case ADD, COPY, FROM -> {
                for (Flag flag : instruction.flags()) {
                    if (EXPANDED_FLAGS.contains(flag.name()) && flag.value() != null) {
                        check(problems, instruction, flag.value(), BuildErrors.valueRange(flag), findings);
                    }
                }
                if (kind == Keyword.FROM) {
                    if (!instruction.arguments().isEmpty()) {
                        check(problems, instruction, instruction.arguments().get(0), findings);
                    }
                } else if (instruction.heredocs().isEmpty()) {
                    instruction.arguments().forEach(w -> check(problems, instruction, w, findings));
                }
            }
            case ENV, LABEL -> {
                for (KeyValue pair : instruction.pairs()) {
                    check(problems, instruction, pair.key(), findings);
                    check(problems, instruction, pair.value(), findings);
                }
            }
            case ARG -> {
                for (Word word : instruction.arguments()) {
                    if (word.text().indexOf("${") < 0) {
                        continue; // for speed: neither part can hold one; no substrings to build
                    }
                    int eq = word.text().indexOf('=');
                    check(problems, instruction, eq < 0 ? word.text() : word.text().substring(0, eq), word.range(), findings);
                    if (eq >= 0) {
                        check(problems, instruction, word.text().substring(eq + 1), word.range(), findings);
                    }
                }
            }
            case EXPOSE, VOLUME, STOPSIGNAL -> instruction.arguments().forEach(w -> check(problems, instruction, w, findings));
            case USER, WORKDIR -> check(problems, instruction, instruction.rest(), findings); // one argument: the whole rest
            case RUN -> {
                for (Flag flag : instruction.flags()) {
                    if (flag.name().equals("mount") && flag.value() != null) {
                        checkMount(problems, instruction, flag, findings);
                    }
                }
            }
            default -> {
            }
        }
    }

    private static void checkMount(Problems problems, Instruction instruction, Flag flag, Findings findings) {
        if (flag.value().indexOf('{') < 0) {
            return; // for speed: no field of it can hold a "${" (reading the fields only removes characters)
        }
        var fields = CsvFields.parse(flag.value());
        if (fields == null) {
            return;
        }
        for (CsvFields.Field field : fields) {
            if (field.hasValue()) {
                int[] span = field.valueSpan();
                check(problems, instruction, field.value(), BuildErrors.valueSubRange(flag, span[0], span[1]), findings);
            }
        }
    }

    private static void check(Problems problems, Instruction instruction, Word word, Findings findings) {
        if (word == null || word.text().indexOf("${") < 0) {
            return;
        }
        TextRange range = word.range();
        String message = problems.of(word.text());
        if (message == null) {
            return;
        }
        int open = firstUnclosed(word.text());
        boolean asIs = range.start().line() == range.end().line()
                && range.end().character() - range.start().character() == word.text().length();
        if (asIs && open >= 0) {
            range = TextRange.of(range.start().line(), range.start().character() + open, range.end().line(), range.end().character());
        }
        findings.report(instruction, range, message);
    }

    private static void check(Problems problems, Instruction instruction, String text, TextRange range, Findings findings) {
        if (text.indexOf("${") < 0) {
            return;
        }
        String message = problems.of(text);
        if (message != null) {
            findings.report(instruction, range, message);
        }
    }

    /** BuildKit's error when the word has an unterminated ${, or null. */
    static String problem(ShellLexer lexer, String text) {
        try {
            lexer.processWord(text, ANY);
            return null;
        } catch (ShellException e) {
            return !e.isLimit() && e.reason().contains("missing '}'") ? e.getMessage() : null;
        }
    }

    /**
     * {@link #problem} of each text, worked out once per lint: for speed, as the same words
     * (FROM golang:${GO_VERSION}, ENV values) come back in stage after stage.
     */
    private static final class Problems {
        private final ShellLexer lexer;
        private final Map<String, String> found = new HashMap<>();

        Problems(ShellLexer lexer) {
            this.lexer = lexer;
        }

        String of(String text) {
            if (found.containsKey(text)) {
                return found.get(text);
            }
            String message = problem(lexer, text);
            found.put(text, message);
            return message;
        }
    }

    /** The offset of the first "${" that no "}" closes, or -1. */
    private static int firstUnclosed(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                open.push(i);
                i++;
            } else if (text.charAt(i) == '}' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peekLast();
    }
}
