package dockerfilels.semantics.commands;

import dockerfilels.semantics.commands.ShellTokenizer.Kind;
import dockerfilels.semantics.commands.ShellTokenizer.Token;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups a script's tokens into simple commands. Compound commands are read for the commands
 * inside them: {@code if}/{@code then}/{@code while}/{@code do} and braces are looked through,
 * {@code for} and {@code case} headers and patterns are skipped. The bodies of {@code sh -c},
 * {@code $(...)} and backquotes are parsed too, up to {@value #MAX_NESTING} levels deep.
 */
final class ShellParser {
    static final int MAX_NESTING = 8;
    static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");
    private static final Set<String> LOOKED_THROUGH = Set.of("if", "then", "else", "elif", "do", "while", "until", "!", "{");
    private static final Set<String> ENDINGS = Set.of("fi", "done", "esac", "}");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*])?\\+?=.*", Pattern.DOTALL);

    private enum Header { NONE, SKIP_TO_SEPARATOR, CASE_WORD, CASE_PATTERN }

    private final List<ShellCommand> out;
    private final int nesting;
    private List<ShellWord> words = new ArrayList<>();
    private List<ShellWord> assignments = new ArrayList<>();
    private List<ShellCommand.Redirect> redirects = new ArrayList<>();
    private final List<List<int[]>> substitutions = new ArrayList<>();
    private String before = "";
    private Header header = Header.NONE;
    private final String text;
    private final SourceRanges ranges;

    private ShellParser(String text, SourceRanges ranges, int nesting, List<ShellCommand> out) {
        this.text = text;
        this.ranges = ranges;
        this.nesting = nesting;
        this.out = out;
    }

    /** Appends the commands of {@code text} (and of the scripts nested in them) to {@code out}. */
    static void parse(String text, SourceRanges ranges, int nesting, List<ShellCommand> out) {
        if (nesting > MAX_NESTING) {
            return;
        }
        ShellParser parser = new ShellParser(text, ranges, nesting, out);
        for (Token token : ShellTokenizer.tokens(text, ranges)) {
            parser.accept(token);
        }
        parser.end("", null);
    }

    private void accept(Token token) {
        switch (token.kind()) {
            case OPERATOR -> operator(token.text(), token.range());
            case REDIRECT -> redirects.add(new ShellCommand.Redirect(token.text(), token.word()));
            case WORD -> word(token);
        }
    }

    private void operator(String operator, TextRange range) {
        if (header == Header.SKIP_TO_SEPARATOR && !operator.equals("|")) {
            header = Header.NONE;
        } else if (header == Header.CASE_PATTERN && operator.equals(")")) {
            header = Header.NONE;
            return;
        }
        if (operator.equals(";;") && header == Header.NONE) {
            end(operator, range);
            header = Header.CASE_PATTERN;
            return;
        }
        end(operator, range);
    }

    private void word(Token token) {
        ShellWord word = token.word();
        String value = word.value();
        switch (header) {
            case SKIP_TO_SEPARATOR -> {
                return;
            }
            case CASE_WORD -> {
                if (!word.quoted() && value.equals("in")) {
                    header = Header.CASE_PATTERN;
                }
                return;
            }
            case CASE_PATTERN -> {
                if (!word.quoted() && value.equals("esac")) {
                    header = Header.NONE;
                }
                return;
            }
            default -> {
            }
        }
        if (words.isEmpty() && !word.quoted()) {
            if (LOOKED_THROUGH.contains(value) || ENDINGS.contains(value)) {
                return;
            }
            if (value.equals("for") || value.equals("select")) {
                header = Header.SKIP_TO_SEPARATOR;
                return;
            }
            if (value.equals("case")) {
                header = Header.CASE_WORD;
                return;
            }
        }
        if (words.isEmpty() && ASSIGNMENT.matcher(value).matches() && !word.raw().startsWith("=")) {
            assignments.add(word);
            substitutions.add(token.substitutions());
            return;
        }
        words.add(word);
        substitutions.add(token.substitutions());
    }

    /** Ends the command being read, joined to the next by {@code operator}, and parses what is nested in it. */
    private void end(String operator, TextRange operatorRange) {
        if (!words.isEmpty() || !assignments.isEmpty() || !redirects.isEmpty()) {
            ShellCommand command = new ShellCommand(words, assignments, redirects, before, operator, nesting, operatorRange);
            out.add(command);
            nested(command);
        }
        if (!operator.equals("(") && !operator.equals(")")) {
            before = operator;
        }
        words = new ArrayList<>();
        assignments = new ArrayList<>();
        redirects = new ArrayList<>();
        substitutions.clear();
    }

    private void nested(ShellCommand command) {
        ShellWord script = shellScript(command);
        List<ShellWord> all = new ArrayList<>(command.assignments());
        all.addAll(command.words());
        for (int k = 0; k < substitutions.size(); k++) {
            if (all.get(k) == script) {
                continue; // what is substituted in the script is read with the script
            }
            for (int[] span : substitutions.get(k)) {
                int from = span[0];
                int to = Math.max(from, span[1]);
                parse(text.substring(from, to), (f, t) -> ranges.range(from + f, from + t), nesting + 1, out);
            }
        }
        if (script != null) {
            parse(script.value(), ranges.through(script.origins()), nesting + 1, out);
        }
    }

    /** The script of {@code sh -c 'script'} (the first operand after an option cluster holding c), or null. */
    static ShellWord shellScript(ShellCommand command) {
        if (!SHELLS.contains(command.name())) {
            return null;
        }
        boolean dashC = false;
        for (ShellWord word : command.arguments()) {
            String value = word.value();
            if (value.startsWith("-") && !value.startsWith("--") && value.length() > 1) {
                dashC |= value.indexOf('c') > 0;
            } else if (!value.startsWith("-")) {
                return dashC ? word : null;
            }
        }
        return null;
    }
}
