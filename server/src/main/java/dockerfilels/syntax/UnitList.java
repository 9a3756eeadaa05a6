package dockerfilels.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The units of a document, kept in chunks so that an edit costs what it touches, not what the
 * file holds: replacing a few units copies the chunks around them and the small arrays of
 * chunk offsets, never a list of every unit. Each chunk also caches its diagnostics placed at
 * its current line, so the diagnostics of a whole file are assembled from chunks, not units.
 * Immutable.
 */
final class UnitList {
    /** Units per chunk when chunks are built; a chunk is never longer than twice this. */
    static final int CHUNK = 64;

    private final Chunk[] chunks;
    /** For each chunk: index of its first unit, its start offset, its start line. */
    private final int[] unitBase;
    private final int[] offsetBase;
    private final int[] lineBase;
    private final int size;
    private final int length;
    private final int lineBreaks;

    private UnitList(Chunk[] chunks) {
        this.chunks = chunks;
        this.unitBase = new int[chunks.length];
        this.offsetBase = new int[chunks.length];
        this.lineBase = new int[chunks.length];
        int units = 0;
        int offset = 0;
        int line = 0;
        for (int i = 0; i < chunks.length; i++) {
            unitBase[i] = units;
            offsetBase[i] = offset;
            lineBase[i] = line;
            units += chunks[i].units.length;
            offset += chunks[i].length;
            line += chunks[i].lineBreaks;
        }
        this.size = units;
        this.length = offset;
        this.lineBreaks = line;
    }

    static UnitList of(List<Unit> units) {
        return new UnitList(chunk(units).toArray(Chunk[]::new));
    }

