package dockerfilels.rules.practice;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Severity;
import java.util.Map;

/** hadolint's DL3027: apt is for people at a terminal; scripts use apt-get and apt-cache. */
public final class AptInsteadOfAptGet implements InstructionRule {
    /** What each apt subcommand is in the stable tools (full-upgrade is apt-get's dist-upgrade, a different word, so no fix). */
    private static final Map<String, String> REPLACEMENT = Map.ofEntries(Map.entry("install", "apt-get"),
            Map.entry("update", "apt-get"), Map.entry("upgrade", "apt-get"), Map.entry("remove", "apt-get"),
            Map.entry("purge", "apt-get"), Map.entry("autoremove", "apt-get"), Map.entry("clean", "apt-get"),
            Map.entry("autoclean", "apt-get"), Map.entry("dist-upgrade", "apt-get"), Map.entry("source", "apt-get"),
            Map.entry("build-dep", "apt-get"), Map.entry("download", "apt-get"), Map.entry("satisfy", "apt-get"),
            Map.entry("search", "apt-cache"), Map.entry("show", "apt-cache"), Map.entry("policy", "apt-cache"),
            Map.entry("depends", "apt-cache"), Map.entry("rdepends", "apt-cache"), Map.entry("showsrc", "apt-cache"));
    private static final RuleInfo INFO = PracticeRules.info("AptInsteadOfAptGet", Severity.WARNING, Category.BEST_PRACTICE,
            "Use apt-get or apt-cache instead of apt in a Dockerfile",
            "apt is the command for people at a terminal: its output and behaviour may change between releases and it"
                    + " warns \"apt does not have a stable CLI interface\" when used in scripts. apt-get and apt-cache"
                    + " are the stable commands for scripts.",
            "FROM debian:12\nRUN apt update && apt install -y curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
            "DL3027");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ShellCommand command : ShellScript.of(instruction).commands()) {
            if (!command.is("apt") || command.nameWord().value().contains("/")) {
                continue;
            }
            String subcommand = command.subcommand();
            String replacement = subcommand == null ? null : REPLACEMENT.get(subcommand);
            String use = replacement != null ? replacement : "apt-get";
            findings.report(instruction, command.nameWord().range(), "Use " + use + " instead of apt: apt has no stable interface for scripts",
                    replacement == null ? null
                            : RunPractices.fix("Use " + replacement, RunPractices.replace(command.nameWord(), replacement), true));
        }
    }
}
