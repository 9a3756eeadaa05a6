package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code HEALTHCHECK ... CMD} options BuildKit rejects when it parses the instruction
 * ({@code instructions/parse.go}): durations that Go's {@code time.ParseDuration} rejects, non-zero
 * durations under 1ms, and a {@code --retries} that is not a 32-bit integer or is negative. The
 * values are never expanded, so {@code $VAR} is rejected too. {@code HEALTHCHECK NONE} ignores its flags.
 */
public final class InvalidHealthcheckOption implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidHealthcheckOption", "healthcheck",
            "HEALTHCHECK --interval, --timeout, --start-period, --start-interval or --retries value that BuildKit rejects",
            "The durations are Go durations (30s, 1m30s, 500ms; 0 means the default) of at least 1ms; --retries is a"
                    + " whole number of at least 0. BuildKit does not expand variables in them.",
            "FROM nginx\nHEALTHCHECK --interval=30 --retries=-1 CMD curl -f http://localhost/\n",
            "FROM nginx\nHEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/\n");
    private static final List<String> DURATIONS = List.of("interval", "timeout", "start-period", "start-interval");
    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(63);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.HEALTHCHECK) || instruction.arguments().isEmpty()) {
            return;
        }
        Word type = instruction.arguments().get(0);
        if (!type.text().toUpperCase(Locale.ROOT).equals("CMD")) {
            return;
        }
        for (Flag flag : instruction.flags()) {
            if (flag.value() == null || flag.value().isEmpty()) {
                continue;
            }
            String problem = null;
            if (DURATIONS.contains(flag.name())) {
                problem = durationProblem(flag.name(), flag.value());
            } else if (flag.name().equals("retries")) {
                problem = retriesProblem(flag.value());
            }
            if (problem != null) {
                findings.report(instruction, BuildErrors.valueRange(flag), problem);
            }
        }
    }

    /** BuildKit's parseOptInterval error for a non-empty value, or null. */
    static String durationProblem(String name, String value) {
        BigInteger nanos;
        try {
            nanos = parseDuration(value);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (nanos.signum() != 0 && nanos.compareTo(BigInteger.valueOf(1_000_000L)) < 0) {
            return "Interval " + GoQuote.quote(name) + " cannot be less than 1ms";
        }
        return null;
    }

    /** BuildKit's error for a non-empty --retries value, or null. */
    static String retriesProblem(String value) {
        String digits = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
        boolean syntax = !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!syntax) {
            return "strconv.ParseInt: parsing " + GoQuote.quote(value) + ": invalid syntax";
        }
        BigInteger n = new BigInteger(value.startsWith("+") ? digits : value);
        if (n.bitLength() > 31) {
            return "strconv.ParseInt: parsing " + GoQuote.quote(value) + ": value out of range";
        }
        if (n.signum() < 0) {
            return "--retries cannot be negative (" + n + ")";
        }
        return null;
    }

    /** Go's time.ParseDuration, in nanoseconds; throws with Go's message. */
    static BigInteger parseDuration(String orig) {
        String invalid = "time: invalid duration " + GoQuote.quote(orig);
        String s = orig;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return BigInteger.ZERO;
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException(invalid);
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c == '.' || (c >= '0' && c <= '9'))) {
                throw new IllegalArgumentException(invalid);
            }
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            boolean pre = i > start;
            String intPart = s.substring(start, i);
            String frac = "";
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fs = i;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                frac = s.substring(fs, i);
            }
            if (!pre && frac.isEmpty()) {
                throw new IllegalArgumentException(invalid);
            }
            if (pre && new BigInteger(intPart).compareTo(MAX) >= 0) {
                throw new IllegalArgumentException(invalid); // leadingInt overflow
            }
            int us = i;
            while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                i++;
            }
            if (i == us) {
                throw new IllegalArgumentException("time: missing unit in duration " + GoQuote.quote(orig));
            }
            String unitText = s.substring(us, i);
            Long unit = UNITS.get(unitText);
            if (unit == null) {
                throw new IllegalArgumentException("time: unknown unit " + GoQuote.quote(unitText) + " in duration "
                        + GoQuote.quote(orig));
            }
            BigDecimal number = new BigDecimal((pre ? intPart : "0") + (frac.isEmpty() ? "" : "." + frac));
            total = total.add(number.multiply(BigDecimal.valueOf(unit)));
            if (total.compareTo(new BigDecimal(MAX)) > 0) {
                throw new IllegalArgumentException(invalid);
            }
        }
        BigInteger nanos = total.toBigInteger();
        if (!neg && nanos.compareTo(MAX) >= 0) {
            throw new IllegalArgumentException(invalid);
        }
        return neg ? nanos.negate() : nanos;
    }
}
