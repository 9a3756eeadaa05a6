package dockerfilels.rules.practice;

import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellWord;
import java.util.List;
import java.util.Set;

/** What yum and dnf share: which words are packages, and what names a version ({@code httpd-2.4.57}). */
final class RpmPins {
    private RpmPins() {
    }

    /** The package words of {@code install}; {@code module install} takes {@code name:stream} words; groups are not packages. */
    static List<ShellWord> packages(ShellCommand command) {
        List<ShellWord> operands = command.operandsSkipping(YumWithoutYes.YUM_VALUED);
        if (operands.size() > 1 && operands.get(0).value().equals("module") && operands.get(1).value().equals("install")) {
            return operands.subList(2, operands.size());
        }
        return UnpinnedPackages.afterSubcommand(operands, Set.of("install"));
    }

    /** {@code name-version[-release]} (some part after a dash starts with a digit), {@code name:stream}, an .rpm, a path, or a group. */
    static boolean pinned(String pkg) {
        if (pkg.endsWith(".rpm") || pkg.contains("/") || pkg.startsWith("@") || pkg.contains(":") || pkg.contains("=")
                || pkg.contains(">") || pkg.contains("<")) {
            return true;
        }
        String[] parts = pkg.split("-");
        for (int k = 1; k < parts.length; k++) {
            if (!parts[k].isEmpty() && Character.isDigit(parts[k].charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
