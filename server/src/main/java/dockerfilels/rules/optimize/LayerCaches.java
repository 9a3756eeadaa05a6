package dockerfilels.rules.optimize;

import dockerfilels.rules.LintContext;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.semantics.Variables;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.semantics.commands.RunMounts;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the rules about package caches and layer order share: which stages end up in
 * an image, whether a RUN's cache mounts cover a tool's cache, and edits that keep the RUN's own
 * layout (continuation lines, indentation, heredoc lines).
 */
final class LayerCaches {
    private static final Set<String> SAFE_AFTER = Set.of("", "&&", ";", "\n");

    private LayerCaches() {
    }

    /**
     * The stages whose layers end up in an image: the last stage, every stage nothing else uses (it
     * can only be built as a {@code --target}), and the stages these are built {@code FROM}. A stage
     * that is only copied from ({@code COPY --from}, {@code RUN --mount=from=}) hands on the files
     * copied, never its layers, so what it leaves in them costs no image any space.
     */
    static Set<Stage> shipped(LintContext context) {
        return context.shared(SHIPPED, () -> {
            // The indexes depend on the outline alone (FROM lines and references), so they outlast a keystroke.
            Set<Integer> indexes = context.outlineShared(SHIPPED, () -> shippedIndexes(context));
            Set<Stage> stages = Collections.newSetFromMap(new IdentityHashMap<>());
            indexes.forEach(i -> stages.add(context.stages().all().get(i)));
            return stages;
        });
    }

    private static final Object SHIPPED = new Object();

