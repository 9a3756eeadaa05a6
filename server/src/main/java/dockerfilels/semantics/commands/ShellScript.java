package dockerfilels.semantics.commands;

import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * What a RUN instruction runs, as shell commands with every word mapped to its exact source
 * range: the shell form (continuation lines and inner comments taken out as BuildKit does), the
 * here-documents it runs as scripts ({@code RUN <<EOF}, {@code RUN bash <<EOF}), and the exec form
 * ({@code ["sh", "-c", "..."]} parsed as a script; other exec forms are one command). Commands
 * nested in {@code sh -c}, {@code $(...)} and backquotes follow the command they are in.
 *
 * <p>The script is read as a POSIX shell reads it, whatever the stage's SHELL: rules that depend
 * on the shell (pipefail, PowerShell images) check SHELL themselves. Parsed once per instruction.
 */
public final class ShellScript {
    private static final ShellScript EMPTY = new ShellScript(List.of());
    private final List<ShellCommand> commands;
    /** {@link PackageManagers#in}, kept with the script it was read from (an immutable list: a benign race). */
    List<PackageManagers.Invocation> invocations;

    /** Keeps the commands that run something or assign: a bare {@code <<EOF} is not one. */
    private ShellScript(List<ShellCommand> commands) {
        this.commands = commands.stream().filter(c -> !c.words().isEmpty() || !c.assignments().isEmpty()).toList();
    }

    /** The script of a RUN instruction (or of ONBUILD RUN); empty for any other instruction. */
    public static ShellScript of(Instruction instruction) {
        Instruction run = instruction.is(Keyword.ONBUILD) ? instruction.trigger() : instruction;
        if (run == null || !run.is(Keyword.RUN)) {
            return EMPTY;
        }
        if (run.derived() instanceof ShellScript cached) {
            return cached;
        }
        ShellScript script = parse(run);
        run.derived(script);
        return script;
    }

    /** A script from text, positions relative to the text itself (line 0, column 0 at its start). */
    public static ShellScript parse(String text) {
        List<ShellCommand> commands = new ArrayList<>();
        ShellParser.parse(text, linesOf(text, new TextPosition(0, 0)), 0, commands);
        return new ShellScript(commands);
    }

    public List<ShellCommand> commands() {
        return commands;
    }

    /** The commands named one of {@code names} (wrappers looked through), in order. */
    public List<ShellCommand> named(String... names) {
        return commands.stream().filter(c -> c.is(names)).toList();
    }

    public boolean isEmpty() {
        return commands.isEmpty();
    }

    private static ShellScript parse(Instruction run) {
        List<ShellCommand> commands = new ArrayList<>();
        if (run.isJson()) {
            execForm(run.arguments(), commands);
            return new ShellScript(commands);
        }
        Word rest = run.rest();
        if (rest == null) {
            return EMPTY;
        }
        int offset = run.restOffset();
        ShellParser.parse(rest.text(), (from, to) -> run.sourceRange(offset + from, offset + to), 0, commands);
        List<ShellCommand> line = List.copyOf(commands);
        for (Heredoc heredoc : run.heredocs()) {
            if (runsAsScript(heredoc, line)) {
                TextPosition start = heredoc.body() == null ? heredoc.marker().range().end() : heredoc.body().start();
                // Without the body's last newline, nothing read can end past the body's last line.
                String body = heredoc.content().endsWith("\n")
                        ? heredoc.content().substring(0, heredoc.content().length() - 1) : heredoc.content();
                ShellParser.parse(body, linesOf(body, start), 0, commands);
            }
        }
        return new ShellScript(commands);
    }

    /**
     * Whether the shell runs a here-document's body: it is the whole command ({@code RUN <<EOF}),
     * or a shell reads it as its script ({@code RUN bash <<EOF}), and no {@code #!} line names
     * another interpreter.
     */
    private static boolean runsAsScript(Heredoc heredoc, List<ShellCommand> line) {
        String content = heredoc.content();
        if (content.startsWith("#!")) {
            String shebang = content.lines().findFirst().orElse("");
            if (ShellParser.SHELLS.stream().noneMatch(shell -> shebang.matches("#!.*\\b" + shell + "\\b.*"))) {
                return false;
            }
        }
        for (ShellCommand command : line) {
            for (ShellCommand.Redirect redirect : command.redirects()) {
                boolean reads = redirect.operator().endsWith("<<") || redirect.operator().endsWith("<<-");
                if (reads && redirect.target() != null && redirect.target().value().equals(heredoc.name())) {
                    return command.words().isEmpty()
                            || (ShellParser.SHELLS.contains(command.name()) && ShellParser.shellScript(command) == null
                                    && command.operands().isEmpty());
                }
            }
        }
        return false;
    }

    /** {@code ["sh", "-c", "script"]} as a script; any other exec form as one command of its arguments. */
    private static void execForm(List<Word> arguments, List<ShellCommand> commands) {
        List<ShellWord> words = new ArrayList<>();
        for (Word argument : arguments) {
            String value = argument.text();
            int[] origins = new int[value.length() + 1];
            for (int k = 0; k <= value.length(); k++) {
                origins[k] = k;
            }
            words.add(new ShellWord(value, value, argument.range(), true, value.contains("$"), origins));
        }
        if (words.isEmpty()) {
            return;
        }
        ShellCommand command = new ShellCommand(words, List.of(), List.of(), "", "", 0);
        commands.add(command);
        ShellWord script = ShellParser.shellScript(command);
        if (script != null) {
            ShellParser.parse(script.value(), literalRanges(script), 1, commands);
        }
    }

    /**
     * Ranges inside a JSON string literal: exact when the literal has no escapes (one source
     * character per character), else the whole literal.
     */
    private static SourceRanges literalRanges(ShellWord literal) {
        TextRange range = literal.range();
        boolean exact = range.start().line() == range.end().line()
                && range.end().character() - range.start().character() == literal.value().length() + 2;
        if (!exact) {
            return (from, to) -> range;
        }
        int line = range.start().line();
        int first = range.start().character() + 1;
        return (from, to) -> new TextRange(new TextPosition(line, first + from), new TextPosition(line, first + Math.max(from, to)));
    }

    /** Ranges in a multi-line text that starts at {@code start} in the file. */
    private static SourceRanges linesOf(String text, TextPosition start) {
        LineIndex lines = LineIndex.of(text);
        return (from, to) -> new TextRange(at(lines.position(from), start), at(lines.position(Math.max(from, to)), start));
    }

    private static TextPosition at(TextPosition inText, TextPosition start) {
        return inText.line() == 0
                ? new TextPosition(start.line(), start.character() + inText.character())
                : new TextPosition(start.line() + inText.line(), inText.character());
    }

    /**
     * The command that runs after {@code command} in the same script ({@code b} of {@code a | b}),
     * skipping the commands nested in {@code command}; null when {@code command} ends its script.
     */
    public ShellCommand next(ShellCommand command) {
        int index = commands.indexOf(command);
        for (int k = index + 1; index >= 0 && k < commands.size(); k++) {
            ShellCommand candidate = commands.get(k);
            if (candidate.nesting() == command.nesting()) {
                return candidate;
            }
            if (candidate.nesting() < command.nesting()) {
                return null;
            }
        }
        return null;
    }
}
