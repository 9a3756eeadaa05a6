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
    private final TextTokens words;
    private final Set<String> stages;

    private InstructionTokens(String text, Painter painter, char escape, Set<String> stages) {
        this.text = text;
        this.painter = painter;
        this.words = new TextTokens(text, painter, escape);
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
            words.strings(rest.range(), command && kind != Keyword.SHELL);
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
            words.variables(rest.range());
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
        if (start >= end || !TextTokens.isNameStart(text.charAt(start))) {
            return;
        }
        int i = start;
        while (i < end && TextTokens.isNameChar(text.charAt(i))) {
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
        words.variables(flag.valueRange());
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
}
