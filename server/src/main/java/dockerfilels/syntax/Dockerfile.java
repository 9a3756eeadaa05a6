package dockerfilels.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The immutable model of one Dockerfile: directives, instructions, comments and the syntax
 * diagnostics, all with exact ranges. Total: every text, however broken, gives a model. It is
 * a sequence of {@link Unit}s; the lists below are assembled from them when first asked for.
 */
public final class Dockerfile {
    static final String NO_INSTRUCTIONS = "file with no instructions";

    private final List<Unit> units;
    private final int[] startLines;
    private final int lineCount;
    private volatile Contents contents;

    private record Contents(List<Directive> directives, List<Instruction> instructions, List<Comment> comments,
            List<Diagnostic> diagnostics, String buildKitError) {
    }

    private Dockerfile(List<Unit> units) {
        this.units = units;
        this.startLines = new int[units.size()];
        int line = 0;
        for (int i = 0; i < units.size(); i++) {
            startLines[i] = line;
            line += units.get(i).lineBreaks;
        }
        this.lineCount = line + 1;
    }

    /** Parses a whole text. Never throws. */
    public static Dockerfile parse(String text) {
        return new Dockerfile(Collections.unmodifiableList(new ArrayList<>(units(text))));
    }

    static List<Unit> units(String text) {
        return Splitter.split(text, 0, text.length(), SplitState.INITIAL, true);
    }

    /** A model made of units that were parsed before (by an incremental edit). */
    static Dockerfile of(List<Unit> units) {
        return new Dockerfile(units);
    }

    List<Unit> units() {
        return units;
    }

    public List<Directive> directives() {
        return contents().directives();
    }

    public List<Instruction> instructions() {
        return contents().instructions();
    }

    /** Comment lines between instructions (not those inside an instruction's continuation). */
    public List<Comment> comments() {
        return contents().comments();
    }

    /** Syntax diagnostics, in document order. */
    public List<Diagnostic> diagnostics() {
        return contents().diagnostics();
    }

    /** The message BuildKit's parser would fail with on this text, if it would. */
    public Optional<String> buildKitError() {
        return Optional.ofNullable(contents().buildKitError());
    }

    /** The escape character the directives set: '\\' or '`'. */
    public char escape() {
        return units.isEmpty() ? '\\' : units.get(units.size() - 1).stateAfter.escape();
    }

    /** Lines as LSP counts them (a final line break starts one more, empty line). */
    public int lineCount() {
        return lineCount;
    }

    /** The instruction whose lines include {@code line}, or null. */
    public Instruction instructionAt(int line) {
        int unit = unitAtLine(line);
        if (unit < 0 || units.get(unit).instruction == null) {
            return null;
        }
        return units.get(unit).at(startLines[unit]).instruction();
    }

    private int unitAtLine(int line) {
        int lo = 0;
        int hi = units.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (startLines[mid] <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private Contents contents() {
        Contents c = contents;
        if (c == null) {
            c = assemble();
            contents = c;
        }
        return c;
    }

    private Contents assemble() {
        List<Directive> directives = new ArrayList<>();
        List<Instruction> instructions = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String error = null;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.kind == Unit.Kind.BLANK && unit.diagnostics.isEmpty()) {
                continue;
            }
            Unit.Placed placed = unit.at(startLines[i]);
            if (placed.directive() != null) {
                directives.add(placed.directive());
            }
            if (placed.comment() != null) {
                comments.add(placed.comment());
            }
            diagnostics.addAll(placed.diagnostics());
            if (placed.instruction() != null) {
                instructions.add(placed.instruction());
                diagnostics.addAll(placed.instruction().diagnostics());
            }
            if (error == null) {
                error = unit.buildKitError;
            }
        }
        if (instructions.isEmpty()) {
            diagnostics.add(new Diagnostic(TextRange.of(0, 0, 0, 0), Severity.ERROR, "NoInstructions", NO_INSTRUCTIONS));
            error = error == null ? NO_INSTRUCTIONS : error;
        }
        return new Contents(List.copyOf(directives), List.copyOf(instructions), List.copyOf(comments),
                List.copyOf(diagnostics), error);
    }
}
