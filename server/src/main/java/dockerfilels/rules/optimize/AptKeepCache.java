package dockerfilels.rules.optimize;

import dockerfilels.rules.LintContext;
import dockerfilels.rules.TextEdit;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.commands.PackageManagers;
import dockerfilels.semantics.commands.PackageManagers.Invocation;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import dockerfilels.semantics.commands.ShellCommand;
import dockerfilels.semantics.commands.ShellScript;
import dockerfilels.semantics.commands.ShellWord;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.TextPosition;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines Docker documents beside an apt cache mount: the Debian and Ubuntu images ship
 * {@code /etc/apt/apt.conf.d/docker-clean}, which deletes every downloaded package after an
 * install, so a cache mount on {@code /var/cache/apt} would keep nothing but the lists. The edit
 * removes it and tells apt to keep what it downloads, before the first apt command of the RUN, joined
 * in the RUN's own style: {@code &&} on one line (and in heredoc scripts), or a continuation line
 * indented as the RUN's others, after {@code ;} or {@code &&} as the RUN writes them.
 */
final class AptKeepCache {
    static final String CLEAN = "/etc/apt/apt.conf.d/docker-clean";
    private static final String KEEP = "echo 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' > /etc/apt/apt.conf.d/keep-cache";
    /** What may come before the command the lines go in front of, so that they run exactly when it would. */
    private static final Set<String> STARTS = Set.of("", ";", "\n", "&&");

    private final LintContext context;
    /** Whether each stage, or one it is built on, already keeps apt's downloads: worked out once per stage. */
    private final Map<Stage, Boolean> kept = new IdentityHashMap<>();

    /** For one lint: stages are looked at when an apt RUN first asks about them. */
    AptKeepCache(LintContext context) {
        this.context = context;
    }

    /** The edit for a RUN of the stage, or null when the stage already keeps apt's downloads or there is no safe place for it. */
    TextEdit edit(Stage stage, Instruction run, ShellScript script) {
        if (kept(stage)) {
            return null;
        }
        ShellCommand first = null;
        for (Invocation call : PackageManagers.in(script)) {
            if (call.tool() == Tool.APT) {
                first = call.command();
                break;
            }
        }
        if (first == null || run.isJson() || first.nesting() > 0 || !STARTS.contains(first.before())) {
            return null;
        }
        // Inside a chain of && the two lines are chained too, so that nothing after a failure runs.
        String lines = "rm -f " + CLEAN + (first.before().equals("&&") ? " && " : "; ") + KEEP;
        TextPosition at = start(first);
        if (LayerCaches.inHeredoc(run, at) || LayerCaches.lastShellLine(run) == run.startLine()) {
            return new TextEdit(new TextRange(at, at), lines + " && ");
        }
        return new TextEdit(new TextRange(at, at), lines + continuation(run, script, first, context.model().escape()));
    }

    /**
     * What ends the inserted lines in a multi-line RUN, in the RUN's style: {@code ; \} when its commands
     * are separated by {@code ;}, {@code && \} when its lines end with {@code &&}, else a line that
     * starts with {@code &&}; the next line indented as the RUN's others.
     */
    private static String continuation(Instruction run, ShellScript script, ShellCommand first, char escape) {
        String indent = LayerCaches.indent(run, first);
        String op = first.before().equals(";") || first.before().isEmpty() && first.after().equals(";") ? ";" : "&&";
        if (op.equals(";")) {
            return "; " + escape + "\n" + indent;
        }
        TextRange operator = first.afterRange();
        ShellCommand next = script.next(first);
        boolean trailing = first.after().equals("&&") && operator != null && next != null
                && next.range() != null && next.range().start().line() > operator.end().line();
        return trailing ? " && " + escape + "\n" + indent : " " + escape + "\n" + indent + "&& ";
    }

    /** Where the command starts: its first assignment ({@code DEBIAN_FRONTEND=noninteractive apt-get ...}) or word. */
    private static TextPosition start(ShellCommand command) {
        List<ShellWord> words = new ArrayList<>(command.assignments());
        words.addAll(command.words());
        TextPosition start = words.get(0).range().start();
        for (ShellWord word : words) {
            if (word.range().start().isBefore(start)) {
                start = word.range().start();
            }
        }
        return start;
    }

    /** Whether a RUN of the stage or of a stage it is built on already deals with docker-clean or keeps downloads. */
    private boolean kept(Stage stage) {
        List<Stage> chain = new ArrayList<>();
        Boolean known = null;
        for (Stage s = stage; s != null && (chain.isEmpty() || s.index() < chain.get(chain.size() - 1).index());
                s = context.variables().baseStage(s)) { // a base stage comes earlier in the file
            known = kept.get(s);
            if (known != null) {
                break;
            }
            chain.add(s);
        }
        boolean result = known != null && known;
        for (int k = chain.size() - 1; k >= 0; k--) {
            result = result || keepsItself(chain.get(k));
            kept.put(chain.get(k), result);
        }
        return kept.getOrDefault(stage, result);
    }

    private static boolean keepsItself(Stage stage) {
        for (Instruction instruction : stage.instructions()) {
            for (ShellCommand command : ShellScript.of(instruction).commands()) {
                for (ShellWord word : command.arguments()) {
                    if (word.value().contains("docker-clean") || word.value().contains("Keep-Downloaded-Packages")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
