package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Declaration;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.shell.Env;
import dockerfilels.shell.Expansion;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * A package installer whose packages should name a version, so that a rebuild installs what the
 * last build did. A word holding {@code $VAR} is checked with the value the ARG or ENV gives it
 * at that RUN ({@code ARG PACKAGES="curl=7.88.1-10"} is pinned); a value the Dockerfile does not
 * give (a build argument without default, a base image's variable, a command substitution) is
 * not reported, since it is not known to be unpinned. Not cached per instruction, because of the
 * variables; cheap, since the shell model is.
 */
abstract class UnpinnedPackages implements StageRule.EachInstruction {

    /**
     * The info of a version-pinning rule: off by default (it asks for upkeep a Dockerfile that
     * follows its distribution does not want), which its explanation says, with the setting that
     * turns it on.
     */
    static RuleInfo info(String id, String description, String explanation, String bad, String good, String code) {
        return PracticeRules.info(id, null, Category.BEST_PRACTICE, description, explanation + " Version pinning is off by default"
                + " (it asks for upkeep a Dockerfile that follows its distribution does not want); turn it on in settings:"
                + " `\"rules\": {\"" + code + "\": \"info\"}`.", bad, good, code);
    }

    /** The words naming packages in one command, or an empty list when the command installs nothing. */
    abstract List<ShellWord> packages(ShellCommand command);

    /** Whether a package argument names a version (or a file, path or URL, which is as precise). */
    abstract boolean pinned(String pkg);

    /** What the finding says for the unpinned packages of one word. */
    abstract String message(List<String> unpinned);

    @Override
    public void check(LintContext context, Instruction instruction, Findings findings) {
        ShellLexer lexer = null;
        ShellScript script = ShellScript.of(instruction);
        for (ShellCommand command : script.commands()) {
            for (ShellWord word : packages(command)) {
                List<String> values;
                if (word.expands()) {
                    lexer = lexer != null ? lexer : new ShellLexer(context.model().escape());
                    values = resolve(word.value(), context.variables().before(instruction), lexer);
                } else {
                    values = List.of(word.value());
                }
                List<String> unpinned = values.stream().filter(v -> !v.isEmpty() && !pinned(v)).toList();
                if (!unpinned.isEmpty()) {
                    String from = word.expands() ? " (" + word.value() + ")" : "";
                    findings.report(instruction, word.range(), message(unpinned) + from);
                }
            }
        }
    }

    /** The words a {@code $VAR} word expands to, or none when some part of it is not known. */
    static List<String> resolve(String value, Scope scope, ShellLexer lexer) {
        if (value.contains("$(") || value.contains("`")) {
            return List.of();
        }
        Env env = name -> {
            Declaration d = scope.lookup(name);
            return d == null || d.kind() == Declaration.Kind.IMAGE ? null : d.value();
        };
        try {
            Expansion expansion = lexer.processWordWithMatches(value, env);
            if (!expansion.unmatched().isEmpty()) {
                return List.of();
            }
            return List.of(expansion.result().strip().split("\\s+"));
        } catch (ShellException | RuntimeException e) {
            return List.of();
        }
    }

    /** The operands after the subcommand when the subcommand is one of {@code subcommands}. */
    static List<ShellWord> afterSubcommand(List<ShellWord> operands, java.util.Set<String> subcommands) {
        if (operands.isEmpty() || !subcommands.contains(operands.get(0).value())) {
            return List.of();
        }
        return new ArrayList<>(operands.subList(1, operands.size()));
    }
}
