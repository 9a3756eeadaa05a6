package dockerfilels.rules;

import dockerfilels.settings.LintSettings;
import dockerfilels.settings.RuleLevel;
import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import dockerfilels.workspace.BuildContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules over a model and turns their findings into diagnostics, applying, in this
 * order: the user's level for the rule or its category (off drops it), BuildKit's
 * {@code # check=} directive and {@code # check=} comments above instructions, and inline
 * ignore comments. Syntax diagnostics always come through.
 */
public final class Linter {

    private final List<Rule> rules;
    private final List<InstructionRule> instructionRules;
    private final List<StageRule> stageRules;
    private final List<Rule> fileRules;

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.instructionRules = rules.stream().filter(r -> r instanceof InstructionRule).map(r -> (InstructionRule) r).toList();
        this.stageRules = rules.stream().filter(r -> r instanceof StageRule).map(r -> (StageRule) r).toList();
        this.fileRules = rules.stream().filter(r -> !(r instanceof InstructionRule) && !(r instanceof StageRule)).toList();
    }

    /** Made on first use, not when this class loads: the server answers initialize before it loads the rules. */
    private static final class Standard {
        static final Linter LINTER = new Linter(Rules.all());
    }

    /** The linter with every rule of the project (one instance, so its cache lasts). */
    public static Linter standard() {
        return Standard.LINTER;
    }

    /**
     * What the instruction rules of one linter found in one instruction, kept in the instruction's
     * cache slot; for a FROM, also what its stage rules found in its stage.
     */
    private static final class Cached {
        final Linter linter;
        final List<Finding> findings;
        volatile StageEntry stage;

        Cached(Linter linter, List<Finding> findings) {
            this.linter = linter;
            this.findings = findings;
        }
    }

    public LintResult lint(Dockerfile model, LintSettings settings, BuildContext buildContext) {
        List<Diagnostic> diagnostics = new ArrayList<>(model.diagnostics());
        Reporter reporter = new Reporter(model, settings, fileOptions(model, diagnostics), diagnostics);
        LintContext context = new LintContext(model, settings, buildContext);
        List<StageEntry> entries = StageEntries.of(context, from -> cached(from).stage, stageRules.size());
        context.entries(entries);
        lintInstructions(context, entries, reporter);
        lintStages(context, entries, reporter);
        for (Rule rule : fileRules) {
            if (!runs(settings, rule) || !reporter.mayReport(rule.info())) {
                continue;
            }
            Findings findings = new Findings();
            findings.start(rule.info());
            rule.check(context, findings);
            for (Finding finding : findings.all()) {
                reporter.accept(finding, rule instanceof FileWideRule);
            }
        }
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.range().start()));
        return new LintResult(diagnostics, reporter.reported);
    }

    /**
     * Stage rules: a stage whose entry still holds keeps what they found; the others are checked
     * again (see {@link StageEntries}).
     */
    /**
     * Instruction rules: an instruction an edit neither re-parsed nor moved is the same object in the
     * next model and still holds what they found; only the others are checked again. A stage's entry
     * keeps its instructions' findings together, so an unchanged stage costs one step, not one per
     * instruction.
     */
    private void lintInstructions(LintContext context, List<StageEntry> entries, Reporter reporter) {
        for (Instruction instruction : context.preamble()) {
            cached(instruction).findings.forEach(finding -> reporter.accept(finding, false));
        }
        List<dockerfilels.semantics.Stage> stages = context.stages().all();
        for (int i = 0; i < stages.size(); i++) {
            StageEntry entry = entries.get(i);
            cached(stages.get(i).from()).stage = entry;
            List<Finding> found = entry.instructionFindings;
            if (found == null) {
                List<Finding> all = new ArrayList<>(cached(entry.from).findings);
                for (Instruction instruction : entry.instructions) {
                    all.addAll(cached(instruction).findings);
                }
                found = List.copyOf(all);
                entry.instructionFindings = found;
            }
            found.forEach(finding -> reporter.accept(finding, false));
        }
    }

    /** Stage rules, after the entries, which settle the outline the rules may ask about. */
    private void lintStages(LintContext context, List<StageEntry> entries, Reporter reporter) {
        List<StageRule> running = stageRules.stream()
                .filter(rule -> runs(context.settings(), rule) && reporter.mayReport(rule.info())).toList();
        int[] slots = running.stream().mapToInt(stageRules::indexOf).toArray();
        if (running.isEmpty()) {
            return;
        }
        for (StageRule rule : running) {
            Findings findings = new Findings();
            findings.start(rule.info());
            rule.checkEveryLint(context, findings);
            for (Finding finding : findings.all()) {
                reporter.accept(finding, rule instanceof FileWideRule);
            }
        }
        List<dockerfilels.semantics.Stage> stages = context.stages().all();
        for (int i = 0; i < stages.size(); i++) {
            StageEntry entry = entries.get(i);
            for (int r = 0; r < slots.length; r++) {
                StageRule rule = running.get(r);
                List<Finding> found = entry.findings.get(slots[r]);
                if (found == null) {
                    Findings findings = new Findings();
                    findings.start(rule.info());
                    rule.check(context, stages.get(i), findings);
                    found = findings.all().isEmpty() ? List.of() : List.copyOf(findings.all());
                    entry.findings.set(slots[r], found);
                }
                boolean elsewhere = rule.reportsInOtherStages();
                for (Finding finding : found) {
                    reporter.accept(finding, rule instanceof FileWideRule, elsewhere);
                }
            }
        }
    }

    private static boolean runs(LintSettings settings, Rule rule) {
        return Linter.level(settings, rule.info()) != RuleLevel.OFF && !(rule.info().offByDefault() && !named(settings, rule.info()));
    }

    /** The instruction's cache slot, filled with its instruction-rule findings if it held nothing of this linter's. */
    private Cached cached(Instruction instruction) {
        if (instruction.cache() instanceof Cached cached && cached.linter == this) {
            return cached;
        }
        Findings findings = new Findings();
        for (InstructionRule rule : instructionRules) {
            findings.start(rule.info());
            rule.check(instruction, findings);
        }
        Cached cached = new Cached(this, List.copyOf(findings.all()));
        instruction.cache(cached);
        return cached;
    }

    /** Turns findings into diagnostics: the user's level, # check= options, ignore comments, severity. */
    private static final class Reporter {
        private final Dockerfile model;
        private final LintSettings settings;
        private final CheckOptions fileOptions;
        private final List<Diagnostic> diagnostics;
        private final Map<Instruction, CheckOptions> localOptions = new HashMap<>();
        private final List<LintResult.Reported> reported = new ArrayList<>();
        private Suppressions suppressions;
        private Boolean localChecks;
        private final java.util.Set<Seen> seen = new java.util.HashSet<>();

        private record Seen(RuleInfo rule, dockerfilels.syntax.TextRange range) {
        }

        Reporter(Dockerfile model, LintSettings settings, CheckOptions fileOptions, List<Diagnostic> diagnostics) {
            this.model = model;
            this.settings = settings;
            this.fileOptions = fileOptions;
            this.diagnostics = diagnostics;
        }

        /**
         * Whether a finding of the rule could be reported at all: an experimental BuildKit check only
         * when the {@code # check=} directive enables it, or a {@code # check=} comment somewhere might.
         * Running it otherwise would be work thrown away on every keystroke.
         */
        boolean mayReport(RuleInfo info) {
            if (!info.experimental() || fileOptions.runs(info)) {
                return true;
            }
            return hasLocalChecks();
        }

        /** Whether some comment between instructions is a {@code # check=} comment (most files have none). */
        private boolean hasLocalChecks() {
            if (localChecks == null) {
                localChecks = model.comments().stream().anyMatch(c -> c.text().strip().startsWith("check="));
            }
            return localChecks;
        }

        void accept(Finding finding, boolean fileWide) {
            accept(finding, fileWide, false);
        }

        void accept(Finding finding, boolean fileWide, boolean dedupe) {
            RuleInfo info = finding.rule();
            // One diagnostic per rule and range: two stages that copy from one stage may each find
            // the same problem there (a stage rule may report in the stages it depends on).
            if (dedupe && !seen.add(new Seen(info, finding.range()))) {
                return;
            }
            RuleLevel level = Linter.level(settings, info);
            if (level == RuleLevel.OFF) {
                return;
            }
            CheckOptions options = fileOptions;
            if (finding.checkAnchor() != null && !fileWide && hasLocalChecks()) {
                CheckOptions local = localOptions.computeIfAbsent(finding.checkAnchor(), a -> Linter.localOptions(model, a));
                options = local == CheckOptions.DEFAULT ? fileOptions : fileOptions.merge(local);
            }
            if (suppressions == null) {
                suppressions = new Suppressions(model);
            }
            if (!options.runs(info) || suppressions.suppressed(info, finding.anchor())) {
                return;
            }
            Severity severity = level != null ? level.severity()
                    : fileOptions.error() && info.isBuildKitCheck() ? Severity.ERROR : info.defaultSeverity();
            if (info.offByDefault() && !Linter.named(settings, info)) {
                return;
            }
            Diagnostic diagnostic = new Diagnostic(finding.range(), severity, info.id(), finding.message());
            diagnostics.add(diagnostic);
            reported.add(new LintResult.Reported(finding, diagnostic));
        }
    }

    /** The user's level for a rule (by id or alias), else for its category, else null (the default). */
    static RuleLevel level(LintSettings settings, RuleInfo info) {
        RuleLevel level = settings.rules().get(info.id());
        for (String alias : info.aliases()) {
            if (level == null) {
                level = settings.rules().get(alias);
            }
        }
        return level != null ? level : settings.categories().get(info.category().id());
    }

    /** Whether the settings give this rule a level by its id or an alias (a category level does not enable a rule that is off by default). */
    static boolean named(LintSettings settings, RuleInfo info) {
        return settings.rules().containsKey(info.id()) || info.aliases().stream().anyMatch(settings.rules()::containsKey);
    }

    /** The {@code # check=} directive; an invalid one fails the build in BuildKit, so it is an error here. */
    private static CheckOptions fileOptions(Dockerfile model, List<Diagnostic> diagnostics) {
        for (Directive directive : model.directives()) {
            if (directive.key().equals("check")) {
                CheckOptions.Parsed parsed = CheckOptions.parse(directive.value());
                if (parsed.options() != null) {
                    return parsed.options();
                }
                diagnostics.add(new Diagnostic(directive.valueRange(), Severity.ERROR, "InvalidCheckDirective", parsed.error()));
            }
        }
        return CheckOptions.DEFAULT;
    }

    /** The first valid {@code # check=} comment above an instruction (BuildKit ignores invalid ones). */
    private static CheckOptions localOptions(Dockerfile model, Instruction instruction) {
        for (Comment comment : model.commentsBefore(instruction)) {
            String text = comment.text().strip();
            if (text.startsWith("check=")) {
                CheckOptions.Parsed parsed = CheckOptions.parse(text.substring("check=".length()));
                return parsed.options() != null ? parsed.options() : CheckOptions.DEFAULT;
            }
        }
        return CheckOptions.DEFAULT;
    }
}
