package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import java.util.Set;

/**
 * hadolint's removed DL3005 and DL3017, kept as information: upgrading every package of the base
 * image inside a build. hadolint dropped them because upgrading for security fixes is a fair
 * choice; the point worth making is that the image then depends on the day it is built.
 */
public final class PackageUpgradeInRun implements InstructionRule {
    private static final Set<String> APT_UPGRADES = Set.of("upgrade", "dist-upgrade", "full-upgrade");
    private static final RuleInfo INFO = PracticeRules.info("PackageUpgradeInRun", Severity.INFORMATION, Category.BEST_PRACTICE,
            "Upgrading all packages of the base image in a build",
            "`apt-get upgrade`, `dist-upgrade` and `apk upgrade` change every package of the base image to what the"
                    + " repositories hold on the day of the build, so the same Dockerfile gives different images and"
                    + " the upgrade's files add a layer on top of the base's. A newer tag or digest of the base image"
                    + " gets the same fixes reproducibly. Keep the upgrade if you need fixes the base has not shipped yet.",
            "FROM debian:12\nRUN apt-get update && apt-get -y upgrade\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
            "DL3005", "DL3017");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            ShellWord subcommand = null;
            if (command.is("apt-get", "apt")) {
                subcommand = RunPractices.operand(command.operandsSkipping(AptGetWithoutYes.APT_VALUED), 0);
                subcommand = subcommand != null && APT_UPGRADES.contains(subcommand.value()) ? subcommand : null;
            } else if (command.is("apk")) {
                subcommand = RunPractices.operand(command.operandsSkipping(UnpinnedApkPackage.APK_VALUED), 0);
                subcommand = subcommand != null && subcommand.value().equals("upgrade") ? subcommand : null;
            }
            if (subcommand != null) {
                findings.report(instruction, subcommand.range(), "`" + command.name() + " " + subcommand.value()
                        + "` makes the image depend on the day it is built; prefer a newer base image");
            }
        }
    }
}
