package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.List;

/**
 * Completion: what fits at the cursor, decided from the innermost context out: a comment
 * (directives, check options, ignore comments), a variable after {@code $}, a heredoc body, the
 * instruction keyword, a flag or its value, then the instruction's arguments. A pure function of
 * the request; never throws, whatever the text.
 */
public final class Completion {
    /** The signals images usually stop with, and what they mean to common programs. */
    private static final String[][] SIGNALS = {
        {"SIGTERM", "the default: ask the process to stop"},
        {"SIGINT", "interrupt, as Ctrl-C"},
        {"SIGQUIT", "graceful shutdown for nginx and others"},
        {"SIGWINCH", "graceful stop for Apache httpd"},
        {"SIGHUP", "hang up"},
        {"SIGUSR1", "user-defined signal 1"},
        {"SIGUSR2", "user-defined signal 2"},
        {"SIGKILL", "kill at once (cannot be handled)"}};
    private Completion() {
    }

    public static List<CompletionItem> complete(CompletionRequest request) {
        try {
            return unguarded(request);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // a half-typed text we did not foresee: no proposals rather than an error
        }
    }

    /** {@link #complete} without its guard, so robustness tests see any exception. */
    static List<CompletionItem> unguarded(CompletionRequest request) {
        CursorContext cursor = CursorContext.of(request.model(), request.text(), request.position());
        Proposals proposals = new Proposals(cursor, request.snippets());
        propose(proposals, request);
        return proposals.items();
    }

    /** The images a Dockerfile's FROM lines name, to propose them in the other open documents. */
    public static List<String> imagesOf(dockerfilels.syntax.Dockerfile model) {
        try {
            return FromCompletion.images(model);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static void propose(Proposals proposals, CompletionRequest request) {
        CursorContext cursor = proposals.cursor();
        Heredoc heredoc = cursor.heredoc();
        if (heredoc == null && (cursor.inComment() || cursor.directive() != null || cursor.inDirectiveArea())) {
            DirectiveCompletion.complete(proposals);
            return;
        }
        VariableCompletion.Site variable = VariableCompletion.find(cursor);
        if (variable != null && !cursor.inKeyword()) {
            VariableCompletion.complete(proposals, variable);
            return;
        }
        if (heredoc != null) {
            HeredocCompletion.complete(proposals, heredoc);
            return;
        }
        if (cursor.inKeyword()) {
            KeywordCompletion.complete(proposals);
            return;
        }
        Instruction instruction = cursor.instruction();
        if (instruction == null || instruction.kind() == null) {
            return;
        }
        if (instruction.is(Keyword.ONBUILD)) {
            KeywordCompletion.complete(proposals); // ONBUILD with no trigger yet
            return;
        }
        if (FlagValueCompletion.applies(cursor)) {
            FlagValueCompletion.complete(proposals, request.workspaceImages());
            return;
        }
        boolean flags = cursor.inFlags();
        if (flags && cursor.word().startsWith("-")) {
            FlagCompletion.complete(proposals);
            return;
        }
        arguments(proposals, request, instruction);
        if (flags && cursor.word().isEmpty()) {
            FlagCompletion.complete(proposals);
        }
    }

    private static void arguments(Proposals proposals, CompletionRequest request, Instruction instruction) {
        CursorContext cursor = proposals.cursor();
        switch (instruction.kind()) {
            case FROM -> FromCompletion.complete(proposals, request.workspaceImages());
            case COPY, ADD -> PathCompletion.complete(proposals, request.context());
            case HEALTHCHECK -> {
                if (cursor.argumentIndex() == 0) {
                    proposals.add(CompletionItem.of("CMD", CompletionItem.Kind.KEYWORD, proposals.from(cursor.wordStart()))
                            .insert("CMD ", false).detail("the check command follows"));
                    proposals.add(CompletionItem.of("NONE", CompletionItem.Kind.KEYWORD, proposals.from(cursor.wordStart()))
                            .detail("disable the base image's health check"));
                }
            }
            case STOPSIGNAL -> {
                if (cursor.argumentIndex() == 0) {
                    for (String[] signal : SIGNALS) {
                        proposals.add(CompletionItem.of(signal[0], CompletionItem.Kind.VALUE, proposals.from(cursor.wordStart()))
                                .detail(signal[1]));
                    }
                }
            }
            default -> {
            }
        }
    }
}
