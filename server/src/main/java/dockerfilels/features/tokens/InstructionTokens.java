package dockerfilels.features.tokens;

import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.Set;

/**
 * The tokens of one instruction. Its lines up to the first heredoc body are painted in layers,
 * each covering the one before: strings and operators of the arguments, then what the
 * instruction's form says (images, stage names, declared names, ports), then variable
 * references, keywords, flags and heredoc markers, and last the comment lines inside the
 * continuation. Heredoc bodies are added line by line after that.
 */
final class InstructionTokens {
    private static final int DECLARATION = TokenModifier.DECLARATION.bit();

    private final String text;
    private final Painter painter;
    private final char escape;
    private final Set<String> stages;

    private InstructionTokens(String text, Painter painter, char escape, Set<String> stages) {
        this.text = text;
        this.painter = painter;
        this.escape = escape;
        this.stages = stages;
    }

    static void of(String text, LineIndex lines, Instruction instruction, char escape, Set<String> stages, List<Token> out) {
        int lastLogical = instruction.endLine();
        List<Heredoc> heredocs = heredocs(instruction);
        for (Heredoc heredoc : heredocs) {
            lastLogical = Math.min(lastLogical, heredoc.body().start().line() - 1);
        }
        lastLogical = Math.max(Math.min(lastLogical, lines.lineCount() - 1), instruction.startLine());
        int from = lines.offset(instruction.keyword().range().start(), text);
        int to = lines.contentEnd(lastLogical, text);
        Painter painter = new Painter(text, lines, from, to);
        InstructionTokens tokens = new InstructionTokens(text, painter, escape, stages);
        tokens.paint(instruction);
        for (Comment comment : instruction.comments()) {
            painter.paint(comment.range(), TokenType.COMMENT);
        }
        painter.emit(out);
        int nextLine = lastLogical + 1;
        for (Heredoc heredoc : heredocs) {
            nextLine = SemanticTokens.heredoc(text, lines, heredoc, nextLine, out);
        }
    }

    /** The heredocs of the instruction or of its ONBUILD trigger. */
    private static List<Heredoc> heredocs(Instruction instruction) {
        if (!instruction.heredocs().isEmpty() || instruction.trigger() == null) {
            return instruction.heredocs();
        }
        return instruction.trigger().heredocs();
    }

    /** Remembers the stage name a FROM declares, for the instructions after it. */
    static void declareStage(Instruction instruction, Set<String> stages) {
        List<Word> args = instruction.arguments();
        if (instruction.is(Keyword.FROM) && args.size() == 3 && args.get(1).text().equalsIgnoreCase("as")) {
            stages.add(GoText.toLower(args.get(2).text()));
        }
    }

    private void paint(Instruction instruction) {
        Keyword kind = instruction.kind();
        if (kind == null) {
            // An unknown word is no keyword; its arguments are still shown for what they are.
            generic(instruction, null);
            return;
        }
        painter.paint(instruction.keyword().range(), TokenType.KEYWORD,
                kind == Keyword.MAINTAINER ? TokenModifier.DEPRECATED.bit() : 0);
        if (instruction.trigger() != null) {
            paint(instruction.trigger());
        } else {
            generic(instruction, kind);
            for (Flag flag : instruction.flags()) {
                flag(flag);
            }
        }
        // An ONBUILD trigger's heredocs are the ONBUILD's.
        for (Heredoc heredoc : instruction.heredocs()) {
            painter.paint(heredoc.marker().range(), TokenType.LABEL);
        }
    }

    /** Strings, shell operators, the form's own tokens and variable references of the arguments. */
    private void generic(Instruction instruction, Keyword kind) {
        Word rest = instruction.rest();
        boolean json = instruction.isJson();
        boolean command = kind == Keyword.RUN || kind == Keyword.CMD || kind == Keyword.ENTRYPOINT
                || kind == Keyword.HEALTHCHECK || kind == Keyword.SHELL;
        if (rest != null && !json) {
            strings(rest.range(), command && kind != Keyword.SHELL);
        }
        if (json) {
            for (Word arg : instruction.arguments()) {
                painter.paint(arg.range(), TokenType.STRING);
            }
        }
        if (kind != null) {
            form(instruction, kind);
        }
        // BuildKit expands variables in every form but the exec form of commands.
        if (rest != null && !(json && command)) {
            variables(rest.range());
        }
    }

