package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.DockerIgnore;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.Variables;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.GoQuote;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's CopyIgnoredFile: a COPY or ADD source from the build context that {@code .dockerignore}
 * excludes (the path or a parent folder), so the build will not find it. Off when there is no
 * {@code .dockerignore} or it has an exception ({@code !pattern}); not for {@code --from}, URLs, git
 * sources or heredocs. The context root ({@code .} or {@code /}) only counts as excluded under
 * {@code *}, {@code **} or {@code **}{@code /*}.
 */
public final class CopyIgnoredFile implements Rule {
    private static final RuleInfo INFO = BuildKitChecks.info("CopyIgnoredFile", "copy-ignored-file",
            "Attempting to Copy file that is excluded by .dockerignore",
            "Files excluded by .dockerignore are not sent to the builder, so COPY or ADD cannot find them and the build"
                    + " fails. Either stop copying the file or remove it from .dockerignore.",
            "# .dockerignore: *.env\nFROM alpine\nCOPY prod.env /app/\n",
            "# .dockerignore: *.env\nFROM alpine\nCOPY config.yaml /app/\n");
    private static final Set<String> WHOLE_CONTEXT = Set.of("*", "**", "**/*");

    /** Linux's PATH_MAX. */
    private static final int MAX_PATH = 4096;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Optional<String> text = context.buildContext().read(".dockerignore");
        if (text.isEmpty()) {
            return;
        }
        DockerIgnore ignore = DockerIgnore.parse(text.get());
        if (ignore.hasExclusions()) {
            return;
        }
        boolean wholeContext = ignore.entries().stream().anyMatch(e -> WHOLE_CONTEXT.contains(e.pattern()));
        Variables variables = null;
        ShellLexer lexer = new ShellLexer(context.model().escape());
        for (Stage stage : context.stages().all()) {
            for (Instruction instruction : stage.instructions()) {
                boolean add = instruction.is(Keyword.ADD);
                if (!(add || instruction.is(Keyword.COPY)) || instruction.flag("from") != null) {
                    continue;
                }
                List<Word> args = instruction.arguments();
                for (int i = 0; i < args.size() - 1; i++) {
                    Word word = args.get(i);
                    if (UndefinedVar.isHeredocMarker(instruction, word)) {
                        continue;
                    }
                    if (variables == null) {
                        variables = context.variables();
                    }
                    String source;
                    try {
                        source = instruction.isJson() ? word.text() : lexer.processWord(word.text(), variables.before(instruction).env());
                    } catch (ShellException e) {
                        continue;
                    }
                    if (isRemote(source) || source.length() > MAX_PATH) {
                        // Longer than Linux's PATH_MAX: no such file can be in a context, and
                        // matching it against every pattern and parent folder would cost its square.
                        continue;
                    }
                    String clean = DockerIgnore.clean(source);
                    boolean excluded = clean.equals(".") || clean.equals("/") ? wholeContext : ignore.matchesOrParentMatches(clean);
                    if (excluded) {
                        findings.report(instruction, word.range(), "Attempting to " + (add ? "Add" : "Copy") + " file "
                                + GoQuote.quote(clean) + " that is excluded by .dockerignore");
                    }
                }
            }
        }
    }

    /** URLs and git sources, which do not come from the context. */
    private static boolean isRemote(String source) {
        return source.startsWith("http://") || source.startsWith("https://") || source.startsWith("git@")
                || source.startsWith("git://") || source.startsWith("ssh://");
    }
}
