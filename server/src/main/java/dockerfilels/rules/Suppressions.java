package dockerfilels.rules;

import dockerfilels.syntax.Comment;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions: {@code # dockerfile-ls ignore=RULE[,RULE]} and hadolint's
 * {@code # hadolint ignore=DL3008} in the comments right above an instruction silence those
 * rules there; {@code # dockerfile-ls global ignore=...} and {@code # hadolint global ignore=...}
 * anywhere silence them in the whole file. Rules match by id or alias.
 */
final class Suppressions {
    /** No {@code \s*} between "=" and the list: the list takes blanks too, and two quantifiers over the same blanks backtrack quadratically. */
    private static final Pattern IGNORE =
            Pattern.compile("^\\s*(dockerfile-ls|hadolint)\\s+(global\\s+)?ignore\\s*=([A-Za-z0-9_,\\s-]*)$");

    private final Dockerfile model;
    private final Set<String> global = new HashSet<>();
    /** Whether any comment is a local ignore; most files have none, and then no instruction's comments are read. */
    private boolean anyLocal;
    private final java.util.Map<Instruction, Set<String>> local = new java.util.IdentityHashMap<>();

    Suppressions(Dockerfile model) {
        this.model = model;
        for (Comment comment : model.comments()) {
            Matcher m = IGNORE.matcher(comment.text());
            if (m.matches() && m.group(2) != null) {
                names(m.group(3), global);
            } else if (m.matches()) {
                anyLocal = true;
            }
        }
    }

    boolean suppressed(RuleInfo rule, Instruction anchor) {
        if (!global.isEmpty() && matches(rule, global)) {
            return true;
        }
        if (anchor == null || !anyLocal) {
            return false;
        }
        return matches(rule, local.computeIfAbsent(anchor, this::localNames));
    }

    private Set<String> localNames(Instruction anchor) {
        Set<String> names = new HashSet<>();
        for (Comment comment : model.commentsBefore(anchor)) {
            Matcher m = IGNORE.matcher(comment.text());
            if (m.matches() && m.group(2) == null) {
                names(m.group(3), names);
            }
        }
        return names;
    }

    private static boolean matches(RuleInfo rule, Set<String> names) {
        for (String name : names) {
            if (rule.answersTo(name)) {
                return true;
            }
        }
        return false;
    }

    private static void names(String list, Set<String> into) {
        for (String name : List.of(list.split(","))) {
            if (!name.isBlank()) {
                into.add(name.strip());
            }
        }
    }
}
