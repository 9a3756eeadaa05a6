package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.KeyValue;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;

/**
 * BuildKit's LegacyKeyValueFormat: an ENV or LABEL written {@code key value} rather than
 * {@code key=value}. (BuildKit checks those of the stages; one before the first FROM is an
 * error of its own.)
 */
public final class LegacyKeyValueFormat implements InstructionRule {
    private static final RuleInfo INFO = BuildKitChecks.info("LegacyKeyValueFormat", "legacy-key-value-format",
            "Legacy key/value format with whitespace separator should not be used",
            "ENV key value sets one variable to the whole rest of the line, while ENV key=value can set several and"
                    + " quotes values the usual way. The legacy form is ambiguous to read and discouraged.",
            "FROM alpine\nENV DEPS curl git make\n", "FROM alpine\nENV DEPS=\"curl git make\"\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.ENV) && !instruction.is(Keyword.LABEL)) {
            return;
        }
        String keyword = instruction.keyword().text();
        for (KeyValue pair : instruction.pairs()) {
            if (pair.legacy()) {
                findings.report(instruction, pair.key().range(), "\"" + keyword + " key=value\" should be used instead of legacy \""
                        + keyword + " key value\" format", fix(pair));
            }
        }
    }

    /**
     * {@code key value} becomes {@code key=value}, or {@code key="a b"} when the value has spaces;
     * only for values without quotes or either escape character.
     */
    private static Fix fix(KeyValue pair) {
        String value = pair.value().text();
        if (value.isEmpty() || !BuildKitChecks.isPlainOnOneLine(pair.key()) || !BuildKitChecks.isPlainOnOneLine(pair.value())
                || pair.key().range().start().line() != pair.value().range().start().line()
                || value.indexOf('"') >= 0 || value.indexOf('\'') >= 0 || value.indexOf('`') >= 0 || value.indexOf('\\') >= 0) {
            return null;
        }
        boolean spaces = value.chars().anyMatch(c -> c == ' ' || c == '\t');
        String replacement = "=" + (spaces ? "\"" + value + "\"" : value);
        return Fix.safe("Use " + pair.key().text() + "=value",
                new TextEdit(new TextRange(pair.key().range().end(), pair.value().range().end()), replacement));
    }
}