    /** What the instruction's form gives its arguments. */
    private void form(Instruction instruction, Keyword kind) {
        List<Word> args = instruction.arguments();
        switch (kind) {
            case FROM -> {
                if (!args.isEmpty()) {
                    Word base = args.get(0);
                    painter.paint(base.range(), stages.contains(GoText.toLower(base.text())) ? TokenType.CLASS : TokenType.TYPE);
                }
                if (args.size() >= 2 && args.get(1).text().equalsIgnoreCase("as")) {
                    painter.paint(args.get(1).range(), TokenType.KEYWORD);
                    if (args.size() >= 3) {
                        painter.paint(args.get(2).range(), TokenType.CLASS, DECLARATION);
                    }
                }
            }
            case ARG -> {
                for (Word arg : args) {
                    declaration(arg);
                }
            }
            case ENV, LABEL -> {
                for (KeyValue pair : instruction.pairs()) {
                    TokenType type = kind == Keyword.ENV ? TokenType.VARIABLE : TokenType.PROPERTY;
                    painter.paint(pair.key().range(), type, kind == Keyword.ENV ? DECLARATION : 0);
                    int keyEnd = painter.offset(pair.key().range().end());
                    if (!pair.legacy() && keyEnd < text.length() && text.charAt(keyEnd) == '=') {
                        painter.paint(keyEnd, keyEnd + 1, TokenType.OPERATOR, 0);
                    }
                }
            }
            case EXPOSE -> {
                for (Word arg : args) {
                    if (!arg.text().isEmpty() && Character.isDigit(arg.text().charAt(0))) {
                        painter.paint(arg.range(), TokenType.NUMBER);
                    }
                }
            }
            case HEALTHCHECK -> {
                if (!args.isEmpty() && (args.get(0).text().equalsIgnoreCase("cmd") || args.get(0).text().equalsIgnoreCase("none"))) {
                    painter.paint(args.get(0).range(), TokenType.KEYWORD);
                }
            }
            default -> {
            }
        }
    }

    /** {@code NAME=value} of ARG: the name declared, {@code =} an operator. */
    private void declaration(Word arg) {
        int start = painter.offset(arg.range().start());
        int end = painter.offset(arg.range().end());
        if (start >= end || !isNameStart(text.charAt(start))) {
            return;
        }
        int i = start;
        while (i < end && isNameChar(text.charAt(i))) {
            i++;
        }
        painter.paint(start, i, TokenType.VARIABLE, DECLARATION);
        if (i < end && text.charAt(i) == '=') {
            painter.paint(i, i + 1, TokenType.OPERATOR, 0);
        }
    }

    /** {@code --name=value}: the name a parameter, {@code =} an operator, the value by what the flag takes. */
    private void flag(Flag flag) {
        painter.paint(flag.nameRange(), TokenType.PARAMETER);
        if (flag.valueRange() == null) {
            return;
        }
        int nameEnd = painter.offset(flag.nameRange().end());
        int valueStart = painter.offset(flag.valueRange().start());
        int valueEnd = painter.offset(flag.valueRange().end());
        if (nameEnd < valueStart && text.charAt(valueStart - 1) == '=') {
            painter.paint(valueStart - 1, valueStart, TokenType.OPERATOR, 0);
        }
        switch (flag.name()) {
            case "from" -> painter.paint(valueStart, valueEnd, reference(flag.value()), 0);
            case "mount", "device", "security", "network" -> options(valueStart, valueEnd);
            default -> painter.paint(valueStart, valueEnd, TokenType.PROPERTY, 0);
        }
        variables(flag.valueRange());
    }

    /** What {@code --from=x} names: an earlier stage, a stage index, or an image. */
    private TokenType reference(String value) {
        if (value == null || value.isEmpty()) {
            return TokenType.PROPERTY;
        }
        if (stages.contains(GoText.toLower(value))) {
            return TokenType.CLASS;
        }
        return value.chars().allMatch(Character::isDigit) ? TokenType.NUMBER : TokenType.TYPE;
    }

