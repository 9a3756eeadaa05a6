package dockerfilels.rules.optimize;

import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Declaration;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Variables;
import dockerfilels.shell.VariableReference;
import dockerfilels.shell.VariableReferences;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Heredoc;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a build argument that carries a secret into a BuildKit secret: the ARG goes (with the
 * stage redeclarations of a global ARG), and every RUN that reads the variable gets
 * {@code --mount=type=secret,id=<name in lower case>,env=<NAME>}, which sets the variable for that
 * RUN only and leaves nothing in the image or its history. The {@code env=} option needs the
 * Dockerfile frontend 1.10 or later, so a {@code # syntax=} line that pins an older one is raised to
 * {@code docker/dockerfile:1}, and one is added when there is none.
 *
 * <p>Offered only when every use of the variable is in the shell text of a RUN: FROM, COPY, ENV,
 * LABEL, another ARG's default or a RUN flag expand the variable in BuildKit itself, where a secret
 * never reaches. Never applied by "fix all": the build command must change too
 * ({@code docker build --secret id=...,env=...}).
 */
final class SecretArgFix {
    private static final String SYNTAX = "docker/dockerfile:1";

    /** Where one declaration is read: the RUNs whose shell text reads it, and whether anything else does. */
    private static final class Uses {
        final Set<Instruction> runs = new LinkedHashSet<>();
        boolean elsewhere;
        /** The stage ARGs that redeclare it (for a global ARG), each with its name word. */
        final List<Map.Entry<Instruction, Word>> redeclarations = new ArrayList<>();
    }

    private final LintContext context;
    /** Every declaration's uses, found in one pass over the file (a file may hold many secrets). */
    private final Map<Declaration, Uses> uses = new IdentityHashMap<>();

    /** Reads the whole file once; then {@link #of} answers for each secret ARG. */
    SecretArgFix(LintContext context) {
        this.context = context;
        Variables variables = context.variables();
        char escape = context.model().escape();
        for (Instruction instruction : context.model().instructions()) {
            if (instruction.kind() == null || instruction.is(Keyword.ONBUILD)) {
                continue; // ONBUILD expands in the builds that use this image, where these ARGs are not
            }
            for (Declaration d : variables.declarations(instruction)) {
                if (d.global() != null && d.word() != null) {
                    usesOf(d.global()).redeclarations.add(Map.entry(instruction, d.word()));
                }
            }
            Scope scope = variables.before(instruction);
            String text = instruction.text();
            boolean run = instruction.is(Keyword.RUN) && instruction.restOffset() >= 0;
            int shellFrom = run ? instruction.restOffset() : text.length();
            // In a RUN, the flags are expanded by BuildKit and the rest by the shell at run time.
            record(scope, text.substring(0, shellFrom), escape, instruction, false);
            record(scope, text.substring(shellFrom), escape, instruction, run);
            for (Heredoc heredoc : instruction.heredocs()) {
                if (instruction.is(Keyword.RUN) || heredoc.expand()) {
                    record(scope, heredoc.content(), '\\', instruction, instruction.is(Keyword.RUN));
                }
            }
        }
    }

    private Uses usesOf(Declaration declaration) {
        return uses.computeIfAbsent(declaration, d -> new Uses());
    }

    /** Notes the declarations {@code text} reads: by a RUN's shell ({@code shell}) or by BuildKit itself. */
    private void record(Scope scope, String text, char escape, Instruction instruction, boolean shell) {
        if (text.indexOf('$') < 0) {
            return;
        }
        for (VariableReference ref : VariableReferences.find(text, escape)) {
            Declaration d = scope.lookup(ref.name());
            if (d == null) {
                continue;
            }
            read(usesOf(d), instruction, shell);
            if (d.global() != null) {
                read(usesOf(d.global()), instruction, shell); // a stage ARG that takes the global one's value
            }
        }
    }

    private static void read(Uses uses, Instruction instruction, boolean shell) {
        if (shell) {
            uses.runs.add(instruction);
        } else {
            uses.elsewhere = true;
        }
    }

    /** The fix for the ARG argument {@code word} of {@code arg}, or null when it cannot be made mechanically. */
    Fix of(Instruction arg, Word word) {
        Declaration declared = null;
        for (Declaration d : context.variables().declarations(arg)) {
            if (d.word() != null && d.word().range().start().equals(word.range().start())) { // the name, at the start of the argument
                declared = d;
            }
        }
        Uses u = declared == null ? null : uses.get(declared);
        if (u == null || u.elsewhere || u.runs.isEmpty()) {
            return null; // read by BuildKit itself, or by nothing we can see: no RUN to mount it on
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Map.Entry<Instruction, Word> redeclaration : u.redeclarations) {
            TextEdit removal = remove(context, redeclaration.getKey(), redeclaration.getValue());
            if (removal == null) {
                return null;
            }
            edits.add(removal);
        }
        TextEdit removal = remove(context, arg, word);
        if (removal == null) {
            return null;
        }
        edits.add(removal);
        String name = declared.name();
        String id = name.toLowerCase(Locale.ROOT);
        for (Instruction run : u.runs) {
            TextPosition at = run.keyword().range().end();
            edits.add(new TextEdit(new TextRange(at, at), " --mount=type=secret,id=" + id + ",env=" + name));
        }
        return new Fix("Pass " + name + " as a build secret (docker build --secret id=" + id + ",env=" + name + ")",
                withSyntax(context, edits), false);
    }

    /**
     * An edit removing the argument of an ARG that starts with {@code name} (a declaration's word is
     * the name alone): its whole lines when it is the only one, else the word
     * with the space that separates it from its neighbour on the same line; null when the neighbour is
     * on another line (the continuation would have to be rewritten).
     */
    private static TextEdit remove(LintContext context, Instruction arg, Word name) {
        if (name == null) {
            return null;
        }
        List<Word> arguments = arg.arguments();
        int index = -1;
        for (int k = 0; k < arguments.size(); k++) {
            if (arguments.get(k).range().start().equals(name.range().start())) {
                index = k;
            }
        }
        if (index < 0) {
            return null;
        }
        if (arguments.size() == 1) {
            int next = arg.endLine() + 1;
            TextPosition start = new TextPosition(arg.startLine(), 0);
            TextPosition end = next < context.model().lineCount() ? new TextPosition(next, 0) : arg.range().end();
            return new TextEdit(new TextRange(start, end), "");
        }
        Word word = arguments.get(index);
        if (index > 0) {
            Word before = arguments.get(index - 1);
            return sameLine(before, word) ? new TextEdit(new TextRange(before.range().end(), word.range().end()), "") : null;
        }
        Word after = arguments.get(1);
        return sameLine(word, after) ? new TextEdit(new TextRange(word.range().start(), after.range().start()), "") : null;
    }

    private static boolean sameLine(Word a, Word b) {
        return a.range().end().line() == b.range().start().line();
    }

    /**
     * The edits, in order, with the syntax line the {@code env=} option needs: a directive naming an
     * older docker/dockerfile frontend is raised to 1; with none, one is added at the top (in the
     * edit that removes a first-line ARG, if there is one, as two edits may not start at one place).
     * A frontend of another name is left as the author chose it.
     */
    private static List<TextEdit> withSyntax(LintContext context, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.range().start()));
        for (Directive directive : context.model().directives()) {
            if (directive.key().equalsIgnoreCase("syntax")) {
                String raised = raised(directive.value().trim());
                if (raised != null) {
                    sorted.add(0, new TextEdit(directive.valueRange(), raised));
                }
                return sorted;
            }
        }
        String line = "# syntax=" + SYNTAX + "\n";
        TextPosition top = new TextPosition(0, 0);
        if (!sorted.isEmpty() && sorted.get(0).range().start().equals(top)) {
            TextEdit first = sorted.get(0);
            sorted.set(0, new TextEdit(first.range(), line + first.newText()));
        } else {
            sorted.add(0, new TextEdit(new TextRange(top, top), line));
        }
        return sorted;
    }

    /**
     * The frontend to name instead of {@code image} when it is a docker/dockerfile older than 1.10
     * ({@code docker/dockerfile:1} itself, {@code :1-labs}, {@code :1.10} and later, no tag are new
     * enough; a digest is judged by its tag); null to keep it.
     */
    static String raised(String image) {
        String ref = image.startsWith("docker.io/") ? image.substring("docker.io/".length()) : image;
        int at = ref.indexOf('@');
        String named = at >= 0 ? ref.substring(0, at) : ref;
        int colon = named.lastIndexOf(':');
        String repository = colon > named.lastIndexOf('/') ? named.substring(0, colon) : named;
        String tag = colon > named.lastIndexOf('/') ? named.substring(colon + 1) : "";
        if (!repository.equals("docker/dockerfile") && !repository.equals("docker/dockerfile-upstream")) {
            return null;
        }
        String labs = tag.endsWith("-labs") ? "-labs" : "";
        String version = labs.isEmpty() ? tag : tag.substring(0, tag.length() - labs.length());
        if ((version.isEmpty() || version.equals("1") || version.equals("master"))) {
            return null;
        }
        return minorOfOne(version) >= 10 ? null : SYNTAX + labs;
    }

    /** The minor version of a {@code 1.x} or {@code 1.x.y} tag; -1 for any other tag. */
    private static int minorOfOne(String version) {
        if (!version.startsWith("1.")) {
            return -1;
        }
        int end = 2;
        while (end < version.length() && end < 6 && Character.isDigit(version.charAt(end))) {
            end++;
        }
        boolean whole = end > 2 && (end == version.length() || version.charAt(end) == '.');
        return whole ? Integer.parseInt(version.substring(2, end)) : -1;
    }
}
