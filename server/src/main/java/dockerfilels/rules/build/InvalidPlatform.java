package dockerfilels.rules.build;

import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code FROM --platform} values containerd's {@code platforms.Parse} rejects (BuildKit runs it on
 * every stage and wraps its error as {@code failed to parse platform <value>}): wildcards, an os
 * component outside {@code [A-Za-z0-9_-]}, a later component outside {@code [A-Za-z0-9_.-]}, more
 * than os/arch/variant, and a lone component that is neither a known os nor a known architecture.
 * Values with an {@code os(version)} part and values with variables are left alone.
 */
public final class InvalidPlatform implements InstructionRule {
    private static final RuleInfo INFO = BuildErrors.info("InvalidPlatform", "from",
            "FROM --platform value that cannot be a platform",
            "--platform takes os[/arch[/variant]], e.g. linux/amd64 or linux/arm/v7, or a variable such as $BUILDPLATFORM.",
            "FROM --platform=linux/amd64/v2/extra alpine\n", "FROM --platform=linux/amd64 alpine\n");
    /** containerd/platforms {@code specifierRe}, for every component after the first. */
    private static final String COMPONENT = "^[A-Za-z0-9_.-]+$";
    private static final Pattern COMPONENT_PATTERN = Pattern.compile(COMPONENT);
    /** containerd/platforms {@code osRe}, for the first component. */
    private static final String OS_COMPONENT = "^([A-Za-z0-9_-]+)(?:\\(([A-Za-z0-9_.%-]*)((?:\\+[A-Za-z0-9_.%-]+)*)\\))?$";
    private static final Pattern OS_PATTERN = Pattern.compile("^[A-Za-z0-9_-]+$");
    /** containerd/platforms {@code isKnownOS}. */
    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
    /** containerd/platforms {@code isKnownArch}. */
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64",
            "arm64be", "ppc64", "ppc64le", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32",
            "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        Flag flag = instruction.is(Keyword.FROM) ? instruction.flag("platform") : null;
        if (flag == null || flag.value() == null || flag.value().isEmpty() || BuildErrors.dependsOnExpansion(flag.value())) {
            return;
        }
        String problem = problem(flag.value());
        if (problem != null) {
            findings.report(instruction, BuildErrors.valueRange(flag), "failed to parse platform " + flag.value() + ": " + problem);
        }
    }

    /** platforms.Parse's error for the specifier, or null. */
    static String problem(String specifier) {
        if (specifier.contains("*")) {
            return GoQuote.quote(specifier) + ": wildcards not yet supported: invalid argument";
        }
        String[] parts = specifier.split("/", 4); // strings.SplitN(specifier, "/", 4)
        if (parts[0].contains("(")) {
            return null; // os(version[+feature]): not ours to judge
        }
        if (!OS_PATTERN.matcher(parts[0]).matches()) {
            return GoQuote.quote(parts[0]) + " is an invalid OS component of " + GoQuote.quote(specifier)
                    + ": OSAndVersion specifier component must match " + GoQuote.quote(OS_COMPONENT) + ": invalid argument";
        }
        for (int i = 1; i < parts.length; i++) {
            if (!COMPONENT_PATTERN.matcher(parts[i]).matches()) {
                return GoQuote.quote(parts[i]) + " is an invalid component of " + GoQuote.quote(specifier)
                        + ": platform specifier component must match " + GoQuote.quote(COMPONENT) + ": invalid argument";
            }
        }
        if (parts.length == 1 && !KNOWN_OS.contains(normalizeOs(parts[0])) && !KNOWN_ARCH.contains(normalizeArch(parts[0]))) {
            return GoQuote.quote(specifier) + ": unknown operating system or architecture: invalid argument";
        }
        if (parts.length > 3) {
            return GoQuote.quote(specifier) + ": cannot parse platform specifier: invalid argument";
        }
        return null;
    }

    private static String normalizeOs(String os) {
        String lower = os.toLowerCase(Locale.ROOT);
        return lower.equals("macos") ? "darwin" : lower;
    }

    private static String normalizeArch(String arch) {
        String lower = arch.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "i386" -> "386";
            case "x86_64", "x86-64" -> "amd64";
            case "aarch64" -> "arm64";
            case "armhf", "armel" -> "arm";
            default -> lower;
        };
    }
}
