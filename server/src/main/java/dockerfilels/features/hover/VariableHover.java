package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.semantics.Declaration;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Variables;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.shell.VariableReference;
import dockerfilels.shell.VariableReferences;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.Optional;

/**
 * Variables: a {@code $NAME} or {@code ${NAME...}} shows its value at that line as BuildKit
 * resolves it and where it was set; an ARG or ENV name shows what it declares.
 */
final class VariableHover {
    private VariableHover() {
    }

    static Optional<HoverResult> at(CursorContext cursor) {
        Instruction instruction = cursor.instruction();
        if (instruction == null) {
            return Optional.empty();
        }
        for (VariableReference ref : VariableReferences.find(cursor.line(), cursor.escape())) {
            if (ref.start() <= cursor.column() && cursor.column() <= ref.end()) {
                TextRange range = new TextRange(cursor.at(ref.start()), cursor.at(ref.end()));
                return Optional.of(new HoverResult(reference(cursor, instruction, ref.name()), range));
            }
        }
        if (cursor.heredoc() != null) {
            return Optional.empty();
        }
        if (instruction.is(Keyword.ENV)) {
            for (KeyValue pair : instruction.pairs()) {
                if (pair.key().range().touches(cursor.position())) {
                    Scope scope = cursor.variables().before(instruction);
                    String value = expand(cursor, pair.value().text(), scope);
                    return Optional.of(new HoverResult(Markdown.of().paragraph("**ENV " + pair.key().text() + "**")
                            .paragraph("Value: " + Markdown.code(value))
                            .paragraph("Set for the rest of the stage, the stages built on it and containers run from the image.")
                            .toString(), pair.key().range()));
                }
            }
        }
        if (instruction.is(Keyword.ARG)) {
            List<Scope> scopes = cursor.variables().argumentScopes(instruction);
            for (int i = 0; i < instruction.arguments().size(); i++) {
                Word word = instruction.arguments().get(i);
                if (word.range().touches(cursor.position())) {
                    Scope scope = i < scopes.size() ? scopes.get(i) : cursor.variables().before(instruction);
                    return Optional.of(new HoverResult(argument(cursor, instruction, word, scope), word.range()));
                }
            }
        }
        return Optional.empty();
    }

    private static String reference(CursorContext cursor, Instruction instruction, String name) {
        Scope scope = cursor.variables().before(instruction);
        Declaration d = scope.lookup(name);
        Markdown doc = Markdown.of();
        if (d == null) {
            doc.paragraph("**$" + name + "** is not defined here").paragraph(
                    Variables.PLATFORM_ARGS.contains(name) ? "BuildKit's platform argument: declare `ARG " + name + "` in this stage to use it."
                    : instruction.is(Keyword.RUN) ? "The Dockerfile does not set it; the shell sees it only if the base image's environment does."
                    : "It expands to an empty string.");
            return doc.toString();
        }
        doc.paragraph("**$" + name + "** (" + kind(d) + ")");
        doc.paragraph(d.hasValue() ? "Value here: " + Markdown.code(d.value())
                : "Declared without a value: empty unless set with `--build-arg " + name + "=...`.");
        if (d.kind() == Declaration.Kind.IMAGE && !name.equals("PATH")) {
            doc.paragraph("Set by the base image; its value is not known offline.");
        }
        if (d.instruction() != null) {
            doc.paragraph("Set on line " + (d.instruction().startLine() + 1) + ":").code("dockerfile", d.instruction().text());
        }
        if (d.global() != null && d.global().instruction() != null) {
            doc.paragraph("Its value comes from the global ARG on line " + (d.global().instruction().startLine() + 1) + ".");
        }
        return doc.toString();
    }

    private static String argument(CursorContext cursor, Instruction instruction, Word word, Scope scope) {
        String[] kv = Variables.splitArg(word.text());
        boolean global = cursor.stages().stageOf(instruction) == null;
        Markdown doc = Markdown.of().paragraph("**ARG " + kv[0] + "**" + (global ? " (global)" : ""));
        if (kv[1] != null) {
            doc.paragraph("Default value: " + Markdown.code(expand(cursor, kv[1], scope)));
        } else {
            Declaration g = global ? null : cursor.variables().global().lookup(kv[0]);
            doc.paragraph(g != null && g.hasValue() ? "Takes the global value " + Markdown.code(g.value())
                    + (g.instruction() == null ? " (predefined by BuildKit)" : " (line " + (g.instruction().startLine() + 1) + ")")
                    : "No default value: empty unless set with `--build-arg " + kv[0] + "=...`.");
        }
        doc.paragraph(global ? "Visible to FROM lines; a stage sees it only after repeating `ARG " + kv[0] + "`."
                : "Visible to the rest of this stage and the stages built on it; not kept in the image's environment.");
        return doc.toString();
    }

    private static String kind(Declaration d) {
        return switch (d.kind()) {
            case PLATFORM_ARG -> "BuildKit's platform argument";
            case GLOBAL_ARG -> "global ARG";
            case ARG -> "ARG";
            case ENV -> "ENV";
            case IMAGE -> "from the base image";
        };
    }

    private static String expand(CursorContext cursor, String text, Scope scope) {
        try {
            return new ShellLexer(cursor.escape()).processWord(text, scope.env());
        } catch (ShellException e) {
            return text;
        }
    }
}
