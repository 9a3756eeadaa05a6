package dockerfilels.features;

import dockerfilels.rules.Finding;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Diagnostic;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.LineIndex;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The code actions for a range of a linted document: the quick fix of each rule finding there,
 * "ignore this rule for this instruction / in this file", and "fix all" (every safe fix that does
 * not overlap another). Pure: the LSP front turns these into LSP4J objects.
 */
public final class CodeActions {
    public static final String QUICK_FIX = "quickfix";
    public static final String FIX_ALL = "source.fixAll.dockerfile-ls";

    /**
     * One action: title, LSP kind, the diagnostics it resolves, its edits, whether it is preferred,
     * and the files it creates beside the Dockerfile.
     */
    public record Action(String title, String kind, List<Diagnostic> diagnostics, List<TextEdit> edits,
            boolean preferred, List<Fix.NewFile> files) {
        public Action {
            diagnostics = List.copyOf(diagnostics);
            edits = List.copyOf(edits);
            files = List.copyOf(files);
        }

        public Action(String title, String kind, List<Diagnostic> diagnostics, List<TextEdit> edits, boolean preferred) {
            this(title, kind, diagnostics, edits, preferred, List.of());
        }
    }

    /** What is asked: the range, and the kinds wanted ({@code only}; empty for all). */
    public record Request(TextRange range, List<String> only) {
        public Request {
            only = only == null ? List.of() : List.copyOf(only);
        }

        /** Whether an action of {@code kind} is wanted: {@code only} lists it or a parent kind of it. */
        boolean wants(String kind) {
            return only.isEmpty() || only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
        }
    }

    private CodeActions() {
    }

    public static List<Action> of(String text, Dockerfile model, LintResult lint, Request request) {
        List<Action> actions = new ArrayList<>();
        if (request.wants(QUICK_FIX)) {
            List<Action> fixes = new ArrayList<>();
            List<Action> ignores = new ArrayList<>();
            Set<String> ignoreTitles = new HashSet<>();
            String newline = text.contains("\r\n") ? "\r\n" : "\n";
            LineIndex lines = LineIndex.of(text);
            for (LintResult.Reported reported : lint.findings()) {
                Diagnostic diagnostic = reported.diagnostic();
                if (!intersects(diagnostic.range(), request.range())) {
                    continue;
                }
                Finding finding = reported.finding();
                if (finding.fix() != null && !finding.fix().isEmpty()) {
                    fixes.add(new Action(finding.fix().title(), QUICK_FIX, List.of(diagnostic), afterByteOrderMark(text,
                            finding.fix().edits()), false, finding.fix().files()));
                }
                String rule = finding.rule().id();
                if (finding.anchor() != null) {
                    Instruction anchor = finding.anchor();
                    String title = "Ignore " + rule + " for this instruction";
                    if (ignoreTitles.add(title + "@" + anchor.startLine())) {
                        String indentation = indentation(text, lines, anchor);
                        TextPosition at = lineStart(text, anchor.startLine());
                        ignores.add(new Action(title, QUICK_FIX, List.of(diagnostic), List.of(new TextEdit(
                                new TextRange(at, at), indentation + "# dockerfile-ls ignore=" + rule + newline)), false));
                    }
                }
                String fileTitle = "Ignore " + rule + " in this file";
                if (ignoreTitles.add(fileTitle)) {
                    TextPosition at = lineStart(text, afterDirectives(model));
                    ignores.add(new Action(fileTitle, QUICK_FIX, List.of(diagnostic), List.of(new TextEdit(
                            new TextRange(at, at), "# dockerfile-ls global ignore=" + rule + newline)), false));
                }
            }
            if (fixes.size() == 1) {
                Action only = fixes.get(0);
                fixes.set(0, new Action(only.title(), only.kind(), only.diagnostics(), only.edits(), true, only.files()));
            }
            actions.addAll(fixes);
            actions.addAll(ignores);
        }
        if (request.wants(FIX_ALL)) {
            List<TextEdit> edits = Fixes.safeEdits(lint);
            if (!edits.isEmpty()) {
                actions.add(new Action("Fix all auto-fixable problems", FIX_ALL, List.of(), edits, false));
            }
        }
        return actions;
    }

    /** Edits with an insertion at the very start moved after a byte order mark (rules do not see the mark). */
    private static List<TextEdit> afterByteOrderMark(String text, List<TextEdit> edits) {
        if (!text.startsWith("\uFEFF")) {
            return edits;
        }
        TextRange start = TextRange.of(0, 0, 0, 0);
        return edits.stream().map(e -> e.range().equals(start) ? new TextEdit(TextRange.of(0, 1, 0, 1), e.newText()) : e).toList();
    }

    /** Where a line starts, after the byte order mark on the first line: text goes after it, never before. */
    private static TextPosition lineStart(String text, int line) {
        return new TextPosition(line, line == 0 && text.startsWith("\uFEFF") ? 1 : 0);
    }

    /** The blanks before the instruction's keyword on its first line (after a byte order mark). */
    private static String indentation(String text, LineIndex lines, Instruction instruction) {
        int line = instruction.startLine();
        if (line >= lines.lineCount()) {
            return "";
        }
        int start = lines.lineStart(line) + (line == 0 && text.startsWith("\uFEFF") ? 1 : 0);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** The first line after the parser directives (0 when there are none). */
    private static int afterDirectives(Dockerfile model) {
        int line = 0;
        for (Directive directive : model.directives()) {
            line = Math.max(line, directive.range().end().line() + 1);
        }
        return line;
    }

    /** Touching counts: a cursor at either end of a diagnostic is in it. */
    private static boolean intersects(TextRange a, TextRange b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }
}
