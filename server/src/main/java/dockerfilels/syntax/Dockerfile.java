package dockerfilels.syntax;

import java.util.List;
import java.util.Optional;

/**
 * The immutable model of one Dockerfile: directives, instructions, comments and the syntax
 * diagnostics, all with exact ranges. Total: every text, however broken, gives a model.
 */
public final class Dockerfile {
    private final List<Instruction> instructions;
    private final List<Diagnostic> diagnostics;
    private final String buildKitError;

    Dockerfile(List<Instruction> instructions, List<Diagnostic> diagnostics, String buildKitError) {
        this.instructions = List.copyOf(instructions);
        this.diagnostics = List.copyOf(diagnostics);
        this.buildKitError = buildKitError;
    }

    /** Parses a whole text. Never throws. */
    public static Dockerfile parse(String text) {
        return new Dockerfile(List.of(), List.of(), null);
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    /** Syntax diagnostics, in document order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The message BuildKit's parser would fail with on this text, if it would. */
    public Optional<String> buildKitError() {
        return Optional.ofNullable(buildKitError);
    }
}
