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
    private static final Linter STANDARD = new Linter(Rules.all());

    private final List<Rule> rules;
    /**
     * Findings of instruction rules per instruction. Keys are identities: an instruction an edit
     * did not touch or move is the same object in the next model, so its findings are reused;
     * entries go when the models holding their instructions are collected.
     */
    private final Map<Instruction, Map<String, List<Finding>>> byInstruction =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The linter with every rule of the project (one instance, so its cache lasts). */
    public static Linter standard() {
        return STANDARD;
    }

    public LintResult lint(Dockerfile model, LintSettings settings, BuildContext buildContext) {
        List<Diagnostic> diagnostics = new ArrayList<>(model.diagnostics());
        CheckOptions fileOptions = fileOptions(model, diagnostics);
        LintContext context = new LintContext(model, settings, buildContext);
        Suppressions suppressions = new Suppressions(model);
        Map<Instruction, CheckOptions> localOptions = new HashMap<>();
        List<LintResult.Reported> reported = new ArrayList<>();
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            RuleLevel level = level(settings, info);
            if (level == RuleLevel.OFF) {
                continue;
            }
            Findings findings = new Findings();
            findings.start(info);
            if (rule instanceof InstructionRule instructionRule) {
                checkEach(instructionRule, model, findings);
            } else {
                rule.check(context, findings);
            }
            for (Finding finding : findings.all()) {
                CheckOptions options = fileOptions;
                if (finding.anchor() != null && !(rule instanceof FileWideRule)) {
                    options = fileOptions.merge(localOptions.computeIfAbsent(finding.anchor(), a -> localOptions(model, a)));
                }
                if (!options.runs(info) || suppressions.suppressed(info, finding.anchor())) {
                    continue;
                }
                Severity severity = level != null ? level.severity()
                        : fileOptions.error() && info.isBuildKitCheck() ? Severity.ERROR : info.defaultSeverity();
                Diagnostic diagnostic = new Diagnostic(finding.range(), severity, info.id(), finding.message());
                diagnostics.add(diagnostic);
                reported.add(new LintResult.Reported(finding, diagnostic));
            }
        }
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.range().start()));
        return new LintResult(diagnostics, reported);
    }

    /** Runs an instruction rule over every instruction, reusing what it found in unchanged ones. */
    private void checkEach(InstructionRule rule, Dockerfile model, Findings findings) {
        String id = rule.info().id();
        for (Instruction instruction : model.instructions()) {
            Map<String, List<Finding>> cached = byInstruction.computeIfAbsent(instruction, i -> new java.util.concurrent.ConcurrentHashMap<>());
            List<Finding> found = cached.get(id);
            if (found == null) {
                Findings one = new Findings();
                one.start(rule.info());
                rule.check(instruction, one);
                // Kept without their anchor: a value that referred to its weak key would keep it alive.
                found = one.all().stream().map(f -> new Finding(f.rule(), null, f.range(), f.message(), f.fix())).toList();
                cached.put(id, found);
            }
            for (Finding f : found) {
                findings.add(new Finding(f.rule(), instruction, f.range(), f.message(), f.fix()));
            }
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
