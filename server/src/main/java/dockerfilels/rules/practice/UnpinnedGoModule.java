package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * hadolint's DL3062, off by default: {@code go install module@latest} (or a branch), or {@code go get}
 * of a remote module without a version. {@code go install module} without {@code @} is not
 * reported: it builds the version the current module's go.mod requires. Local packages
 * ({@code .}, {@code ./cmd/...}) are the build's own code.
 */
public final class UnpinnedGoModule extends UnpinnedPackages {
    private static final Set<String> GO_VALUED = Set.of("-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-tags", "-o",
            "-mod", "-modfile", "-p", "-buildmode", "-pkgdir", "-toolexec", "-overlay", "-C", "-exec", "-compiler",
            "-installsuffix", "-pgo", "-covermode", "-coverpkg", "-buildvcs");
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedGoModule",
            "go install of a module without a version",
            "`go install example.com/tool@latest` (or without a version) builds whatever the module's latest release"
                    + " is at build time. Name the version: `example.com/tool@v1.2.3`. Off by default (see below)."
                    + " Modules given in an ARG or ENV are checked with its value.",
            "FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@latest\n",
            "FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@v0.26.0\n",
            "DL3062");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        if (!command.is("go")) {
            return List.of();
        }
        List<ShellWord> operands = command.operandsSkipping(GO_VALUED);
        if (!operands.isEmpty() && operands.get(0).value().equals("install")) {
            // Without @version, go install builds the version the current module requires (or fails outside one).
            return afterSubcommand(operands, Set.of("install")).stream().filter(w -> w.value().contains("@")).toList();
        }
        return afterSubcommand(operands, Set.of("get"));
    }

    /** Local, standard-library or versioned: only a path whose first element has a dot is a remote module. */
    @Override
    boolean pinned(String module) {
        int at = module.lastIndexOf('@');
        String path = at >= 0 ? module.substring(0, at) : module;
        String version = at >= 0 ? module.substring(at + 1) : "";
        int slash = path.indexOf('/');
        String first = slash >= 0 ? path.substring(0, slash) : path;
        if (path.startsWith(".") || path.startsWith("/") || !first.contains(".")) {
            return true;
        }
        return !version.isEmpty() && !Set.of("latest", "upgrade", "patch", "master", "main", "HEAD").contains(version);
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin module versions in go install (" + String.join(", ", unpinned) + ": module@v1.2.3)";
    }
}