    private static List<Chunk> chunk(List<Unit> units) {
        List<Chunk> out = new ArrayList<>(units.size() / CHUNK + 1);
        int from = 0;
        while (from < units.size()) {
            // The last chunk takes what remains when that is less than two chunks' worth.
            int to = units.size() - from < 2 * CHUNK ? units.size() : from + CHUNK;
            out.add(new Chunk(units.subList(from, to).toArray(Unit[]::new)));
            from = to;
        }
        return out;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Characters in the text the units spell. */
    int length() {
        return length;
    }

    /** Line breaks in that text, as LSP counts them. */
    int lineBreaks() {
        return lineBreaks;
    }

    /** What {@link #forEach} hands over: a unit and the line it starts on. */
    interface UnitVisitor {
        void visit(Unit unit, int line);
    }

    /** Every unit in order with its line, chunk by chunk (no search per unit). */
    void forEach(UnitVisitor visitor) {
        for (int c = 0; c < chunks.length; c++) {
            Chunk chunk = chunks[c];
            for (int k = 0; k < chunk.units.length; k++) {
                visitor.visit(chunk.units[k], lineBase[c] + chunk.lines[k]);
            }
        }
    }

    Unit get(int index) {
        int c = chunkOfUnit(index);
        return chunks[c].units[index - unitBase[c]];
    }

    int offsetOf(int index) {
        int c = chunkOfUnit(index);
        return offsetBase[c] + chunks[c].offsets[index - unitBase[c]];
    }

    int lineOf(int index) {
        int c = chunkOfUnit(index);
        return lineBase[c] + chunks[c].lines[index - unitBase[c]];
    }

    /** The unit holding the character at {@code offset}; the last unit for the end of the text. */
    int unitAtOffset(int offset) {
        int c = last(offsetBase, offset);
        return unitBase[c] + last(chunks[c].offsets, offset - offsetBase[c]);
    }

    /** The unit whose lines include {@code line}; the last unit for lines past the end. */
    int unitAtLine(int line) {
        int c = last(lineBase, line);
        return unitBase[c] + last(chunks[c].lines, line - lineBase[c]);
    }

    /** A copy with units [first, last] replaced by {@code fresh}: only the chunks around them are rebuilt. */
    UnitList replace(int first, int last, List<Unit> fresh) {
        int c1 = chunkOfUnit(first);
        int c2 = chunkOfUnit(last);
        List<Unit> middle = new ArrayList<>(fresh.size() + 2 * CHUNK);
        Chunk head = chunks[c1];
        middle.addAll(Arrays.asList(head.units).subList(0, first - unitBase[c1]));
        middle.addAll(fresh);
        Chunk tail = chunks[c2];
        middle.addAll(Arrays.asList(tail.units).subList(last - unitBase[c2] + 1, tail.units.length));
        List<Chunk> rebuilt = chunk(middle);
        Chunk[] next = new Chunk[c1 + rebuilt.size() + chunks.length - c2 - 1];
        System.arraycopy(chunks, 0, next, 0, c1);
        for (int i = 0; i < rebuilt.size(); i++) {
            next[c1 + i] = rebuilt.get(i);
        }
        System.arraycopy(chunks, c2 + 1, next, c1 + rebuilt.size(), chunks.length - c2 - 1);
        return new UnitList(next);
    }

    /** Every diagnostic of the units outside their instructions' and in them, in order, placed. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        for (int c = 0; c < chunks.length; c++) {
            if (chunks[c].hasDiagnostics) {
                all.addAll(chunks[c].diagnosticsAt(lineBase[c]));
            }
        }
        return all;
    }

    /** The first parse error BuildKit would stop at, or null. */
    String firstBuildKitError() {
        for (Chunk chunk : chunks) {
            if (chunk.firstError != null) {
                return chunk.firstError;
            }
        }
        return null;
    }

    boolean hasInstructions() {
        for (Chunk chunk : chunks) {
            if (chunk.instructions > 0) {
                return true;
            }
        }
        return false;
    }

    private int chunkOfUnit(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return last(unitBase, index);
    }

    /** The last index whose value is at most {@code key} (0 when none is). */
    private static int last(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Up to 2 x CHUNK consecutive units with their relative offsets and lines. */
    private static final class Chunk {
        final Unit[] units;
        final int[] offsets;
        final int[] lines;
        final int length;
        final int lineBreaks;
        final int instructions;
        final String firstError;
        final boolean hasDiagnostics;
        private volatile Placed placed;

        private record Placed(int line, List<Diagnostic> diagnostics) {
        }

        Chunk(Unit[] units) {
            this.units = units;
            this.offsets = new int[units.length];
            this.lines = new int[units.length];
            int offset = 0;
            int line = 0;
            int count = 0;
            String error = null;
            boolean diagnostics = false;
            for (int i = 0; i < units.length; i++) {
                offsets[i] = offset;
                lines[i] = line;
                offset += units[i].text.length();
                line += units[i].lineBreaks;
                count += units[i].instruction != null ? 1 : 0;
                error = error != null ? error : units[i].buildKitError;
                diagnostics |= hasDiagnostics(units[i]);
            }
            this.length = offset;
            this.lineBreaks = line;
            this.instructions = count;
            this.firstError = error;
            this.hasDiagnostics = diagnostics;
        }

        private static boolean hasDiagnostics(Unit unit) {
            return !unit.diagnostics.isEmpty() || (unit.instruction != null && !unit.instruction.diagnostics().isEmpty());
        }

        List<Diagnostic> diagnosticsAt(int line) {
            Placed p = placed;
            if (p == null || p.line() != line) {
                List<Diagnostic> list = new ArrayList<>();
                for (int i = 0; i < units.length; i++) {
                    if (hasDiagnostics(units[i])) {
                        Unit.Placed u = units[i].at(line + lines[i]);
                        list.addAll(u.diagnostics());
                        if (u.instruction() != null) {
                            list.addAll(u.instruction().diagnostics());
                        }
                    }
                }
                p = new Placed(line, List.copyOf(list));
                placed = p;
            }
            return p.diagnostics();
        }
    }
}
