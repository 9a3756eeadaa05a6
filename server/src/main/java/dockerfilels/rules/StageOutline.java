package dockerfilels.rules;

import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a stage rule may know of the file beyond the stages a stage depends on: the instructions
 * before the first FROM (compared by identity), the parser directives, and every stage's face (its
 * FROM line, the stage names it copies or mounts from and those mounts whole, whether it uses
 * BuildKit-only syntax, whether it sets CMD or ENTRYPOINT). When
 * the outline changes, every stage is checked again; typing inside a RUN, COPY or ENV line leaves it
 * as it was. An outline with a {@code --from} given by a variable equals no other: what it names can
 * change with any ARG.
 */
final class StageOutline {
    private final List<Instruction> preamble;
    private final List<Directive> directives;
    private final char escape;
    private final List<Face> faces;
    private final boolean buildKitSyntax;
    private final boolean keywordsMostlyLowerCase;
    private final boolean comparable;
    /** Facts derived from this outline alone, shared by the lints that keep it. */
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    StageOutline(List<Instruction> preamble, List<Directive> directives, char escape, List<Face> faces) {
        this.preamble = preamble;
        this.directives = directives;
        this.escape = escape;
        this.faces = faces;
        this.buildKitSyntax = directives.stream().anyMatch(d -> d.key().equalsIgnoreCase("syntax"))
                || faces.stream().anyMatch(Face::buildKitSyntax) || preamble.stream().anyMatch(Face::usesBuildKitSyntax);
        this.comparable = faces.stream().noneMatch(Face::variable);
        this.keywordsMostlyLowerCase = faces.stream().mapToInt(Face::lowerCaseKeywords).sum()
                > faces.stream().mapToInt(Face::upperCaseKeywords).sum();
    }

    /** Whether most instruction keywords of the stages are lower case (BuildKit's ConsistentInstructionCasing majority). */
    boolean keywordsMostlyLowerCase() {
        return keywordsMostlyLowerCase;
    }

    /** Whether the file already uses BuildKit: a syntax directive, a heredoc, {@code --link} or {@code RUN --mount}. */
    boolean usesBuildKitSyntax() {
        return buildKitSyntax;
    }

    /** A fact computed from the outline alone, kept as long as the outline is. */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, Supplier<T> make) {
        return (T) memo.computeIfAbsent(key, k -> make.get());
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        return other instanceof StageOutline o && comparable && o.comparable && escape == o.escape
                && keywordsMostlyLowerCase == o.keywordsMostlyLowerCase
                && StageEntry.sameElements(preamble, o.preamble) && directives.equals(o.directives) && faces.equals(o.faces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directives, escape, faces);
    }

    /**
     * One stage seen from the others: its FROM line as written, the {@code --from} / mount
     * {@code from=} values it uses, whether it uses BuildKit-only syntax, and whether it is an image
     * meant to run (it sets CMD or ENTRYPOINT).
     */
    record Face(String from, List<String> references, List<String> mounts, boolean buildKitSyntax, boolean runnable,
            int lowerCaseKeywords, int upperCaseKeywords) {

        /** Faces are equal without their keyword counts: only the majority they make is part of the outline. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Face f && from.equals(f.from) && references.equals(f.references) && mounts.equals(f.mounts)
                    && buildKitSyntax == f.buildKitSyntax && runnable == f.runnable;
        }

        @Override
        public int hashCode() {
            return Objects.hash(from, references, mounts, buildKitSyntax, runnable);
        }

        static Face of(Stage stage) {
            List<String> references = new ArrayList<>();
            List<String> mounts = new ArrayList<>();
            boolean buildKit = false;
            boolean runnable = false;
            int lower = GoText.isLower(stage.from().keyword().text()) ? 1 : 0;
            int upper = lower == 0 && GoText.isUpper(stage.from().keyword().text()) ? 1 : 0;
            for (Instruction instruction : stage.instructions()) {
                buildKit |= usesBuildKitSyntax(instruction);
                runnable |= instruction.is(Keyword.CMD) || instruction.is(Keyword.ENTRYPOINT);
                if (instruction.kind() != null) {
                    String keyword = instruction.keyword().text();
                    if (GoText.isLower(keyword)) {
                        lower++;
                    } else if (GoText.isUpper(keyword)) {
                        upper++;
                    }
                }
                if (instruction.is(Keyword.COPY) || instruction.is(Keyword.ADD)) {
                    Flag flag = instruction.flag("from");
                    if (flag != null && flag.value() != null) {
                        references.add(flag.value());
                    }
                } else if (instruction.is(Keyword.RUN)) {
                    for (Flag flag : instruction.flags()) {
                        if (flag.name().equals("mount") && flag.value() != null && mountSources(flag.value(), references)) {
                            mounts.add(flag.value());
                        }
                    }
                }
            }
            return new Face(stage.from().text(), List.copyOf(references), List.copyOf(mounts), buildKit || usesBuildKitSyntax(stage.from()),
                    runnable, lower, upper);
        }

        /** Whether a reference names its stage through a variable. */
        boolean variable() {
            for (String reference : references) {
                if (reference.indexOf('$') >= 0) {
                    return true;
                }
            }
            return false;
        }

        static boolean usesBuildKitSyntax(Instruction instruction) {
            Instruction inner = instruction.is(Keyword.ONBUILD) && instruction.trigger() != null ? instruction.trigger() : instruction;
            return !inner.heredocs().isEmpty() || inner.flag("link") != null || (inner.is(Keyword.RUN) && inner.flag("mount") != null);
        }

        /**
         * Adds the {@code from=} values of a mount (BuildKit's field names are case-insensitive); whether
         * it has one. Such a mount is kept whole in the face: its type decides whether it is a reference.
         */
        private static boolean mountSources(String mount, List<String> into) {
            boolean found = false;
            for (String field : mount.split(",", -1)) {
                int eq = field.indexOf('=');
                if (eq > 0 && field.substring(0, eq).strip().replace("\"", "").toLowerCase(Locale.ROOT).equals("from")) {
                    into.add(field.substring(eq + 1));
                    found = true;
                }
            }
            return found;
        }
    }
}
