package dockerfilels.rules.optimize;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.StageRule;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Scope;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.commands.PackageManagers;
import dockerfilels.semantics.commands.PackageManagers.Invocation;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.semantics.commands.RunMounts;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A package manager's cache left in a RUN's layer. What is written in one layer stays in the image
 * even if a later RUN deletes it, so the cache must be avoided or removed by the same RUN, or kept
 * out of the layer by a cache (or tmpfs) mount on its folder; then the rule stays silent.
 *
 * <p>Only stages whose layers end up in an image are checked ({@link LayerCaches#shipped}): the
 * last stage, stages nothing uses (built with {@code --target}) and the stages those are built
 * {@code FROM}. A stage that other stages only copy files from ships none of its layers, so a cache
 * there costs no image anything; hadolint's users file exactly this noise against its cache rules,
 * and hadolint itself skips such stages for DL3009 and DL3060. Here all of them skip it.
 */
abstract class PackageCacheRule implements StageRule {

    /** The tool whose cache this rule is about. */
    abstract Tool tool();

    /** Whether this call leaves the cache in the layer, whatever comes after it. */
    abstract boolean leavesCache(Invocation call, Scope scope, List<ShellCommand> commands);

    /** Whether a command removes the cache (when it runs after the call). */
    abstract boolean cleans(ShellCommand command);

    abstract String message(Invocation call);

    /** The fix for {@code call}; {@code calls} are all the calls of the tool in the RUN that leave the cache. */
    abstract Fix fix(Instruction run, Invocation call, List<Invocation> calls, char escape);

    @Override
    public void check(LintContext context, Stage stage, Findings findings) {
        Set<Stage> shipped = null; // computed for the first RUN that calls the tool: most files never need it
        for (Instruction instruction : stage.instructions()) {
            ShellScript script = ShellScript.of(instruction);
            if (script.isEmpty() || PackageManagers.in(script).stream().noneMatch(c -> c.tool() == tool())) {
                continue;
            }
            if (shipped == null) {
                shipped = LayerCaches.shipped(context);
            }
            if (shipped.contains(stage)) {
                check(context, instruction, script, findings);
            }
        }
    }

    private void check(LintContext context, Instruction instruction, ShellScript script, Findings findings) {
        List<ShellCommand> commands = script.commands();
        Scope scope = null;
        List<Invocation> leaving = new ArrayList<>();
        for (int k = 0; k < commands.size(); k++) {
            Invocation call = PackageManagers.of(commands.get(k));
            if (call == null || call.tool() != tool()) {
                continue;
            }
            if (scope == null) {
                scope = context.variables().before(instruction);
            }
            if (leavesCache(call, scope, commands) && !cleanedAfter(commands, k) && !mounted(instruction, call, scope, commands)) {
                leaving.add(call);
            }
        }
        if (leaving.isEmpty()) {
            return;
        }
        Instruction run = instruction.is(Keyword.ONBUILD) ? instruction.trigger() : instruction;
        // One finding per RUN, on the first call: its fix covers every call that leaves the cache.
        Invocation call = leaving.get(0);
        findings.report(instruction, LayerCaches.nameThrough(call.command(), call.verbWord()), message(call),
                fix(run, call, leaving, context.model().escape()));
    }

    /** Folders the call is told to keep its cache in besides the tool's usual ones ({@code pip --cache-dir}). */
    List<String> cacheDirsOf(Invocation call) {
        return List.of();
    }

    /** The folders whose mount keeps this rule's cache out of the layer: by default the tool's cache folders. */
    List<String> layerDirs() {
        return tool().cacheDirs();
    }

    private boolean mounted(Instruction instruction, Invocation call, Scope scope, List<ShellCommand> commands) {
        if (LayerCaches.mountCovers(instruction, layerDirs(), tool().cacheVariables(), scope, commands)) {
            return true;
        }
        for (String dir : cacheDirsOf(call)) {
            if (RunMounts.covers(instruction, dir)) {
                return true;
            }
        }
        return false;
    }

    private boolean cleanedAfter(List<ShellCommand> commands, int index) {
        for (int k = index + 1; k < commands.size(); k++) {
            if (cleans(commands.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the command is {@code rm} of one of these folders, something inside them, or a path only known at build time. */
    static boolean removes(ShellCommand command, String... folders) {
        if (!command.is("rm")) {
            return false;
        }
        for (ShellWord operand : command.operands()) {
            if (operand.expands() && operand.value().startsWith("$")) {
                return true;
            }
            for (String folder : folders) {
                String value = operand.value();
                if (value.equals(folder) || value.startsWith(folder + "/") || value.equals(folder + "*")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A fix that adds a flag after the verb of every call ({@code apk add --no-cache}). */
    static Fix addFlag(String title, List<Invocation> calls, String flag) {
        List<TextEdit> edits = new ArrayList<>();
        for (Invocation call : calls) {
            if (call.verbWord() != null) {
                edits.add(LayerCaches.insertAfter(call.verbWord(), flag));
            }
        }
        return edits.isEmpty() ? null : new Fix(title, edits, true);
    }

    /** A fix that runs {@code cleanup} after the last call of the tool that leaves the cache. */
    static Fix appendCleanup(String title, Instruction run, List<Invocation> calls, String cleanup, char escape) {
        Invocation last = calls.get(calls.size() - 1);
        TextEdit edit = LayerCaches.append(run, last.command(), cleanup, escape);
        return edit == null ? null : Fix.safe(title, edit);
    }
}