    private static Set<Integer> shippedIndexes(LintContext context) {
        Stages stages = context.stages();
        List<Stage> all = stages.all();
        Set<Stage> shipped = Collections.newSetFromMap(new IdentityHashMap<>());
        if (all.isEmpty()) {
            return shipped.stream().map(Stage::index).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        Variables variables = context.variables();
        ShellLexer lexer = new ShellLexer(context.model().escape());
        Set<Stage> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stage stage : all) {
            Stage base = variables.baseStage(stage);
            if (base != null) {
                used.add(base);
            }
            for (Instruction instruction : stage.instructions()) {
                for (String from : sourcesOf(instruction)) {
                    Stage source = stageNamed(stages, expand(lexer, from, variables.before(instruction)), stage.index());
                    if (source != null) {
                        used.add(source);
                    }
                }
            }
        }
        Deque<Stage> todo = new ArrayDeque<>();
        for (Stage stage : all) {
            if (stage == all.get(all.size() - 1) || !used.contains(stage)) {
                todo.add(stage);
            }
        }
        while (!todo.isEmpty()) {
            Stage stage = todo.pop();
            if (shipped.add(stage)) {
                Stage base = variables.baseStage(stage);
                if (base != null) {
                    todo.add(base);
                }
            }
        }
        return shipped.stream().map(Stage::index).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The stage (or image) names an instruction reads files from: {@code COPY/ADD --from}, {@code RUN --mount=from=}. */
    private static List<String> sourcesOf(Instruction instruction) {
        if (instruction.is(Keyword.COPY) || instruction.is(Keyword.ADD)) {
            Flag from = instruction.flag("from");
            return from == null || from.value() == null ? List.of() : List.of(from.value());
        }
        if (!instruction.is(Keyword.RUN)) {
            return List.of();
        }
        List<String> sources = new java.util.ArrayList<>();
        for (Flag flag : instruction.flags()) {
            if (flag.name().equals("mount") && flag.value() != null) {
                for (String field : flag.value().split(",")) {
                    if (field.startsWith("from=")) {
                        sources.add(field.substring("from=".length()));
                    }
                }
            }
        }
        return sources;
    }

    /** The stage {@code --from} names before stage {@code before}: by name, or by index. */
    static Stage stageNamed(Stages stages, String name, int before) {
        if (name.matches("[0-9]+")) {
            try {
                int index = Integer.parseInt(name);
                return index < before ? stages.all().get(index) : null;
            } catch (NumberFormatException tooLarge) {
                return null;
            }
        }
        return stages.named(name, before);
    }

    /** A word expanded as BuildKit expands it with {@code scope}; the word itself when it cannot be. */
    static String expand(ShellLexer lexer, String word, Scope scope) {
        if (word.indexOf('$') < 0) {
            return word;
        }
        try {
            return lexer.processWord(word, scope.env());
        } catch (ShellException e) {
            return word;
        }
    }

    /**
     * Whether the RUN's mounts keep the tool's cache out of its layer: a cache or tmpfs mount on
     * one of the tool's cache folders, or on the folder a variable that moves the cache names (set
     * by ENV or ARG before the RUN, or assigned in it).
     */
    static boolean mountCovers(Instruction run, Tool tool, Scope scope, List<ShellCommand> commands) {
        return mountCovers(run, tool.cacheDirs(), tool.cacheVariables(), scope, commands);
    }

    /** The same for some of the folders: a mount on one of {@code dirs} or on the value of one of {@code variables}. */
    static boolean mountCovers(Instruction run, List<String> dirs, List<String> variables, Scope scope, List<ShellCommand> commands) {
        List<RunMounts.Mount> mounts = RunMounts.of(run);
        if (mounts.isEmpty()) {
            return false;
        }
        for (RunMounts.Mount mount : mounts) {
            for (String dir : dirs) {
                if (mount.covers(dir)) {
                    return true;
                }
            }
            for (String variable : variables) {
                String value = variable(variable, scope, commands);
                if (value != null && !value.isEmpty() && mount.covers(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A variable's value for the commands of a RUN: assigned in it (prefix, {@code export}, {@code env}), else from the scope. */
    static String variable(String name, Scope scope, List<ShellCommand> commands) {
        String prefix = name + "=";
        for (ShellCommand command : commands) {
            for (ShellWord word : command.assignments()) {
                if (word.value().startsWith(prefix)) {
                    return word.value().substring(prefix.length());
                }
            }
            if (command.is("export") || command.wraps("env") || command.is("env")) {
                for (ShellWord word : command.words()) {
                    if (word.value().startsWith(prefix)) {
                        return word.value().substring(prefix.length());
                    }
                }
            }
        }
        return scope.env().get(name);
    }

    /** The range from a command's name to {@code last} (its verb), or the name alone. */
    static TextRange nameThrough(ShellCommand command, ShellWord last) {
        ShellWord name = command.nameWord();
        if (last == null || last.range().start().isBefore(name.range().start())) {
            return name.range();
        }
        return new TextRange(name.range().start(), last.range().end());
    }

    /** An edit inserting {@code text} right after a word (a flag after the verb: {@code apk add --no-cache}). */
    static TextEdit insertAfter(ShellWord word, String text) {
        TextPosition end = word.range().end();
        return new TextEdit(new TextRange(end, end), text);
    }

    /**
     * An edit that runs {@code command} after {@code after} in the same RUN: on its own continuation
     * line, indented as the RUN's continuation lines are ({@code \ <newline> <indent>&& command}), in a
     * multi-line RUN; on the same line ({@code && command}) in a one-line RUN or a heredoc script.
     * Null where appending would change what runs: the command is piped, followed by {@code ||},
     * inside {@code sh -c} or {@code $(...)}, or the RUN is in exec form.
     */
    static TextEdit append(Instruction run, ShellCommand after, String command, char escape) {
        if (run.isJson() || after.nesting() > 0 || !SAFE_AFTER.contains(after.after()) || after.before().equals("|")) {
            return null;
        }
        TextPosition end = end(after);
        TextRange at = new TextRange(end, end);
        if (inHeredoc(run, end) || run.startLine() == lastShellLine(run)) {
            return new TextEdit(at, " && " + command);
        }
        return new TextEdit(at, " " + escape + "\n" + indent(run, after) + "&& " + command);
    }

    /** Where a command ends: its last word or redirection target. */
    private static TextPosition end(ShellCommand command) {
        TextPosition end = command.words().get(command.words().size() - 1).range().end();
        for (ShellCommand.Redirect redirect : command.redirects()) {
            if (redirect.target() != null && end.isBefore(redirect.target().range().end())) {
                end = redirect.target().range().end();
            }
        }
        return end;
    }

    /** Whether a position lies in one of the RUN's heredoc bodies. */
    static boolean inHeredoc(Instruction run, TextPosition position) {
        for (Heredoc heredoc : run.heredocs()) {
            TextRange body = heredoc.body();
            if (body != null && !position.isBefore(body.start()) && !body.end().isBefore(position)) {
                return true;
            }
        }
        return false;
    }

    /** The last line of the RUN's shell text (heredoc bodies excluded). */
    static int lastShellLine(Instruction run) {
        Word rest = run.rest();
        return rest == null ? run.startLine() : rest.range().end().line();
    }

    /**
     * The indentation of the RUN's continuation lines: that of the line the command starts on when it
     * is a continuation line, else that of the first continuation line.
     */
    static String indent(Instruction run, ShellCommand command) {
        int line = command.words().get(0).range().start().line();
        if (line == run.startLine()) {
            line = run.startLine() + 1;
        }
        String text = run.text();
        for (int offset = 0; offset < text.length(); offset++) {
            TextPosition start = run.sourceRange(offset, offset + 1).start();
            if (start.line() == line) {
                StringBuilder indent = new StringBuilder(" ".repeat(start.character()));
                for (int k = offset; k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t'); k++) {
                    indent.append(text.charAt(k));
                }
                return indent.toString();
            }
            if (start.line() > line) {
                break;
            }
        }
        return "    ";
    }

    /**
     * The source text of an instruction rebuilt from its logical text: its continuation lines broken
     * where they were, with their indentation, and inner comment lines left out. Null for heredocs.
     */
    static String sourceText(Instruction instruction, char escape) {
        if (!instruction.heredocs().isEmpty()) {
            return null;
        }
        String text = instruction.text();
        StringBuilder out = new StringBuilder();
        int line = instruction.startLine();
        for (int offset = 0; offset < text.length(); offset++) {
            TextPosition start = instruction.sourceRange(offset, offset + 1).start();
            if (start.line() > line) {
                out.append(escape).append('\n').append(" ".repeat(start.character()));
                line = start.line();
            }
            out.append(text.charAt(offset));
        }
        return out.toString();
    }

    /** An edit inserting lines before an instruction, each indented as the instruction is. */
    static TextEdit insertBefore(Instruction instruction, List<String> lines) {
        String indent = " ".repeat(instruction.range().start().character());
        return OptimizeRules.insertBefore(instruction, String.join("\n" + indent, lines));
    }
}
