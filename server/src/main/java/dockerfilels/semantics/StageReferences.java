package dockerfilels.semantics;

import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every place that names a stage: {@code FROM <stage>} (after expanding the base name with the
 * global ARGs, as BuildKit does), {@code COPY --from=<name or index>} and
 * {@code RUN --mount=...,from=<name>}. Names match stages in any case; a COPY or mount name that
 * is no stage is an image or a named context and is not listed. Navigation, code lenses and
 * inlay hints share this one list.
 */
public final class StageReferences {

    /** How a reference names its stage. */
    public enum Via { FROM, COPY_FROM, MOUNT_FROM }

    /**
     * One reference. {@code range} covers the name as written (the whole flag when the value cannot be
     * placed exactly); {@code literal} when that range holds exactly the stage's name, in any case (not
     * a variable, an index or quoted text), so a rename may replace it.
     */
    public record Reference(Stage target, Stage in, Instruction instruction, TextRange range, Via via, boolean byIndex,
            boolean literal) {
    }

    private final List<Reference> all;
    private final Map<Stage, List<Reference>> byTarget = new IdentityHashMap<>();

    private StageReferences(List<Reference> all) {
        this.all = Collections.unmodifiableList(all);
        for (Reference reference : all) {
            byTarget.computeIfAbsent(reference.target(), s -> new ArrayList<>()).add(reference);
        }
    }

    public static StageReferences of(Stages stages, Variables variables) {
        List<Reference> found = new ArrayList<>();
        for (Stage stage : stages.all()) {
            Stage base = variables.baseStage(stage);
            if (base != null && stage.base() != null) {
                Word word = stage.base();
                boolean literal = exact(word) && GoText.toLower(word.text()).equals(base.name());
                found.add(new Reference(base, stage, stage.from(), word.range(), Via.FROM, false, literal));
            }
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is(Keyword.COPY)) {
                    Flag flag = instruction.flag("from");
                    if (flag != null && flag.value() != null && !flag.value().isEmpty()) {
                        copyFrom(stages, stage, instruction, flag, found);
                    }
                } else if (instruction.is(Keyword.RUN)) {
                    for (Flag flag : instruction.flags()) {
                        if (flag.name().equals("mount") && flag.value() != null) {
                            mountFrom(stages, stage, instruction, flag, found);
                        }
                    }
                }
            }
        }
        return new StageReferences(found);
    }

    public List<Reference> all() {
        return all;
    }

    /** The references to one stage, in file order. */
    public List<Reference> to(Stage stage) {
        return byTarget.getOrDefault(stage, List.of());
    }

    /** The reference whose range touches the position on this line and column, or null. */
    public Reference at(dockerfilels.syntax.TextPosition position) {
        for (Reference reference : all) {
            if (reference.range().touches(position)) {
                return reference;
            }
        }
        return null;
    }

    private static void copyFrom(Stages stages, Stage in, Instruction instruction, Flag flag, List<Reference> found) {
        String value = flag.value();
        boolean exact = valueWrittenAsIs(flag);
        TextRange range = exact ? flag.valueRange() : flag.range();
        Integer index = index(value);
        if (index != null) {
            if (index < stages.all().size()) {
                found.add(new Reference(stages.all().get(index), in, instruction, range, Via.COPY_FROM, true, false));
            }
            return;
        }
        Stage target = byName(stages, value, in);
        if (target != null) {
            found.add(new Reference(target, in, instruction, range, Via.COPY_FROM, false, exact));
        }
    }

    /** The {@code from=} field of a mount, when the value is written as BuildKit reads it and has no quoted field. */
    private static void mountFrom(Stages stages, Stage in, Instruction instruction, Flag flag, List<Reference> found) {
        String value = flag.value();
        if (value.indexOf('"') >= 0) {
            return;
        }
        int start = 0;
        while (start <= value.length()) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            String field = value.substring(start, end);
            int eq = field.indexOf('=');
            if (eq > 0 && field.substring(0, eq).toLowerCase(Locale.ROOT).equals("from")) {
                String from = field.substring(eq + 1);
                Stage target = from.isEmpty() ? null : byName(stages, from, in);
                if (target != null) {
                    boolean exact = valueWrittenAsIs(flag);
                    TextRange range = flag.range();
                    if (exact) {
                        TextRange v = flag.valueRange();
                        int line = v.start().line();
                        int col = v.start().character() + start + eq + 1;
                        range = TextRange.of(line, col, line, col + from.length());
                    }
                    found.add(new Reference(target, in, instruction, range, Via.MOUNT_FROM, false, exact));
                }
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
    }

    /** The stage a name means here: an earlier stage of that name, else (an error BuildKit reports) a later one. */
    private static Stage byName(Stages stages, String name, Stage in) {
        Stage earlier = stages.named(name, in.index());
        return earlier != null ? earlier : stages.lastNamed(name);
    }

    /** A stage index as BuildKit reads {@code --from}: decimal digits only. */
    static Integer index(String value) {
        if (value.isEmpty() || value.length() > 9) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(value);
    }

    /** Whether a flag's value is in the source exactly as BuildKit reads it, on one line. */
    private static boolean valueWrittenAsIs(Flag flag) {
        TextRange range = flag.valueRange();
        String value = flag.value();
        return range != null && value != null && range.start().line() == range.end().line()
                && range.end().character() - range.start().character() == value.length()
                && flag.word().text().endsWith(value);
    }

    /** Whether a word's text is exactly what its range covers, on one line. */
    public static boolean exact(Word word) {
        TextRange r = word.range();
        return r.start().line() == r.end().line() && r.end().character() - r.start().character() == word.text().length();
    }
}
