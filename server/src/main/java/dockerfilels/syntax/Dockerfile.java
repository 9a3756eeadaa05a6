package dockerfilels.syntax;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The immutable model of one Dockerfile: directives, instructions, comments and the syntax
 * diagnostics, all with exact ranges. Total: every text, however broken, gives a model. It is
 * a sequence of {@link Unit}s; the lists below are assembled from them when first asked for,
 * and the diagnostics from per-chunk caches, so a model made by an edit costs what it changed.
 */
public final class Dockerfile {
    static final String NO_INSTRUCTIONS = "file with no instructions";
    private static final Diagnostic NO_INSTRUCTIONS_DIAGNOSTIC =
            new Diagnostic(TextRange.of(0, 0, 0, 0), Severity.ERROR, "NoInstructions", NO_INSTRUCTIONS);

    private final UnitList units;
    private volatile Contents contents;
    private volatile List<Diagnostic> diagnostics;

    private record Contents(List<Directive> directives, List<Instruction> instructions, List<Comment> comments) {
    }

    private Dockerfile(UnitList units) {
        this.units = units;
    }

    /** Parses a whole text. Never throws. */
    public static Dockerfile parse(String text) {
        return new Dockerfile(UnitList.of(units(text)));
    }

    static List<Unit> units(String text) {
        return Splitter.split(text, 0, text.length(), SplitState.INITIAL, true);
    }

    /** A model made of units that were parsed before (by an incremental edit). */
    static Dockerfile of(UnitList units) {
        return new Dockerfile(units);
    }

    UnitList unitList() {
        return units;
    }

    /** The units, in order (a view). */
    List<Unit> units() {
        return new AbstractList<>() {
            @Override
            public Unit get(int index) {
                return units.get(index);
            }

            @Override
            public int size() {
                return units.size();
            }
        };
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
        List<Diagnostic> d = diagnostics;
        if (d == null) {
            List<Diagnostic> all = units.diagnostics();
            if (!units.hasInstructions()) {
                all.add(NO_INSTRUCTIONS_DIAGNOSTIC);
            }
            d = List.copyOf(all);
            diagnostics = d;
        }
        return d;
    }

    /** The message BuildKit's parser would fail with on this text, if it would. */
    public Optional<String> buildKitError() {
        String error = units.firstBuildKitError();
        if (error == null && !units.hasInstructions()) {
            error = NO_INSTRUCTIONS;
        }
        return Optional.ofNullable(error);
    }

    /** The escape character the directives set: '\\' or '`'. */
    public char escape() {
        return units.isEmpty() ? '\\' : units.get(units.size() - 1).stateAfter.escape();
    }

    /** Lines as LSP counts them (a final line break starts one more, empty line). */
    public int lineCount() {
        return units.lineBreaks() + 1;
    }

    /** The instruction whose lines include {@code line}, or null. */
    public Instruction instructionAt(int line) {
        if (units.isEmpty() || line < 0) {
            return null;
        }
        int unit = units.unitAtLine(line);
        Unit u = units.get(unit);
        if (u.instruction == null) {
            return null;
        }
        Instruction instruction = u.at(units.lineOf(unit)).instruction();
        return line <= instruction.endLine() ? instruction : null;
    }

    /**
     * The comment lines BuildKit attaches to an instruction: those since the previous
     * instruction, in order. Blank lines do not end the block; a bare {@code #} does (the
     * comments above it are dropped). Parser directives are not comments here.
     */
    public List<Comment> commentsBefore(Instruction instruction) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Comment> comments = new ArrayList<>();
        for (int i = units.unitAtLine(instruction.startLine()) - 1; i >= 0; i--) {
            Unit unit = units.get(i);
            if (unit.kind == Unit.Kind.INSTRUCTION) {
                break;
            }
            if (unit.kind == Unit.Kind.COMMENT) {
                Comment comment = unit.at(units.lineOf(i)).comment();
                if (comment.text().isBlank()) {
                    break;
                }
                comments.add(comment);
            }
        }
        java.util.Collections.reverse(comments);
        return comments;
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
        units.forEach((unit, line) -> {
            if (unit.kind == Unit.Kind.BLANK) {
                return;
            }
            Unit.Placed placed = unit.at(line);
            if (placed.directive() != null) {
                directives.add(placed.directive());
            }
            if (placed.comment() != null) {
                comments.add(placed.comment());
            }
            if (placed.instruction() != null) {
                instructions.add(placed.instruction());
            }
        });
        return new Contents(List.copyOf(directives), List.copyOf(instructions), List.copyOf(comments));
    }
}
