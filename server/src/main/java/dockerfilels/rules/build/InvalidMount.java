package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code RUN --mount} options BuildKit rejects ({@code instructions/commands_runmount.go}): unknown
 * types, keys and sharing modes (with BuildKit's did-you-mean), bare fields, keys that the mount's
 * type does not take, values that do not parse, {@code from=} with a variable, and the per-type rules
 * (secret without source/target/id, mode/uid/gid on bind and tmpfs, sharing outside cache mounts).
 * Fields are read left to right as BuildKit reads them, so a type-dependent key before {@code type=}
 * is checked against the default type, bind. A value BuildKit expands first ({@code $VAR}) is not
 * judged, and a type that is only known after expansion stops the type-dependent checks.
 */
public final class InvalidMount implements InstructionRule {
    static final String ID = "InvalidMount";

    private static final RuleInfo INFO = BuildErrors.info(ID, "run---mount",
            "RUN --mount option that BuildKit rejects",
            "BuildKit parses every --mount value before it runs the command: the type must be bind, cache, tmpfs, secret or"
                    + " ssh, every key must be one it knows and the type takes, and values must parse (booleans, octal"
                    + " mode, decimal uid/gid, tmpfs size). The build stops at the first bad option.",
            "FROM alpine\nRUN --mount=type=cahce,target=/root/.cache apk add git\n",
            "FROM alpine\nRUN --mount=type=cache,target=/root/.cache apk add git\n");

    static final List<String> TYPES = List.of("bind", "cache", "tmpfs", "secret", "ssh");
    static final List<String> SHARING = List.of("shared", "private", "locked");
    static final List<String> KEYS = List.of("type", "from", "source", "target", "readonly", "id", "sharing", "required",
            "size", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env");
    private static final Set<String> BOOLS = Set.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false",
            "False");
    private static final Pattern FROM_VARIABLE = Pattern.compile("\\$.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.RUN)) {
            return;
        }
        for (Flag flag : instruction.flags()) {
            if (flag.name().equals("mount") && flag.value() != null) {
                Problem problem = check(flag.value());
                if (problem != null) {
                    report(instruction, flag, problem, findings);
                }
            }
        }
    }

    /** What is wrong with a mount: the message, where in the value, and a replacement for that span. */
    record Problem(String message, int start, int end, String replacement) {
    }

    private static void report(Instruction instruction, Flag flag, Problem problem, Findings findings) {
        TextRange range = BuildErrors.valueSubRange(flag, problem.start(), problem.end());
        Fix fix = null;
        if (problem.replacement() != null && BuildErrors.writtenAsIs(flag)) {
            fix = Fix.safe("Change to '" + problem.replacement() + "'", new TextEdit(range, problem.replacement()));
        }
        findings.report(instruction, range, problem.message(), fix);
    }

    /** The first problem BuildKit would report for this mount value, or null. */
    static Problem check(String value) {
        List<CsvFields.Field> fields = CsvFields.parse(value);
        if (fields == null) {
            return null;
        }
        // At parse time BuildKit only looks at from= values.
        for (CsvFields.Field field : fields) {
            if (field.hasValue() && lower(field.key()).equals("from") && FROM_VARIABLE.matcher(field.value()).find()) {
                return at(field.valueSpan(), "'from' doesn't support variable expansion, define alias stage instead", null);
            }
        }
        String type = "bind";
        boolean typeKnown = true;
        boolean valuesKnown = true; // every value that the final checks look at is literal
        CsvFields.Field source = null;
        CsvFields.Field target = null;
        CsvFields.Field id = null;
        CsvFields.Field from = null;
        CsvFields.Field sharing = null;
        CsvFields.Field fileInfo = null;
        String fileInfoKey = null;
        CsvFields.Field typeField = null;
        boolean env = false;
        for (CsvFields.Field field : fields) {
            String key = lower(field.key());
            if (!field.hasValue()) {
                switch (key) {
                    case "readonly", "ro", "readwrite", "rw":
                        continue;
                    case "required":
                        if (!typeKnown || type.equals("secret") || type.equals("ssh")) {
                            continue;
                        }
                        return at(field.span(), "unexpected key '" + key + "' for mount type '" + type + "'", null);
                    default:
                        return at(field.span(), "invalid field '" + field.text() + "' must be a key=value pair", null);
                }
            }
            String v = field.value();
            boolean literal = !BuildErrors.dependsOnExpansion(v);
            switch (key) {
                case "type" -> {
                    typeField = field;
                    if (!literal) {
                        typeKnown = false;
                        continue;
                    }
                    String t = lower(v);
                    if (!TYPES.contains(t)) {
                        String match = BuildErrors.closest(v, TYPES);
                        return at(field.valueSpan(), "unsupported mount type " + quote(v)
                                + (match == null ? "" : " (did you mean " + BuildErrors.matchCase(v, match) + "?)"),
                                match == null ? null : BuildErrors.matchCase(v, match));
                    }
                    type = t;
                    typeKnown = true;
                }
                case "from" -> from = field;
                case "source", "src" -> source = field;
                case "target", "dst", "destination" -> target = field;
                case "readonly", "ro", "readwrite", "rw" -> {
                    if (literal && !BOOLS.contains(v)) {
                        return at(field.valueSpan(), "invalid value for " + key + ": " + v, null);
                    }
                }
                case "required" -> {
                    if (!typeKnown) {
                        continue;
                    }
                    if (!type.equals("secret") && !type.equals("ssh")) {
                        return at(field.keySpan(), "unexpected key '" + key + "' for mount type '" + type + "'", null);
                    }
                    if (literal && !BOOLS.contains(v)) {
                        return at(field.valueSpan(), "invalid value for " + key + ": " + v, null);
                    }
                }
                case "size" -> {
                    if (!typeKnown) {
                        continue;
                    }
                    if (!type.equals("tmpfs")) {
                        return at(field.keySpan(), "unexpected key '" + key + "' for mount type '" + type + "'", null);
                    }
                    if (literal && !isRamSize(v)) {
                        return at(field.valueSpan(), "invalid value for " + key + ": " + v, null);
                    }
                }
                case "id" -> id = field;
                case "sharing" -> {
                    sharing = literal && !v.isEmpty() ? field : null;
                    if (literal && !SHARING.contains(lower(v))) {
                        String match = BuildErrors.closest(v, SHARING);
                        return at(field.valueSpan(), "unsupported sharing value " + quote(v)
                                + (match == null ? "" : " (did you mean " + BuildErrors.matchCase(v, match) + "?)"),
                                match == null ? null : BuildErrors.matchCase(v, match));
                    }
                }
                case "mode", "uid", "gid" -> {
                    if (literal && !isUint32(v, key.equals("mode") ? 8 : 10)) {
                        return at(field.valueSpan(), "invalid value " + v + " for " + key, null);
                    }
                    if (fileInfo == null && literal) {
                        fileInfo = field;
                        fileInfoKey = key;
                    }
                }
                case "env" -> env = true;
                default -> {
                    String match = BuildErrors.closest(key, KEYS);
                    return at(field.keySpan(), "unexpected key '" + key + "' in '" + field.text() + "'"
                            + (match == null ? "" : " (did you mean " + match + "?)"), match);
                }
            }
            if (!literal && !key.equals("type")) {
                valuesKnown = valuesKnown && !(key.equals("from") || key.equals("source") || key.equals("src")
                        || key.equals("target") || key.equals("dst") || key.equals("destination") || key.equals("id")
                        || key.equals("sharing"));
            }
        }
        if (!typeKnown) {
            return null;
        }
        boolean fileInfoAllowed = type.equals("secret") || type.equals("ssh") || type.equals("cache");
        if (!fileInfoAllowed && fileInfo != null) {
            return at(fileInfo.keySpan(), fileInfoKey + " not allowed for " + quote(type) + " type mounts", null);
        }
        if (type.equals("secret")) {
            if (from != null && !from.value().isEmpty()) {
                return at(from.keySpan(), "secret mount should not have a from", null);
            }
            if (sharing != null) {
                return at(sharing.keySpan(), "secret mount should not define sharing", null);
            }
            if (valuesKnown && !env && isEmpty(source) && isEmpty(target) && isEmpty(id)) {
                return at(typeField != null ? typeField.span() : new int[] {0, 0},
                        "invalid secret mount. one of source, target required", null);
            }
            if (valuesKnown && !isEmpty(source) && !isEmpty(id)) {
                CsvFields.Field later = source.start() > id.start() ? source : id;
                return at(later.keySpan(), "both source and id can't be set", null);
            }
        }
        if (sharing != null && !type.equals("cache")) {
            return at(sharing.keySpan(), "invalid cache sharing set for " + type + " mount", null);
        }
        // At dispatch, a bind, cache or tmpfs target that is the root itself (relative ones join WORKDIR, unknown here).
        if ((type.equals("bind") || type.equals("cache") || type.equals("tmpfs")) && target != null
                && !BuildErrors.dependsOnExpansion(target.value()) && isRoot(target.value())) {
            return at(target.valueSpan(), "invalid mount target \"/\"", null);
        }
        return null;
    }

    /** An absolute path that cleans to "/". */
    private static boolean isRoot(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                return false; // ".." at the root stays at the root, but anything else leaves it
            }
        }
        return true;
    }

    private static boolean isEmpty(CsvFields.Field field) {
        return field == null || field.value().isEmpty();
    }

    private static Problem at(int[] span, String message, String replacement) {
        return new Problem(message, span[0], span[1], replacement);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String quote(String s) {
        return dockerfilels.syntax.GoQuote.quote(s);
    }

    /** Go's strconv.ParseUint(v, base, 32) succeeds. */
    static boolean isUint32(String v, int base) {
        if (v.isEmpty() || v.length() > 40) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < v.length(); i++) {
            int digit = Character.digit(v.charAt(i), base);
            if (digit < 0 || v.charAt(i) > 127) {
                return false;
            }
            value = value * base + digit;
            if (value > 0xFFFFFFFFL) {
                return false;
            }
        }
        return true;
    }

    /**
     * go-units' RAMInBytes pattern {@code ^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$}, read by hand:
     * Java runs the repeated group by recursion, once per dot, and a long value overflowed the stack.
     */
    static boolean isRamSize(String v) {
        int n = v.length();
        int i = digits(v, 0);
        if (i == 0) {
            return false;
        }
        while (i + 1 < n && v.charAt(i) == '.' && digits(v, i + 1) > i + 1) {
            i = digits(v, i + 1);
        }
        if (i < n && v.charAt(i) == ' ') {
            i++;
        }
        if (i < n && "kKmMgGtTpP".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        if (i < n && (v.charAt(i) == 'i' || v.charAt(i) == 'I')) {
            i++;
        }
        if (i < n && (v.charAt(i) == 'b' || v.charAt(i) == 'B')) {
            i++;
        }
        return i == n;
    }

    /** The end of the run of ASCII digits from {@code from}. */
    private static int digits(String v, int from) {
        int i = from;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
