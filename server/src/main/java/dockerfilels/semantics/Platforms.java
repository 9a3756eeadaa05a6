package dockerfilels.semantics;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** containerd's {@code platforms.Parse}, as BuildKit uses it for {@code FROM --platform}, on a linux/amd64 host. */
public final class Platforms {
    /** An operating system, architecture and variant, normalized. */
    public record Platform(String os, String architecture, String variant) {
    }

    private static final Pattern COMPONENT = Pattern.compile("^[A-Za-z0-9_-]+$");
    private static final Pattern OS_WITH_VERSION = Pattern.compile("^([A-Za-z0-9_-]+)(?:\\(([A-Za-z0-9_.-]*)\\))?$");
    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
            "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    private Platforms() {
    }

    /** The platform, or null where containerd reports an error. */
    public static Platform parse(String specifier) {
        if (specifier.contains("*")) {
            return null;
        }
        String[] parts = specifier.split("/", -1);
        String os = null;
        Matcher osMatch = OS_WITH_VERSION.matcher(parts[0]);
        if (osMatch.matches()) {
            os = osMatch.group(1);
        } else {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!COMPONENT.matcher(parts[i]).matches()) {
                return null;
            }
        }
        switch (parts.length) {
            case 1 -> {
                boolean hasVersion = osMatch.group(2) != null;
                String normalized = normalizeOs(os);
                if (KNOWN_OS.contains(normalized)) {
                    return new Platform(normalized, "amd64", "");
                }
                if (hasVersion) {
                    return null;
                }
                String[] arch = normalizeArch(parts[0], "");
                if (KNOWN_ARCH.contains(arch[0])) {
                    return new Platform("linux", arch[0], arch[0].equals("arm") && arch[1].equals("v7") ? "" : arch[1]);
                }
                return null;
            }
            case 2, 3 -> {
                String[] arch = normalizeArch(parts[1], parts.length == 3 ? parts[2] : "");
                String variant = arch[0].equals("arm64") && arch[1].isEmpty() ? "v8" : arch[1];
                return new Platform(normalizeOs(os), arch[0], variant);
            }
            default -> {
                return null;
            }
        }
    }

    private static String normalizeOs(String os) {
        String lower = os.toLowerCase(Locale.ROOT);
        return lower.equals("macos") ? "darwin" : lower;
    }

    /** containerd's normalizeArch: {@code [architecture, variant]}. */
    private static String[] normalizeArch(String arch, String variant) {
        arch = arch.toLowerCase(Locale.ROOT);
        variant = variant.toLowerCase(Locale.ROOT);
        switch (arch) {
            case "i386":
                return new String[] {"386", ""};
            case "x86_64", "x86-64", "amd64":
                return new String[] {"amd64", variant.equals("v1") ? "" : variant};
            case "aarch64", "arm64":
                return new String[] {"arm64", variant.equals("8") || variant.equals("v8") || variant.equals("v8.0") ? "" : variant};
            case "armhf":
                return new String[] {"arm", "v7"};
            case "armel":
                return new String[] {"arm", "v6"};
            case "arm":
                switch (variant) {
                    case "", "7":
                        return new String[] {"arm", "v7"};
                    case "5", "6", "8":
                        return new String[] {"arm", "v" + variant};
                    default:
                        return new String[] {"arm", variant};
                }
            default:
                return new String[] {arch, variant};
        }
    }
}
