package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.rules.buildkit.VariableUse.Piece;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Variables;
import dockerfilels.shell.ShellLexer;
import dockerfilels.shell.VariableReference;
import dockerfilels.shell.VariableReferences;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's UndefinedVar: a variable used where BuildKit itself expands variables (ENV, LABEL,
 * ADD/COPY paths and flags, WORKDIR, USER, VOLUME, STOPSIGNAL, RUN --mount values, ARG defaults,
 * expandable ADD/COPY heredocs) that is neither set in the stage nor a declared ARG. Never the text of
 * RUN, CMD or ENTRYPOINT: the shell expands that. Checked in every stage, as the lint request does.
 */
public final class UndefinedVar implements StageRule {
    private static final RuleInfo INFO = BuildKitChecks.info("UndefinedVar", "undefined-var",
            "Variables should be defined before their use",
            "BuildKit expands variables in ENV, LABEL, COPY, ADD, WORKDIR, USER, VOLUME, STOPSIGNAL, RUN --mount and ARG"
                    + " defaults itself. A variable that is not set by an earlier ENV or ARG of the stage (or its parent"
                    + " stages, or the base image) expands to an empty string, which is rarely what was meant. Global ARGs"
                    + " must be repeated with `ARG name` inside the stage to be visible there.",
            "FROM alpine AS base\nCOPY $foo .\n",
            "FROM alpine AS base\nARG foo\nCOPY $foo .\n");
    /** BuildKit expands heredoc bodies with the default escape character, quotes taken literally. */
    private static final ShellLexer HEREDOC_LEXER = new ShellLexer('\\');

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Variables variables = context.variables();
        char escape = context.model().escape();
        ShellLexer lexer = new ShellLexer(escape);
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.ARG)) {
                List<Scope> scopes = variables.argumentScopes(instruction);
                List<Word> words = instruction.arguments();
                for (int i = 0; i < words.size() && i < scopes.size(); i++) {
                    int eq = words.get(i).text().indexOf('=');
                    if (eq >= 0) {
                        check(stage, instruction, Piece.of(words.get(i), eq + 1), scopes.get(i), variables, lexer, escape, findings);
                    }
                }
                continue;
            }
            Scope scope = variables.before(instruction);
            for (Piece piece : pieces(instruction)) {
                check(stage, instruction, piece, scope, variables, lexer, escape, findings);
            }
            if (instruction.is(Keyword.COPY) || instruction.is(Keyword.ADD)) {
                for (Heredoc heredoc : instruction.heredocs()) {
                    if (heredoc.expand()) {
                        checkHeredoc(instruction, heredoc, scope, findings);
                    }
                }
            }
        }
    }

    /**
     * The words of an instruction that BuildKit expands, each expanded on its own; for speed, only
     * those with a '$' (the others use no variable, so there is nothing to check in them).
     */
    static List<Piece> pieces(Instruction instruction) {
        List<Piece> pieces = new ArrayList<>();
        Keyword kind = instruction.kind();
        if (kind == null) {
            return pieces;
        }
        switch (kind) {
            case ENV, LABEL -> {
                for (KeyValue pair : instruction.pairs()) {
                    if (usesVariable(pair.key())) {
                        pieces.add(Piece.of(pair.key()));
                    }
                    if (usesVariable(pair.value())) {
                        pieces.add(Piece.of(pair.value()));
                    }
                }
            }
            case WORKDIR, USER, STOPSIGNAL, VOLUME -> {
                for (Word word : instruction.arguments()) {
                    if (!usesVariable(word)) {
                        continue;
                    }
                    pieces.add(instruction.isJson() ? new Piece(word.text(), word, 0, false) : Piece.of(word));
                }
            }
            case COPY, ADD -> {
                for (Flag flag : instruction.flags()) {
                    if (flag.hasValue() && (flag.name().equals("chown") || flag.name().equals("chmod")
                            || (kind == Keyword.ADD && flag.name().equals("checksum")))) {
                        pieces.add(VariableUse.flagValue(flag, 0, flag.value()));
                    }
                }
                for (Word word : instruction.arguments()) {
                    if (!usesVariable(word) || isHeredocMarker(instruction, word)) {
                        continue;
                    }
                    pieces.add(instruction.isJson() ? new Piece(word.text(), word, 0, false) : Piece.of(word));
                }
            }
            case RUN -> {
                for (Flag flag : instruction.flags()) {
                    // For speed: a mount without '$' gives only pieces that use no variable; not split.
                    if (flag.name().equals("mount") && flag.hasValue() && flag.value().indexOf('$') >= 0) {
                        int at = 0;
                        for (String field : flag.value().split(",", -1)) {
                            int eq = field.indexOf('=');
                            if (eq >= 0) {
                                pieces.add(VariableUse.flagValue(flag, at + eq + 1, field.substring(eq + 1)));
                            }
                            at += field.length() + 1;
                        }
                    }
                }
            }
            default -> {
            }
        }
        return pieces;
    }

    private static boolean usesVariable(Word word) {
        return word.text().indexOf('$') >= 0;
    }

    static boolean isHeredocMarker(Instruction instruction, Word word) {
        for (Heredoc heredoc : instruction.heredocs()) {
            if (heredoc.marker().range().equals(word.range())) {
                return true;
            }
        }
        return false;
    }

    private static void check(Stage stage, Instruction instruction, Piece piece, Scope scope, Variables variables, ShellLexer lexer,
            char escape, Findings findings) {
        for (String name : piece.unmatched(lexer, scope.env())) {
            if (scope.defines(name) || Variables.NON_ENV_ARGS.contains(name)) {
                continue;
            }
            String suggestion = VariableUse.suggest(name, scope.envNames());
            Fix fix = declareGlobal(stage, name, variables);
            TextRange nameRange = piece.nameRangeOf(name, escape);
            if (fix == null && suggestion != null && nameRange != null) {
                fix = Fix.safe("Change to $" + suggestion, new TextEdit(nameRange, suggestion));
            }
            findings.report(instruction, piece.rangeOf(name, escape), message(name, suggestion), fix);
        }
    }

    /**
     * For a global ARG used in a stage that does not repeat it: {@code ARG name} on a new line after
     * the stage's FROM, which makes it visible there with its global value.
     */
    static Fix declareGlobal(Stage stage, String name, Variables variables) {
        dockerfilels.semantics.Declaration global = variables.global().lookup(name);
        if (global == null || global.kind() != dockerfilels.semantics.Declaration.Kind.GLOBAL_ARG) {
            return null;
        }
        int line = stage.from().endLine() + 1;
        String keyword = stage.from().keyword().text();
        String arg = keyword.equals(keyword.toLowerCase(java.util.Locale.ROOT)) ? "arg" : "ARG";
        return Fix.safe("Declare the global ARG " + name + " in this stage",
                new TextEdit(TextRange.of(line, 0, line, 0), arg + " " + name + "\n"));
    }

    /** A heredoc body: quotes are literal, the escape character is always {@code \}. */
    private static void checkHeredoc(Instruction instruction, Heredoc heredoc, Scope scope, Findings findings) {
        if (heredoc.content().indexOf('$') < 0) {
            return; // for speed: a body without '$' uses no variable
        }
        String content = heredoc.content().replace('\'', '\u0001').replace('"', '\u0001');
        Set<String> unmatched = new Piece(content, heredoc.marker(), 0, false).unmatched(HEREDOC_LEXER, scope.env());
        List<VariableReference> refs = VariableReferences.find(content, '\\');
        for (String name : unmatched) {
            if (scope.defines(name) || Variables.NON_ENV_ARGS.contains(name)) {
                continue;
            }
            String suggestion = VariableUse.suggest(name, scope.envNames());
            TextRange range = heredoc.body();
            Fix fix = null;
            for (VariableReference ref : refs) {
                if (ref.name().equals(name)) {
                    range = new TextRange(position(heredoc, content, ref.start()), position(heredoc, content, ref.end()));
                    if (suggestion != null) {
                        fix = Fix.safe("Change to $" + suggestion, new TextEdit(
                                new TextRange(position(heredoc, content, ref.nameStart()), position(heredoc, content, ref.nameEnd())),
                                suggestion));
                    }
                    break;
                }
            }
            findings.report(instruction, range, message(name, suggestion), fix);
        }
    }

    private static dockerfilels.syntax.TextPosition position(Heredoc heredoc, String content, int offset) {
        int line = heredoc.body().start().line();
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = offset - lineStart + (line == heredoc.body().start().line() ? heredoc.body().start().character() : 0);
        return new dockerfilels.syntax.TextPosition(line, column);
    }

    static String message(String name, String suggestion) {
        return "Usage of undefined variable '$" + name + "'" + (suggestion == null ? "" : " (did you mean $" + suggestion + "?)");
    }
}
