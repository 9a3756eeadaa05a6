package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EXPOSE ports BuildKit rejects ({@code dockerfile2llb/convert_expose.go}):
 * {@code [ip:][hostPort:]containerPort[-end][/tcp|udp|sctp]} with ports 0-65535, ranges low-high,
 * an IP literal (no host names) and matching range lengths. Words with variables are only known
 * after expansion and are left alone. (IP and host port are accepted; ExposeInvalidFormat warns.)
 */
public final class InvalidExposePort implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidExposePort", "expose",
            "EXPOSE port that BuildKit rejects",
            "EXPOSE takes port[/protocol] or a range low-high[/protocol]; ports are 0-65535 and the protocol tcp, udp or sctp."
                    + " hadolint's DL3011 checks the port numbers only.",
            "FROM nginx\nEXPOSE 80/http 70000\n", "FROM nginx\nEXPOSE 80/tcp 443\n").withAliases("DL3011");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        if (!instruction.is(Keyword.EXPOSE)) {
            return;
        }
        for (Word word : instruction.arguments()) {
            if (BuildErrors.dependsOnExpansion(word.text())) {
                continue;
            }
            String problem = problem(word.text());
            if (problem != null) {
                findings.report(instruction, word.range(), problem);
            }
        }
    }

    /** BuildKit's parsePortSpec error, or null; {@code ports} lists the exposed ports when it parses. */
    static String problem(String raw) {
        return parse(raw, new ArrayList<>());
    }

    static String parse(String raw, List<String> ports) {
        String[] parts = raw.split(":", -1);
        String ip;
        String hostPort;
        String containerPort;
        int n = parts.length;
        if (n == 1) {
            ip = "";
            hostPort = "";
            containerPort = parts[0];
        } else if (n == 2) {
            ip = "";
            hostPort = parts[0];
            containerPort = parts[1];
        } else {
            ip = String.join(":", java.util.Arrays.copyOfRange(parts, 0, n - 2));
            hostPort = parts[n - 2];
            containerPort = parts[n - 1];
        }
        int slash = containerPort.indexOf('/');
        String proto = slash < 0 ? "" : containerPort.substring(slash + 1);
        containerPort = slash < 0 ? containerPort : containerPort.substring(0, slash);
        if (containerPort.isEmpty()) {
            return "invalid port: " + GoQuote.quote(raw) + ": no port specified";
        }
        proto = proto.toLowerCase(Locale.ROOT);
        if (proto.isEmpty()) {
            proto = "tcp";
        } else if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
            return "invalid proto: " + proto;
        }
        if (!ip.isEmpty() && ip.charAt(0) == '[') {
            int close = ip.indexOf(']');
            if (close != ip.length() - 1 || ip.indexOf('[', 1) >= 0) {
                return null; // net.SplitHostPort's own error; too rare to spell out, so stay silent
            }
            ip = ip.substring(1, close);
        }
        if (!ip.isEmpty() && !IpAddress.isValid(ip)) {
            return "invalid IP address: " + ip;
        }
        long[] container = range(containerPort);
        if (container == null) {
            return "invalid containerPort: " + containerPort;
        }
        if (!hostPort.isEmpty()) {
            long[] host = range(hostPort);
            if (host == null) {
                return "invalid hostPort: " + hostPort;
            }
            if (container[1] - container[0] != host[1] - host[0] && container[1] != container[0]) {
                return "invalid ranges specified for container and host Ports: " + containerPort + " and " + hostPort;
            }
        }
        for (long p = container[0]; p <= container[1]; p++) {
            ports.add(p + "/" + proto);
        }
        return null;
    }

    /** parsePortRange: {@code [start, end]}, or null on any error. */
    private static long[] range(String ports) {
        if (ports.isEmpty()) {
            return null;
        }
        if (!ports.contains("-")) {
            long p = uint16(ports);
            return p < 0 ? null : new long[] {p, p};
        }
        String[] parts = ports.split("-", -1);
        if (parts.length != 2) {
            return null;
        }
        long start = uint16(parts[0]);
        long end = uint16(parts[1]);
        if (start < 0 || end < 0 || end < start) {
            return null;
        }
        return new long[] {start, end};
    }

    private static long uint16(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        String digits = s.replaceFirst("^0+(?=.)", ""); // strconv.ParseUint takes any number of leading zeros
        if (digits.length() > 5) {
            return -1;
        }
        long v = Long.parseLong(digits);
        return v > 65535 ? -1 : v;
    }
}
