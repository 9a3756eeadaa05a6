package dockerfilels.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's build-check configuration ({@code linter.ParseLintOptions}), as written in the
 * {@code # check=} directive and in {@code # check=} comments above an instruction:
 * {@code skip=<all|Rule,...>;error=<bool>;experimental=<all|Rule,...>}. Rule names are
 * case-sensitive; unknown names are ignored, as BuildKit does.
 */
public record CheckOptions(Set<String> skip, boolean skipAll, boolean error, Set<String> experimental,
        boolean experimentalAll) {

    public static final CheckOptions DEFAULT = new CheckOptions(Set.of(), false, false, Set.of(), false);

    /** Either options or the message BuildKit fails the build with. */
    public record Parsed(CheckOptions options, String error) {
    }

    /** Parses a directive value; only the text up to the first space counts, as in BuildKit. */
    public static Parsed parse(String value) {
        String text = value.strip();
        int space = text.indexOf(' ');
        if (space >= 0) {
            text = text.substring(0, space);
        }
        Set<String> skip = new HashSet<>();
        Set<String> experimental = new HashSet<>();
        boolean skipAll = false;
        boolean experimentalAll = false;
        boolean error = false;
        String[] parts = text.split(";", 3);
        for (String part : parts) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                return invalid(trimmed);
            }
            String key = trimmed.substring(0, eq).strip();
            String val = trimmed.substring(eq + 1).strip();
            switch (key) {
                case "skip" -> {
                    if (val.equals("all")) {
                        skipAll = true;
                    } else {
                        names(val, skip);
                    }
                }
                case "experimental" -> {
                    if (val.equals("all")) {
                        experimentalAll = true;
                    } else {
                        names(val, experimental);
                    }
                }
                case "error" -> {
                    Boolean parsed = goBool(val);
                    if (parsed == null) {
                        return new Parsed(null, "failed to parse check options: strconv.ParseBool: parsing "
                                + dockerfilels.syntax.GoQuote.quote(val) + ": invalid syntax");
                    }
                    error = parsed;
                }
                default -> {
                    return invalid(key);
                }
            }
        }
        return new Parsed(new CheckOptions(Set.copyOf(skip), skipAll, error, Set.copyOf(experimental), experimentalAll), null);
    }

    private static Parsed invalid(String part) {
        return new Parsed(null, "failed to parse check options: invalid check option " + dockerfilels.syntax.GoQuote.quote(part));
    }

    private static void names(String list, Set<String> into) {
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                into.add(name.strip());
            }
        }
    }

    /** Go's strconv.ParseBool. */
    static Boolean goBool(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> null;
        };
    }

    /**
     * These options with a {@code # check=} comment above one instruction merged in: skip and
     * experimental lists add up, {@code all} is or-ed in, {@code error} is ignored.
     */
    public CheckOptions merge(CheckOptions local) {
        Set<String> s = new HashSet<>(skip);
        s.addAll(local.skip);
        Set<String> e = new HashSet<>(experimental);
        e.addAll(local.experimental);
        return new CheckOptions(Set.copyOf(s), skipAll || local.skipAll, error, Set.copyOf(e),
                experimentalAll || local.experimentalAll);
    }

    /**
     * Whether a rule runs: an experimental rule only when enabled (then skip does not turn it
     * off); another rule unless skipped by name, or by {@code skip=all} for BuildKit's checks.
     */
    public boolean runs(RuleInfo rule) {
        if (rule.experimental()) {
            return experimentalAll || experimental.contains(rule.id());
        }
        if (skipAll && rule.isBuildKitCheck()) {
            return false;
        }
        for (String name : skip) {
            if (rule.answersTo(name)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "skip=%s%s;error=%s;experimental=%s%s", skip, skipAll ? "+all" : "", error,
                experimental, experimentalAll ? "+all" : "");
    }
}