    /** {@code key=value,key=value}: keys parameters, {@code =} operators, values properties ({@code from=} a reference). */
    private void options(int start, int end) {
        int i = start;
        while (i < end) {
            int comma = i;
            while (comma < end && text.charAt(comma) != ',') {
                comma++;
            }
            int equals = i;
            while (equals < comma && text.charAt(equals) != '=') {
                equals++;
            }
            if (equals < comma) {
                painter.paint(i, equals, TokenType.PARAMETER, 0);
                painter.paint(equals, equals + 1, TokenType.OPERATOR, 0);
                String key = text.substring(i, equals).strip();
                TokenType valueType = key.equals("from") ? reference(text.substring(equals + 1, comma)) : TokenType.PROPERTY;
                painter.paint(equals + 1, comma, valueType, 0);
            } else {
                painter.paint(i, comma, TokenType.PROPERTY, 0);
            }
            i = comma + 1;
        }
    }

    /** Quoted strings (shell quoting, the file's escape character), and in shell commands the operators between them. */
    private void strings(TextRange range, boolean shell) {
        int start = painter.offset(range.start());
        int end = painter.offset(range.end());
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == escape) {
                i += 2;
            } else if (c == '"' || c == '\'') {
                int close = i + 1;
                while (close < end && text.charAt(close) != c) {
                    close += c == '"' && text.charAt(close) == escape ? 2 : 1;
                }
                close = Math.min(close + 1, end);
                painter.paint(i, close, TokenType.STRING, 0);
                i = close;
            } else if (shell && (c == '&' || c == '|') && i + 1 < end && text.charAt(i + 1) == c) {
                painter.paint(i, i + 2, TokenType.OPERATOR, 0);
                i += 2;
            } else if (shell && (c == '|' || c == ';')) {
                painter.paint(i, i + 1, TokenType.OPERATOR, 0);
                i++;
            } else {
                i++;
            }
        }
    }

    /**
     * Variable references, as BuildKit's lexer finds them: {@code $NAME}, {@code ${NAME}} and
     * {@code ${NAME<modifier>word}} with the modifier as an operator and the word's own
     * references; none inside single quotes or after the escape character.
     */
    private void variables(TextRange range) {
        int start = painter.offset(range.start());
        int end = painter.offset(range.end());
        boolean single = false;
        boolean dbl = false;
        int braces = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (single) {
                single = c != '\'';
                i++;
            } else if (c == escape) {
                i += 2;
            } else if (c == '\'' && !dbl && braces == 0) {
                single = true;
                i++;
            } else if (c == '"') {
                dbl = !dbl;
                i++;
            } else if (c == '}' && braces > 0) {
                braces--;
                painter.paint(i, i + 1, TokenType.VARIABLE, 0);
                i++;
            } else if (c == '$' && i + 1 < end) {
                i = reference(i, end);
                if (i < 0) {
                    i = -i;
                    braces++;
                }
            } else {
                i++;
            }
        }
    }

    /**
     * Paints the reference at {@code dollar}; returns where scanning goes on, negated when a
     * {@code ${NAME<modifier>} was opened whose closing brace is still to come.
     */
    private int reference(int dollar, int end) {
        char next = text.charAt(dollar + 1);
        if (next == '{') {
            int i = dollar + 2;
            while (i < end && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i < end && text.charAt(i) == '}') {
                painter.paint(dollar, i + 1, TokenType.VARIABLE, 0);
                return i + 1;
            }
            painter.paint(dollar, i, TokenType.VARIABLE, 0);
            int op = i;
            if (op < end && text.charAt(op) == ':') {
                op++;
            }
            if (op < end && "-+?#%/".indexOf(text.charAt(op)) >= 0) {
                char m = text.charAt(op);
                op++;
                if (op < end && (m == '#' || m == '%' || m == '/') && text.charAt(op) == m) {
                    op++;
                }
            }
            painter.paint(i, op, TokenType.OPERATOR, 0);
            return -Math.max(op, dollar + 2);
        }
        if (isNameStart(next)) {
            int i = dollar + 1;
            while (i < end && isNameChar(text.charAt(i))) {
                i++;
            }
            painter.paint(dollar, i, TokenType.VARIABLE, 0);
            return i;
        }
        return dollar + 1;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

}
