package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.features.cursor.RuleDocs;
import dockerfilels.reference.DirectiveDoc;
import dockerfilels.reference.Reference;
import dockerfilels.reference.Value;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.Rules;
import dockerfilels.syntax.Directive;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments that configure the build or the checks: parser directives at the top of the file
 * ({@code syntax}, {@code escape}, {@code check}, each once) and their values; BuildKit's
 * {@code check=} options, with the names of its checks after {@code skip=} and
 * {@code experimental=}, also in the {@code # check=} comment above an instruction; and rule
 * names in {@code # dockerfile-ls ignore=} and {@code # hadolint ignore=} comments.
 */
final class DirectiveCompletion {
    private static final Pattern KEY = Pattern.compile("^\\s*#\\s*([A-Za-z]*)$");
    private static final Pattern VALUE = Pattern.compile("^\\s*#\\s*(syntax|escape|check)\\s*=\\s*(\\S*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IGNORE = Pattern.compile("^\\s*#\\s*(dockerfile-ls|hadolint)\\s+(?:global\\s+)?ignore=(\\S*)$");

    private DirectiveCompletion() {
    }

    /** Completes in a comment line; false when the line is no comment this class knows. */
    static boolean complete(Proposals proposals) {
        CursorContext cursor = proposals.cursor();
        String before = cursor.before();
        boolean top = cursor.inDirectiveArea();
        Matcher key = KEY.matcher(before);
        if (top && key.matches()) {
            keys(proposals, cursor.column() - key.group(1).length());
            return true;
        }
        Matcher value = VALUE.matcher(before);
        if (value.matches()) {
            String name = value.group(1).toLowerCase(Locale.ROOT);
            int column = cursor.column() - value.group(2).length();
            if (name.equals("check")) {
                check(proposals, column, value.group(2));
            } else if (top) {
                for (Value v : Reference.directive(name).values()) {
                    proposals.add(FlagValueCompletion.value(proposals, column, v));
                }
            }
            return true;
        }
        Matcher ignore = IGNORE.matcher(before);
        if (ignore.matches()) {
            String list = ignore.group(2);
            int column = cursor.column() - list.length() + list.lastIndexOf(',') + 1;
            boolean hadolint = ignore.group(1).equals("hadolint");
            for (Rule rule : Rules.all()) {
                RuleInfo info = rule.info();
                proposals.add(ruleItem(proposals, column, info.id(), info));
                if (hadolint) {
                    info.aliases().forEach(alias -> proposals.add(ruleItem(proposals, column, alias, info)));
                }
            }
            return true;
        }
        return false;
    }

    private static void keys(Proposals proposals, int column) {
        CursorContext cursor = proposals.cursor();
        for (DirectiveDoc doc : Reference.directives()) {
            boolean present = false;
            for (Directive directive : cursor.model().directives()) {
                present |= directive.key().equals(doc.name()) && directive.range().start().line() != cursor.position().line();
            }
            if (!present) {
                proposals.add(CompletionItem.of(doc.name(), CompletionItem.Kind.DIRECTIVE, proposals.from(column))
                        .insert(doc.name() + "=", false).detail("parser directive")
                        .documentation(documentation(doc)));
            }
        }
    }

    static String documentation(DirectiveDoc doc) {
        return Markdown.of().paragraph("**# " + doc.name() + "=**").paragraph(doc.description())
                .code("dockerfile", doc.example()).link("Dockerfile reference", doc.url()).toString();
    }

    /** {@code skip=A,B;error=true;experimental=C}: an option, or a value of the option being written. */
    private static void check(Proposals proposals, int column, String value) {
        int partStart = value.lastIndexOf(';') + 1;
        String part = value.substring(partStart);
        int eq = part.indexOf('=');
        int at = column + partStart;
        if (eq < 0) {
            for (Value option : Reference.directive("check").values()) {
                proposals.add(FlagValueCompletion.value(proposals, at, option).detail("check option"));
            }
            return;
        }
        String option = part.substring(0, eq).strip();
        String list = part.substring(eq + 1);
        int valueColumn = at + eq + 1 + list.lastIndexOf(',') + 1;
        if (option.equals("error")) {
            proposals.add(CompletionItem.of("true", CompletionItem.Kind.VALUE, proposals.from(at + eq + 1)));
            proposals.add(CompletionItem.of("false", CompletionItem.Kind.VALUE, proposals.from(at + eq + 1)));
        } else if (option.equals("skip") || option.equals("experimental")) {
            proposals.add(CompletionItem.of("all", CompletionItem.Kind.VALUE, proposals.from(valueColumn))
                    .detail(option.equals("skip") ? "every check that is not experimental" : "every experimental check"));
            for (Rule rule : Rules.all()) {
                RuleInfo info = rule.info();
                if (info.isBuildKitCheck() && (option.equals("skip") || info.experimental())) {
                    proposals.add(ruleItem(proposals, valueColumn, info.id(), info));
                }
            }
        }
    }

    private static CompletionItem ruleItem(Proposals proposals, int column, String name, RuleInfo info) {
        return CompletionItem.of(name, CompletionItem.Kind.RULE, proposals.from(column))
                .detail(info.description()).documentation(RuleDocs.of(info));
    }
}
