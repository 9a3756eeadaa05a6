package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.semantics.Declaration;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Variables;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.List;
import java.util.Map;

/**
 * Variables after {@code $} or {@code ${}: the ARGs and ENVs in scope at the cursor's instruction
 * as BuildKit scopes them (the global ARGs for FROM), then BuildKit's platform ARGs not declared
 * yet (a stage must repeat {@code ARG NAME} before using one) and, in RUN, the proxy ARGs. After
 * {@code ${NAME}, the substitution modifiers BuildKit supports.
 */
final class VariableCompletion {
    /** The modifiers of {@code ${NAME...}}, with what they do and a placeholder for the word. */
    private static final List<String[]> MODIFIERS = List.of(
            new String[] {":-", "default", "the value, or the word when unset or empty"},
            new String[] {"-", "default", "the value, or the word when unset"},
            new String[] {":+", "alternative", "the word when set and not empty, else empty"},
            new String[] {"+", "alternative", "the word when set, else empty"},
            new String[] {":?", "message", "the value; fails the build with the message when unset or empty"},
            new String[] {"?", "message", "the value; fails the build with the message when unset"},
            new String[] {"#", "pattern", "the value without the shortest prefix matching the pattern"},
            new String[] {"##", "pattern", "the value without the longest prefix matching the pattern"},
            new String[] {"%", "pattern", "the value without the shortest suffix matching the pattern"},
            new String[] {"%%", "pattern", "the value without the longest suffix matching the pattern"},
            new String[] {"/", "pattern/replacement", "the value with the first match of the pattern replaced"},
            new String[] {"//", "pattern/replacement", "the value with every match of the pattern replaced"});

    /** Where the variable being typed starts, as found by {@link #find}. */
    record Site(int dollar, boolean braced, int nameStart, int modifierStart) {
    }

    private VariableCompletion() {
    }

    /** The {@code $} or {@code ${} that the cursor completes, or null. */
    static Site find(CursorContext cursor) {
        String before = cursor.before();
        int i = before.length();
        while (i > 0 && isNameChar(before.charAt(i - 1))) {
            i--;
        }
        int nameStart = i;
        if (i > 0 && before.charAt(i - 1) == '$' && !escaped(before, i - 1, cursor.escape())) {
            return new Site(i - 1, false, nameStart, -1);
        }
        if (i > 1 && before.charAt(i - 1) == '{' && before.charAt(i - 2) == '$' && !escaped(before, i - 2, cursor.escape())) {
            return new Site(i - 2, true, nameStart, -1);
        }
        // ${NAME followed by the start of a modifier
        int m = before.length();
        while (m > 0 && ":-+?#%/".indexOf(before.charAt(m - 1)) >= 0) {
            m--;
        }
        int n = m;
        while (n > 0 && isNameChar(before.charAt(n - 1))) {
            n--;
        }
        if (n < m && n > 1 && before.charAt(n - 1) == '{' && before.charAt(n - 2) == '$' && !escaped(before, n - 2, cursor.escape())) {
            return new Site(n - 2, true, n, m);
        }
        return null;
    }

    static void complete(Proposals proposals, Site site) {
        CursorContext cursor = proposals.cursor();
        boolean closed = cursor.after().startsWith("}");
        if (site.braced() && (site.modifierStart() >= 0 || isKnown(cursor, cursor.before().substring(site.nameStart())))) {
            int column = site.modifierStart() >= 0 ? site.modifierStart() : cursor.column();
            String name = cursor.before().substring(site.nameStart(), column);
            modifiers(proposals, column, name, closed);
            if (site.modifierStart() >= 0) {
                return;
            }
        }
        Instruction instruction = cursor.instruction();
        Scope scope = instruction == null ? null : cursor.variables().before(instruction);
        String suffix = site.braced() && !closed ? "}" : "";
        if (scope != null) {
            for (Map.Entry<String, Declaration> e : scope.variables().entrySet()) {
                proposals.add(variable(proposals, site, e.getKey(), suffix, detail(e.getValue()), documentation(e.getValue())));
            }
        }
        if (instruction != null && scope != null) {
            for (String name : Variables.PLATFORM_ARGS) {
                if (!scope.defines(name)) {
                    proposals.add(variable(proposals, site, name, suffix, "platform ARG: declare ARG " + name + " first",
                            "BuildKit's predefined platform argument. A stage sees it only after `ARG " + name + "`."));
                }
            }
            if (instruction.is(Keyword.RUN)) {
                for (String name : Variables.PROXY_ARGS) {
                    if (!scope.defines(name)) {
                        proposals.add(variable(proposals, site, name, suffix, "proxy build arg",
                                "Set with `--build-arg " + name + "=...`; passed to RUN without an ARG and kept out of the image history."));
                    }
                }
            }
        }
    }

    private static boolean isKnown(CursorContext cursor, String name) {
        Instruction instruction = cursor.instruction();
        return !name.isEmpty() && instruction != null && cursor.variables().before(instruction).defines(name);
    }

    private static void modifiers(Proposals proposals, int column, String name, boolean closed) {
        for (String[] modifier : MODIFIERS) {
            String label = modifier[0] + modifier[1];
            String insert = proposals.snippets()
                    ? Proposals.escape(modifier[0]) + Proposals.placeholder(1, modifier[1]) + (closed ? "" : "\\}")
                    : modifier[0];
            proposals.add(CompletionItem.of(label, CompletionItem.Kind.OPERATOR, proposals.from(column))
                    .insert(insert, proposals.snippets())
                    .detail("${" + name + modifier[0] + modifier[1] + "}")
                    .documentation(modifier[2].substring(0, 1).toUpperCase() + modifier[2].substring(1) + "."));
        }
    }

    private static CompletionItem variable(Proposals proposals, Site site, String name, String suffix, String detail, String doc) {
        return CompletionItem.of(name, CompletionItem.Kind.VARIABLE, proposals.from(site.nameStart()))
                .insert(name + suffix, false).detail(detail).documentation(doc);
    }

    private static String detail(Declaration d) {
        return switch (d.kind()) {
            case PLATFORM_ARG -> "platform ARG";
            case GLOBAL_ARG -> "global ARG";
            case ARG -> "ARG";
            case ENV -> "ENV";
            case IMAGE -> "from the base image";
        } + (d.hasValue() && !d.value().isEmpty() ? " = " + abbreviate(d.value()) : "");
    }

    /** The value and where it was set. */
    static String documentation(Declaration d) {
        Markdown doc = Markdown.of();
        doc.paragraph(d.hasValue() ? "Value: " + Markdown.code(d.value()) : "Declared without a value (set it with `--build-arg`).");
        if (d.instruction() != null) {
            doc.paragraph("Set on line " + (d.instruction().startLine() + 1) + ":").code("dockerfile", d.instruction().text());
        }
        return doc.toString();
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 39) + "…" : value;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean escaped(String text, int at, char escape) {
        int count = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == escape; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
