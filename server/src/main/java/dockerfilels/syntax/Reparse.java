package dockerfilels.syntax;

import java.util.List;

/**
 * Incremental re-parsing: an edit re-reads the units it touches, then keeps reading until a
 * unit ends where an old one ended, in the same state, and reuses every unit after it. The
 * result is always what parsing the new text from scratch would give (a property test checks
 * it). Units are immutable, so both models share everything the edit did not touch.
 */
final class Reparse {
    private Reparse() {
    }

    /** The units after replacing [from, to) of the text the units spell with {@code replacement}. */
    static UnitList edit(UnitList units, int from, int to, String replacement) {
        if (units.isEmpty()) {
            return UnitList.of(Dockerfile.units(replacement));
        }
        int first = units.unitAtOffset(from);
        int last = Math.max(first, units.unitAtOffset(to));
        int regionStart = units.offsetOf(first);
        StringBuilder region = new StringBuilder();
        for (int i = first; i <= last; i++) {
            region.append(units.get(i).text);
        }
        region.replace(from - regionStart, to - regionStart, replacement);
        SplitState before = first == 0 ? SplitState.INITIAL : units.get(first - 1).stateAfter;
        int grow = 1;
        while (true) {
            String regionText = region.toString();
            List<Unit> fresh = Splitter.split(regionText, 0, regionText.length(), before, first == 0);
            boolean atEnd = last == units.size() - 1;
            // A region that leaves nothing at the start of the file must also re-read what
            // follows, which may now begin the file (a byte order mark, directives).
            boolean emptyStart = first == 0 && fresh.isEmpty();
            if (atEnd || (!emptyStart && aligned(fresh, before, units.get(last)))) {
                return units.replace(first, last, fresh);
            }
            // The new units run on into the old ones: take in more of them, twice as many each time.
            int take = Math.min(grow, units.size() - 1 - last);
            for (int i = 0; i < take; i++) {
                region.append(units.get(++last).text);
            }
            grow *= 2;
        }
    }

    /** Whether the new units end where the old unit ended, leaving the reader in the same state. */
    private static boolean aligned(List<Unit> fresh, SplitState before, Unit oldLast) {
        if (fresh.isEmpty()) {
            return before.equals(oldLast.stateAfter);
        }
        Unit newLast = fresh.get(fresh.size() - 1);
        return !newLast.cutShort && newLast.stateAfter.equals(oldLast.stateAfter);
    }
}
