package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** hadolint's DL3013, off by default: pip install of a package without a version specifier. */
public final class UnpinnedPipPackage extends UnpinnedPackages {
    private static final Set<String> PIP_VALUED = Set.of("--abi", "-b", "--build", "-e", "--editable", "--extra-index-url",
            "-f", "--find-links", "-i", "--index-url", "--implementation", "--no-binary", "--only-binary", "--platform",
            "--prefix", "--progress-bar", "--proxy", "--python", "--python-version", "--root", "--root-user-action", "--src",
            "-t", "--target", "--trusted-host", "--upgrade-strategy", "-r", "--requirement", "-c", "--constraint",
            "--cache-dir", "--log", "--timeout", "--retries", "--report", "--config-settings", "-C", "--global-option");
    private static final String[] SPECIFIERS = {"==", ">=", "<=", ">", "<", "!=", "~=", "@"};
    private static final RuleInfo INFO = UnpinnedPackages.info("UnpinnedPipPackage",
            "pip install without package versions",
            "Without a version specifier (`package==1.2.3`), each build installs the latest release, and a new major"
                    + " version can break the image. Pin each package, or install from a requirements or constraints"
                    + " file with pinned versions (`-r requirements.txt`, `-c constraints.txt`). Off by default (see below)."
                    + " Packages given in an ARG or ENV are checked with its value.",
            "FROM python:3.13\nRUN pip install --no-cache-dir flask\n",
            "FROM python:3.13\nRUN pip install --no-cache-dir flask==3.1.0\n",
            "DL3013");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    List<ShellWord> packages(ShellCommand command) {
        String name = command.name();
        if (name.matches("pip[0-9.]*")) {
            return afterSubcommand(command.operandsSkipping(PIP_VALUED), Set.of("install"));
        }
        if (name.matches("python[0-9.]*")) {
            List<ShellWord> arguments = command.arguments();
            for (int k = 0; k + 1 < arguments.size(); k++) {
                if (arguments.get(k).value().equals("-m") && arguments.get(k + 1).value().equals("pip")) {
                    return afterSubcommand(operands(arguments.subList(k + 2, arguments.size())), Set.of("install"));
                }
            }
        }
        return List.of();
    }

    private static List<ShellWord> operands(List<ShellWord> arguments) {
        List<ShellWord> operands = new ArrayList<>();
        for (int k = 0; k < arguments.size(); k++) {
            ShellWord word = arguments.get(k);
            if (word.isOption()) {
                k += PIP_VALUED.contains(word.value()) ? 1 : 0;
            } else {
                operands.add(word);
            }
        }
        return operands;
    }

    /** A specifier, a URL or VCS reference, a path, or a wheel or source archive. */
    @Override
    boolean pinned(String pkg) {
        for (String specifier : SPECIFIERS) {
            if (pkg.contains(specifier)) {
                return true;
            }
        }
        return pkg.contains("/") || pkg.startsWith(".") || pkg.endsWith(".whl") || pkg.endsWith(".tar.gz") || pkg.endsWith(".zip");
    }

    @Override
    String message(List<String> unpinned) {
        return "Pin versions in pip install (" + String.join(", ", unpinned) + ": package==version)";
    }
}
