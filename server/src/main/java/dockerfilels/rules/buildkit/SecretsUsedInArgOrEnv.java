package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.StageRule;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import dockerfilels.syntax.Word;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * BuildKit's SecretsUsedInArgOrEnv: an ENV or ARG of a stage (not an ARG before the first FROM)
 * whose key looks like a secret, by BuildKit's own patterns: one of its secret words as the
 * whole key or as a {@code _}-separated part, unless a part is also "public", "file" or "version".
 */
public final class SecretsUsedInArgOrEnv implements StageRule {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SECRET = Pattern.compile(
            "(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|\\z)", FLAGS);
    private static final Pattern ALLOWED = Pattern.compile("(?:_|^)(?:public|file|version)(?:_|\\z)", FLAGS);
    private static final RuleInfo INFO = BuildKitChecks.info("SecretsUsedInArgOrEnv", "secrets-used-in-arg-or-env",
            "Sensitive data should not be used in the ARG or ENV commands",
            "ARG and ENV values persist in the image: ENV in its configuration, ARG in its build history and"
                    + " provenance. Pass secrets with RUN --mount=type=secret instead, which leaves no trace in the image.",
            "FROM alpine\nARG AWS_SECRET_ACCESS_KEY\n",
            "FROM alpine\nRUN --mount=type=secret,id=aws,env=AWS_SECRET_ACCESS_KEY aws s3 ls\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** BuildKit's test of a key. */
    static boolean isSecret(String key) {
        return SECRET.matcher(key).find() && !ALLOWED.matcher(key).find();
    }

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        // For speed: the same keys come back in stage after stage; each is matched once.
        Map<String, Boolean> secret = context.shared(INFO, HashMap::new);
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is(Keyword.ENV)) {
                for (KeyValue pair : instruction.pairs()) {
                    report(findings, secret, instruction, "ENV", pair.key().text(), pair.key().range());
                }
            } else if (instruction.is(Keyword.ARG)) {
                for (Word word : instruction.arguments()) {
                    int eq = word.text().indexOf('=');
                    String key = eq < 0 ? word.text() : word.text().substring(0, eq);
                    TextRange range = eq >= 0 && BuildKitChecks.isPlainOnOneLine(word) ? BuildKitChecks.within(word, 0, eq) : word.range();
                    report(findings, secret, instruction, "ARG", key, range);
                }
            }
        }
    }

    private static void report(Findings findings, Map<String, Boolean> secret, Instruction instruction, String kind, String key,
            TextRange range) {
        if (secret.computeIfAbsent(key, SecretsUsedInArgOrEnv::isSecret)) {
            findings.report(instruction, range, "Do not use ARG or ENV instructions for sensitive data (" + kind + " "
                    + GoQuote.quote(key) + ")");
        }
    }
}
