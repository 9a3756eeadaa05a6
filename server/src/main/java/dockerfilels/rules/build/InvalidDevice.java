package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code RUN --device}: the value must parse (BuildKit's {@code ParseDevice}, on every frontend), and
 * only a labs frontend ({@code # syntax=docker/dockerfile:1-labs}) builds it at all.
 */
public final class InvalidDevice implements StageRule.EachInstruction {
    static final String LABS_ONLY = "device feature is only supported in Dockerfile frontend 1.14.0-labs or later";
    private static final RuleInfo INFO = BuildErrors.info("InvalidDevice", "run---device",
            "RUN --device outside the labs frontend, or a device value BuildKit rejects",
            "RUN --device exposes CDI devices to the command. Only the labs frontend builds it: name it in a"
                    + " # syntax=docker/dockerfile:1-labs directive. The value is a device name with an optional"
                    + " required[=bool].",
            "FROM alpine\nRUN --device=vendor.com/gpu=all nvidia-smi\n",
            "# syntax=docker/dockerfile:1-labs\nFROM alpine\nRUN --device=vendor.com/gpu=all nvidia-smi\n");
    private static final Set<String> BOOLS = Set.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false",
            "False");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.RUN)) {
            return;
        }
        boolean labs = BuildErrors.labs(context.model());
        for (Flag flag : instruction.flags()) {
            if (!flag.name().equals("device") || flag.value() == null) {
                continue;
            }
            String problem = parse(flag.value());
            if (problem != null) {
                findings.report(instruction, BuildErrors.valueRange(flag), problem);
            } else if (!labs) {
                findings.report(instruction, flag.nameRange(), LABS_ONLY);
            }
        }
    }

    /** BuildKit's ParseDevice error for a value, or null when it parses. */
    static String parse(String value) {
        List<CsvFields.Field> fields = CsvFields.parse(value);
        if (fields == null) {
            return null;
        }
        String name = "";
        for (CsvFields.Field field : fields) {
            String key = field.key().toLowerCase(Locale.ROOT);
            if (!field.hasValue()) {
                if (key.equals("required")) {
                    continue;
                }
                if (name.isEmpty()) {
                    name = field.text();
                    continue;
                }
                return "invalid field '" + field.text() + "' must be a key=value pair";
            }
            switch (key) {
                case "name" -> {
                    if (!name.isEmpty()) {
                        return "device name already set to " + name;
                    }
                    name = field.value();
                }
                case "required" -> {
                    if (!BOOLS.contains(field.value())) {
                        return "invalid value for " + key + ": " + field.value();
                    }
                }
                default -> {
                    if (name.isEmpty()) {
                        name = field.text();
                        continue;
                    }
                    String match = BuildErrors.closest(key, List.of("name", "required"));
                    return "unexpected key '" + key + "' in '" + field.text() + "'" + (match == null ? "" : " (did you mean " + match + "?)");
                }
            }
        }
        return null;
    }
}
