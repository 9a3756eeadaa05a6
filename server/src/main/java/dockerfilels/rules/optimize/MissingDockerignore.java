package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.Word;
import dockerfilels.workspace.BuildContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The whole build context is copied ({@code COPY . .}, {@code ADD . /app}) and the context has no
 * {@code .dockerignore}. Only when the context is known (a Dockerfile on disk). The fix creates a
 * {@code .dockerignore} with the usual entries, leaving out any the Dockerfile copies by name.
 */
public final class MissingDockerignore implements Rule {
    private static final RuleInfo INFO = OptimizeRules.info("MissingDockerignore", Severity.INFORMATION, Category.BUILD_SPEED,
            "The whole build context is copied and there is no .dockerignore",
            "`COPY . .` sends everything in the build context to the builder and into the image: the .git folder,"
                    + " node_modules and build outputs from the host (slow to send, large, and they break the layer cache"
                    + " whenever any of them changes), and .env files with their secrets. A .dockerignore next to the"
                    + " Dockerfile (at the root of the build context) leaves them out. The quick fix creates one with the"
                    + " usual entries; read it before you build.",
            "FROM node:20-slim\nWORKDIR /app\nCOPY . .\n", "FROM node:20-slim\nWORKDIR /app\nCOPY src ./src\n");

    /** The usual entries, each with the name that, copied by the Dockerfile, means it must stay in the context. */
    private static final List<String[]> ENTRIES = List.of(
            new String[] {".git", ".git"},
            new String[] {"**/node_modules", "node_modules"},
            new String[] {"**/.env", ".env"},
            new String[] {"**/.env.*", ".env"},
            new String[] {"**/__pycache__", "__pycache__"},
            new String[] {"**/*.pyc", ".pyc"},
            new String[] {".venv", ".venv"},
            new String[] {"**/target", "target"},
            new String[] {"**/dist", "dist"},
            new String[] {"**/build", "build"},
            new String[] {"**/*.log", ".log"},
            new String[] {".idea", ".idea"},
            new String[] {".vscode", ".vscode"},
            new String[] {"Dockerfile*", "Dockerfile"},
            new String[] {".dockerignore", ".dockerignore"});
    private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "/");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        if (context.buildContext() == BuildContext.NONE || context.buildContext().read(".dockerignore").isPresent()) {
            return;
        }
        List<Copies> all = new ArrayList<>();
        Instruction at = null;
        Word whole = null;
        for (Stage stage : context.stages().all()) {
            Copies copies = context.stageShared(stage, Copies.class, () -> Copies.of(stage));
            all.add(copies);
            if (whole == null && copies.whole() != null) {
                whole = copies.whole();
                at = copies.at();
            }
        }
        if (whole == null) {
            return;
        }
        long copied = 0;
        for (Copies copies : all) {
            copied |= copies.copiedEntries();
        }
        String folder = context.settings().buildContext();
        String path = folder == null || folder.isBlank() || folder.equals(".") ? ".dockerignore"
                : folder.replace('\\', '/').replaceAll("/+$", "") + "/.dockerignore";
        findings.report(at, whole.range(), at.keyword().text() + " copies the whole build context, which has no .dockerignore",
                Fix.create("Create a .dockerignore", new Fix.NewFile(path, contents(copied))));
    }

    /** What one stage copies from the build context, and its first copy of the whole context (kept with the stage). */
    private record Copies(List<String> sources, Instruction at, Word whole, long copiedEntries) {

        static Copies of(Stage stage) {
            List<String> sources = new ArrayList<>();
            Instruction at = null;
            Word whole = null;
            for (Instruction instruction : stage.instructions()) {
                if ((!instruction.is(Keyword.COPY) && !instruction.is(Keyword.ADD)) || instruction.flag("from") != null) {
                    continue;
                }
                List<Word> args = instruction.arguments();
                for (int i = 0; i < args.size() - 1; i++) {
                    String source = args.get(i).text().replace("\"", "");
                    sources.add(source);
                    if (whole == null && WHOLE_CONTEXT.contains(source)) {
                        whole = args.get(i);
                        at = instruction;
                    }
                }
            }
            return new Copies(List.copyOf(sources), at, whole, MissingDockerignore.copiedEntries(sources));
        }
    }

    /** Which of the usual entries these sources copy explicitly, one bit per entry (a stage's is kept with it). */
    private static long copiedEntries(java.util.Collection<String> sources) {
        long copied = 0;
        for (int k = 0; k < ENTRIES.size(); k++) {
            String name = ENTRIES.get(k)[1];
            if (sources.stream().anyMatch(s -> !WHOLE_CONTEXT.contains(s) && s.contains(name))) {
                copied |= 1L << k;
            }
        }
        return copied;
    }

    /** The usual entries but those whose name the Dockerfile copies explicitly. */
    private static String contents(long copied) {
        StringBuilder text = new StringBuilder("# Keeps the build context small and secrets out of the image.\n");
        for (int k = 0; k < ENTRIES.size(); k++) {
            String[] entry = ENTRIES.get(k);
            if ((copied & 1L << k) == 0) {
                text.append(entry[0]).append('\n');
            }
        }
        return text.toString();
    }
}
