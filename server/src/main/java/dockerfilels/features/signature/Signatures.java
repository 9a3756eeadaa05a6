package dockerfilels.features.signature;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.reference.DirectiveDoc;
import dockerfilels.reference.Form;
import dockerfilels.reference.InstructionDoc;
import dockerfilels.reference.Parameter;
import dockerfilels.reference.Reference;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.Optional;

/**
 * Signature help for every instruction form (and the parser directives), tracking the argument
 * the cursor is on: the flags, then the positional arguments, where a repeatable parameter
 * ({@code <src> ...}) takes every argument the parameters after it ({@code <dest>}) do not.
 * A pure function of the snapshot and the cursor; never throws.
 */
public final class Signatures {
    /** A directive being written, which the model does not hold yet while its value is empty or invalid. */
    private static final java.util.regex.Pattern DIRECTIVE = java.util.regex.Pattern.compile("^\\s*#\\s*([A-Za-z]+)\\s*=.*$");
    private Signatures() {
    }

    public static Optional<SignatureHelp> at(dockerfilels.syntax.Dockerfile model, String text,
            dockerfilels.syntax.TextPosition position) {
        try {
            return unguarded(model, text, position);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty(); // text we did not foresee: no help rather than an error
        }
    }

    /** {@link #at} without its guard, so robustness tests see any exception. */
    static Optional<SignatureHelp> unguarded(dockerfilels.syntax.Dockerfile model, String text,
            dockerfilels.syntax.TextPosition position) {
        CursorContext cursor = CursorContext.of(model, text, position);
        return cursor.outside() ? Optional.empty() : help(cursor);
    }

    private static Optional<SignatureHelp> help(CursorContext cursor) {
        Directive directive = cursor.directive();
        java.util.regex.Matcher key = DIRECTIVE.matcher(cursor.before());
        if (directive != null || (cursor.inDirectiveArea() && key.matches())) {
            DirectiveDoc doc = Reference.directive(directive != null ? directive.key() : key.group(1));
            if (doc == null) {
                return Optional.empty();
            }
            Form form = new Form("# " + doc.name() + "=<value>", false, null,
                    List.of(new Parameter("<value>", doc.description(), false, false)));
            return Optional.of(new SignatureHelp(List.of(form), doc.example(), doc.url(), 0, 0));
        }
        Instruction instruction = cursor.instruction();
        if (instruction == null || instruction.kind() == null || cursor.inKeyword() || cursor.heredoc() != null
                || cursor.inComment()) {
            return Optional.empty();
        }
        InstructionDoc doc = Reference.instruction(instruction.kind());
        int active = activeForm(doc, instruction, cursor);
        Form form = doc.forms().get(active);
        return Optional.of(new SignatureHelp(doc.forms(), doc.summary(), doc.url(), active, activeParameter(form, instruction, cursor)));
    }

    /** The form that fits: JSON or shell form as written, the form a first word selects, or one with room for the arguments. */
    private static int activeForm(InstructionDoc doc, Instruction instruction, CursorContext cursor) {
        boolean json = instruction.isJson() || (instruction.rest() != null && instruction.rest().text().startsWith("["));
        String first = instruction.arguments().isEmpty() ? null : instruction.arguments().get(0).text();
        int argument = cursor.argumentIndex();
        for (int i = 0; i < doc.forms().size(); i++) {
            if (first != null && doc.forms().get(i).first() != null && doc.forms().get(i).first().equalsIgnoreCase(first)) {
                return i;
            }
        }
        int fallback = -1;
        for (int i = 0; i < doc.forms().size(); i++) {
            Form form = doc.forms().get(i);
            if (form.first() != null) {
                continue;
            }
            if (form.json() != json && doc.forms().stream().anyMatch(f -> f.json() == json)) {
                continue;
            }
            if (fallback < 0) {
                fallback = i;
            }
            List<Parameter> params = form.argumentParameters();
            if (params.size() > argument || params.stream().anyMatch(Parameter::variadic)) {
                return i;
            }
        }
        return Math.max(0, fallback);
    }

    private static int activeParameter(Form form, Instruction instruction, CursorContext cursor) {
        Parameter flags = form.flagsParameter();
        if (flags != null && cursor.inFlags() && (cursor.word().startsWith("-") || cursor.flag() != null)) {
            return form.params().indexOf(flags);
        }
        List<Parameter> params = form.argumentParameters();
        if (params.isEmpty()) {
            return 0;
        }
        int index = cursor.argumentIndex();
        Word current = cursor.argument();
        int total = Math.max(instruction.arguments().size(), index + (current == null ? 1 : 0));
        int variadic = -1;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).variadic()) {
                variadic = i;
                break;
            }
        }
        int chosen;
        if (variadic < 0) {
            chosen = Math.min(index, params.size() - 1);
        } else {
            int trailing = params.size() - 1 - variadic;
            if (index < variadic) {
                chosen = index;
            } else if (trailing > 0 && index >= total - trailing && total - trailing > variadic) {
                chosen = Math.min(params.size() - 1, variadic + 1 + index - (total - trailing));
            } else {
                chosen = variadic;
            }
        }
        return form.params().indexOf(params.get(chosen));
    }
}
