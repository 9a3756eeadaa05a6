package dockerfilels.semantics;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker image references as {@code distribution/reference.ParseNormalizedNamed} accepts them:
 * {@code [domain[:port]/]path[:tag][@digest]}, the path lower case, a bare name meaning
 * {@code docker.io/library/name}.
 */
public final class ImageReference {
    private static final String ALNUM = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|[-]+)";
    private static final String PATH_COMPONENT = ALNUM + "(?:" + SEPARATOR + ALNUM + ")*";
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN_NAME = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*";
    private static final String HOST = "(?:" + DOMAIN_NAME + "|\\[(?:[a-fA-F0-9:]+)\\])";
    private static final String DOMAIN = HOST + "(?::[0-9]+)?";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    private static final String NAME = "(?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
    private static final Pattern REFERENCE = Pattern.compile("^(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?$");
    private static final int MAX_LENGTH = 255 + 1 + 128 + 1 + "sha512:".length() + 128;
    private static final Pattern IDENTIFIER = Pattern.compile("^[a-f0-9]{64}$");

    private ImageReference() {
    }

    /**
     * A reference's parts after normalization: {@code domain} ({@code docker.io} for Docker Hub),
     * {@code path} ({@code library/alpine} for an official image), tag and digest (null when absent).
     */
    public record Parts(String domain, String path, String tag, String digest) {
        /** Neither tag nor digest given: the tag is {@code latest}. */
        public boolean implicitTag() {
            return tag == null && digest == null;
        }

        /** The full normalized name, e.g. {@code docker.io/library/alpine:latest}. */
        public String normalized() {
            return domain + "/" + path + (implicitTag() ? ":latest" : tag == null ? "" : ":" + tag)
                    + (digest == null ? "" : "@" + digest);
        }
    }

    /** Whether BuildKit can parse {@code s} as an image reference (ParseNormalizedNamed succeeds). */
    public static boolean isValid(String s) {
        return parse(s) != null;
    }

    /** The parts of a reference BuildKit can parse, or null. */
    public static Parts parse(String s) {
        // No valid reference is longer (a 255-char name, a 128-char tag, a sha512 digest), and the
        // pattern's repeated groups recurse once per component: a long name overflowed the stack.
        if (s.length() > MAX_LENGTH || IDENTIFIER.matcher(s).matches()) {
            return null;
        }
        int slash = s.indexOf('/');
        String domain;
        String remainder;
        if (slash < 0 || (!containsAny(s.substring(0, slash), ".:") && !s.substring(0, slash).equals("localhost")
                && s.substring(0, slash).toLowerCase(Locale.ROOT).equals(s.substring(0, slash)))) {
            domain = "docker.io";
            remainder = s;
        } else {
            domain = s.substring(0, slash);
            remainder = s.substring(slash + 1);
        }
        if (domain.equals("index.docker.io")) {
            domain = "docker.io";
        }
        if (domain.equals("docker.io") && remainder.indexOf('/') < 0) {
            remainder = "library/" + remainder;
        }
        int colon = remainder.indexOf(':');
        String remote = colon < 0 ? remainder : remainder.substring(0, colon);
        if (!remote.toLowerCase(Locale.ROOT).equals(remote)) {
            return null;
        }
        Matcher m = REFERENCE.matcher(domain + "/" + remainder);
        if (!m.matches() || m.group(1).length() > 255) {
            return null;
        }
        if (m.group(3) != null && !validDigest(m.group(3))) {
            return null;
        }
        return new Parts(domain, m.group(1).substring(domain.length() + 1), m.group(2), m.group(3));
    }

    /** go-digest's Validate: a known algorithm and lower-case hex of its length. */
    private static boolean validDigest(String digest) {
        int colon = digest.indexOf(':');
        String algorithm = digest.substring(0, colon);
        String hex = digest.substring(colon + 1);
        int length = switch (algorithm) {
            case "sha256" -> 64;
            case "sha384" -> 96;
            case "sha512" -> 128;
            default -> -1;
        };
        return hex.length() == length && hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static boolean containsAny(String s, String chars) {
        for (char c : chars.toCharArray()) {
            if (s.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
