package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * BuildKit's StageNameCasing: a FROM with three arguments whose third (the stage name) is not
 * lower case. BuildKit checks it while parsing, whatever the second word is.
 */
public final class StageNameCasing implements Rule {
    private static final RuleInfo INFO = BuildKitChecks.info("StageNameCasing", "stage-name-casing",
            "Stage names should be lowercase",
            "BuildKit keys stages by their lower-case name, so FROM base AS Builder and COPY --from=builder refer to"
                    + " the same stage. Writing names in lower case everywhere keeps that visible.",
            "FROM alpine AS BuilderBase\n", "FROM alpine AS builder-base\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Map<Instruction, List<Word>> references = null;
        for (Stage stage : context.stages().all()) { // every FROM starts a stage: one step per stage, not per instruction
            Instruction instruction = stage.from();
            List<Word> args = instruction.arguments();
            if (args.size() != 3) {
                continue;
            }
            Word name = args.get(2);
            if (!BuildKitChecks.isLower(name.text())) {
                if (references == null) {
                    references = references(context.stages());
                }
                findings.report(instruction, name.range(), "Stage name '" + name.text() + "' should be lowercase",
                        fix(references.getOrDefault(instruction, List.of()), name));
            }
        }
    }

    /**
     * Lower-cases the name and the references to this stage: later {@code FROM <stage>},
     * {@code COPY --from=<stage>} and {@code RUN --mount=...,from=<stage>}.
     */
    private static Fix fix(List<Word> references, Word name) {
        String lower = GoText.toLower(name.text());
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(name.range(), lower));
        for (Word reference : references) {
            String lowered = GoText.toLower(reference.text());
            if (!lowered.equals(reference.text())) {
                edits.add(new TextEdit(reference.range(), lowered));
            }
        }
        return new Fix("Change stage name to '" + lower + "'", edits, true);
    }

    /**
     * The words that name an earlier stage, by the FROM of the stage they name: a name means the
     * last stage of that name defined before the instruction. Only words written on one line without quotes
     * or escapes, which an edit can replace as they are.
     */
    private static Map<Instruction, List<Word>> references(Stages stages) {
        Map<Instruction, List<Word>> references = new IdentityHashMap<>();
        Map<String, Instruction> defined = new HashMap<>();
        for (Stage stage : stages.all()) {
            if (stage.base() != null) {
                add(references, defined, stage.base());
            }
            for (Instruction instruction : stage.instructions()) {
                Flag flag = instruction.is(Keyword.COPY) ? instruction.flag("from") : null;
                if (flag != null && flag.hasValue() && flag.valueRange() != null) {
                    add(references, defined, new Word(flag.value(), flag.valueRange()));
                }
                if (instruction.is(Keyword.RUN)) {
                    for (Flag mount : instruction.flags()) {
                        if (mount.name().equals("mount")) {
                            mountFrom(references, defined, mount);
                        }
                    }
                }
            }
            if (stage.name() != null) {
                defined.put(stage.name(), stage.from());
            }
        }
        return references;
    }

    /** The {@code from=<stage>} field of a {@code RUN --mount} value written without quotes. */
    private static void mountFrom(Map<Instruction, List<Word>> references, Map<String, Instruction> defined, Flag mount) {
        if (!mount.hasValue() || mount.valueRange() == null) {
            return;
        }
        Word value = new Word(mount.value(), mount.valueRange());
        if (!BuildKitChecks.isPlainOnOneLine(value) || value.text().indexOf('"') >= 0 || value.text().indexOf('\'') >= 0) {
            return;
        }
        int start = 0;
        for (String field : value.text().split(",", -1)) {
            int eq = field.indexOf('=');
            if (eq > 0 && GoText.toLower(field.substring(0, eq)).equals("from")) {
                add(references, defined, new Word(field.substring(eq + 1), BuildKitChecks.within(value, start + eq + 1, start + field.length())));
            }
            start += field.length() + 1;
        }
    }

    private static void add(Map<Instruction, List<Word>> references, Map<String, Instruction> defined, Word word) {
        Instruction target = defined.get(GoText.toLower(word.text()));
        if (target != null && BuildKitChecks.isPlainOnOneLine(word)) {
            references.computeIfAbsent(target, t -> new ArrayList<>()).add(word);
        }
    }
}
