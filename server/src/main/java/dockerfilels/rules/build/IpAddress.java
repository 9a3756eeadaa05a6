package dockerfilels.rules.build;

/** Go's {@code net.ParseIP}: an IPv4 dotted quad (no leading zeros) or an IPv6 address (no zone). */
final class IpAddress {
    private IpAddress() {
    }

    static boolean isValid(String s) {
        return s.indexOf(':') >= 0 ? isIPv6(s) : isIPv4(s);
    }

    static boolean isIPv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIPv6(String s) {
        int ellipsis = s.indexOf("::");
        if (ellipsis >= 0 && s.indexOf("::", ellipsis + 1) >= 0) {
            return false;
        }
        int groups;
        if (ellipsis >= 0) {
            String head = s.substring(0, ellipsis);
            String tail = s.substring(ellipsis + 2);
            int h = head.isEmpty() ? 0 : countGroups(head, false);
            int t = tail.isEmpty() ? 0 : countGroups(tail, true);
            if (h < 0 || t < 0) {
                return false;
            }
            groups = h + t;
            return groups <= 7;
        }
        groups = countGroups(s, true);
        return groups == 8;
    }

    /** The number of 16-bit groups in a ':'-separated run (an IPv4 tail counts as two), or -1. */
    private static int countGroups(String s, boolean ipv4TailAllowed) {
        String[] parts = s.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && ipv4TailAllowed && part.indexOf('.') >= 0) {
                if (!isIPv4(part)) {
                    return -1;
                }
                count += 2;
                continue;
            }
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                return -1;
            }
            count++;
        }
        return count;
    }
}
