package dockerfilels.fuzz;

import dockerfilels.features.Analysis;
import dockerfilels.features.CodeActions;
import dockerfilels.rules.LintResult;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.function.Function;

/**
 * Every language feature, as one call at a position of a document: what the features fuzz
 * target and the hostile-document tests ask of each document. A new feature (completion, hover,
 * navigation, formatting, semantic tokens...) is added here in one line, and from then on it is
 * fuzzed and run on every hostile document.
 */
public final class FeatureCalls {

    /** What a feature is asked: the document (text, model, lint) and a position and range in it (maybe out of range). */
    public record Subject(String text, Dockerfile model, LintResult lint, TextPosition position, TextRange range) {
    }

    /** One feature: its name, and the call that must answer (any value) without throwing. */
    public record Call(String name, Function<Subject, Object> answer) {
    }

    /** The features. Add yours here: one line, a name and a call. */
    public static final List<Call> ALL = List.of(
            new Call("lint", s -> s.lint().diagnostics()),
            new Call("code actions", s -> CodeActions.of(s.text(), s.model(), s.lint(), new CodeActions.Request(s.range(), List.of()))),
            new Call("fix all", s -> CodeActions.of(s.text(), s.model(), s.lint(), new CodeActions.Request(s.range(), List.of(CodeActions.FIX_ALL)))));

    private static final Analysis ANALYSIS = new Analysis(warning -> { });

    private FeatureCalls() {
    }

    /** The lint every feature sees: default settings, no build context (the text is not a file). */
    public static LintResult lint(Dockerfile model) {
        return ANALYSIS.lint(model, Analysis.Location.NOWHERE, LintSettings.DEFAULT);
    }

    /** A subject for {@code text} at {@code position}, with a range from there to {@code end}. */
    public static Subject subject(String text, Dockerfile model, LintResult lint, TextPosition position, TextPosition end) {
        TextRange range = end.isBefore(position) ? new TextRange(end, position) : new TextRange(position, end);
        return new Subject(text, model, lint, position, range);
    }

    /** Asks every feature; the first exception propagates with the feature's name. */
    public static void askAll(Subject subject) {
        for (Call call : ALL) {
            try {
                call.answer().apply(subject);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(call.name() + " failed at " + subject.position() + " / " + subject.range(), e);
            }
        }
    }
}
