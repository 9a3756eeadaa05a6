package dockerfilels.rules.buildkit;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Stages;
import dockerfilels.shell.Expansion;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoText;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What BuildKit's build checks share: category, warning severity, BuildKit's documentation URL, small helpers. */
final class BuildKitChecks {
    private static final String DOCS = "https://docs.docker.com/go/dockerfile/rule/";

    private BuildKitChecks() {
    }

    /**
     * A BuildKit check's info. {@code slug} is the last part of its documentation URL;
     * {@code description} is BuildKit's text, word for word.
     */
    static RuleInfo info(String name, String slug, String description, String explanation, String bad, String good) {
        return info(name, slug, description, explanation, bad, good, false);
    }

    /** The same, for a check BuildKit runs only when enabled with {@code # check=experimental=...}. */
    static RuleInfo info(String name, String slug, String description, String explanation, String bad, String good,
            boolean experimental) {
        return new RuleInfo(name, Severity.WARNING, Category.BUILDKIT_CHECK, description, explanation, bad, good,
                DOCS + slug + "/", List.of(), experimental);
    }

    /** Go's {@code strings.ToUpper}: the simple upper-case mapping of each code point. */
    static String toUpper(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) { // a plain loop: no stream per call
            int c = s.codePointAt(i);
            out.appendCodePoint(Character.toUpperCase(c));
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Whether Go's strings.ToLower leaves s as it is. */
    static boolean isLower(String s) {
        return GoText.isLower(s);
    }

    /** Whether Go's strings.ToUpper leaves s as it is. */
    static boolean isUpper(String s) {
        return GoText.isUpper(s);
    }

    /**
     * A FROM's {@code --platform} value expanded with the global ARGs, as BuildKit expands it;
     * null when there is no value or it does not expand.
     */
    static Expansion expandPlatform(Flag platform, ShellLexer lexer, Scope global) {
        if (platform == null || !platform.hasValue() || platform.value().isEmpty()) {
            return null;
        }
        try {
            return lexer.processWordWithMatches(platform.value(), global.env());
        } catch (ShellException e) {
            return null;
        }
    }

    /** The earlier stage a stage is built FROM ({@code FROM <stage>}), or null for an image. */
    static Stage parent(Stages stages, Stage stage) {
        return stage.base() == null ? null : stages.named(stage.base().text(), stage.index());
    }

    /** Whether some instruction of a kind appears in the stages a stage is built from (not the stage itself). */
    static boolean inAncestors(Stages stages, Stage stage, dockerfilels.syntax.Keyword kind) {
        Set<Integer> seen = new HashSet<>();
        for (Stage s = parent(stages, stage); s != null && seen.add(s.index()); s = parent(stages, s)) {
            for (Instruction instruction : s.instructions()) {
                if (instruction.is(kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word is written on one line exactly as its text (no continuation, so columns map to characters). */
    static boolean isPlainOnOneLine(Word word) {
        TextRange r = word.range();
        return r.start().line() == r.end().line() && r.end().character() - r.start().character() == word.text().length();
    }

    /** A range inside a word that {@link #isPlainOnOneLine} holds for, by character offsets. */
    static TextRange within(Word word, int from, int to) {
        int line = word.range().start().line();
        int start = word.range().start().character();
        return TextRange.of(line, start + from, line, start + to);
    }

    /** An edit deleting an instruction's whole lines (with the line break after them when there is one). */
    static TextEdit deleteLines(Dockerfile model, Instruction instruction) {
        int end = instruction.endLine() + 1;
        if (end < model.lineCount()) {
            return new TextEdit(TextRange.of(instruction.startLine(), 0, end, 0), "");
        }
        return new TextEdit(new TextRange(new dockerfilels.syntax.TextPosition(instruction.startLine(), 0),
                instruction.range().end()), "");
    }

    /** Whether the text holds a quote, a variable or the escape character: BuildKit would process it first. */
    static boolean needsProcessing(String text, char escape) {
        return text.indexOf('$') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.indexOf(escape) >= 0;
    }
}
