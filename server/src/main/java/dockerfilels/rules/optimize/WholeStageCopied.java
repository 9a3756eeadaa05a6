package dockerfilels.rules.optimize;

import dockerfilels.rules.Category;
import dockerfilels.rules.Findings;
import dockerfilels.rules.LintContext;
import dockerfilels.rules.Rule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.semantics.BaseImage;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Severity;
import dockerfilels.syntax.Word;
import java.util.List;

/**
 * The final stage copies a whole build stage: its root filesystem, or the working folder of a
 * stage built from a compiled language's SDK (where that folder holds sources, dependencies and
 * intermediate files next to the artifact). Stages built FROM scratch are collections of artifacts
 * and copying them whole is the point, as is copying a stage's root into an empty final stage to
 * squash it into one layer; for Node and Python the application folder is what runs.
 */
public final class WholeStageCopied implements Rule {
    private static final RuleInfo INFO = OptimizeRules.info("WholeStageCopied", Severity.INFORMATION, Category.IMAGE_SIZE,
            "The final image copies a whole build stage",
            "A multi-stage build keeps the image small only if the final stage copies the artifacts. Copying a build"
                    + " stage's whole filesystem, or its whole working folder after a compile, brings the sources, the"
                    + " downloaded dependencies and the intermediate files along (and with the sources, whatever secrets"
                    + " they hold). Copy the binary, the jar or the publish folder only.",
            "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /src/app .\n\n"
                    + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /src /src\n",
            "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /src/app .\n\n"
                    + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /src/app /app\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(LintContext context, Findings findings) {
        Stage last = OptimizeRules.finalStage(context);
        if (last == null) {
            return;
        }
        for (Instruction instruction : last.instructions()) {
            if (!instruction.is(Keyword.COPY) || instruction.flag("from") == null || !instruction.flag("from").hasValue()) {
                continue;
            }
            Stage source = StageReferences.target(context.stages(), last, instruction.flag("from").value());
            if (source == null) {
                continue;
            }
            BaseImage image = OptimizeRules.baseImage(context, source);
            if (image == null || image.isScratch()) {
                continue;
            }
            List<Word> args = instruction.arguments();
            boolean flattening = flattens(context, last, args);
            for (int i = 0; i < args.size() - 1; i++) {
                String path = normalize(args.get(i).text());
                if (path.equals("/") && !flattening) {
                    report(findings, instruction, args.get(i), "the whole filesystem of stage '" + instruction.flag("from").value() + "'");
                } else if (compiled(image) && path.equals(normalize(workdir(context, source)))) {
                    report(findings, instruction, args.get(i), "the whole working folder " + path + " of stage '"
                            + instruction.flag("from").value() + "'");
                }
            }
        }
    }

    /**
     * {@code FROM scratch} + {@code COPY --from=stage / /}: the stage's image squashed into one layer,
     * which copies the whole stage on purpose.
     */
    private static boolean flattens(LintContext context, Stage last, List<Word> args) {
        BaseImage image = OptimizeRules.baseImage(context, last);
        return image != null && image.isScratch() && !args.isEmpty() && normalize(args.get(args.size() - 1).text()).equals("/");
    }

    private static void report(Findings findings, Instruction instruction, Word source, String what) {
        findings.report(instruction, source.range(), "COPY takes " + what
                + " into the final image, with sources and build files; copy only the artifacts");
    }

    /** Whether the stage builds with a compiled language's SDK, whose working folder is not what runs. */
    private static boolean compiled(BaseImage image) {
        FinalStageUsesBuildImage.Language language = FinalStageUsesBuildImage.language(image);
        return language != null && language != FinalStageUsesBuildImage.Language.NODE
                && language != FinalStageUsesBuildImage.Language.PYTHON;
    }

    /** The last WORKDIR of the stage or the stages it is built from, or "" without one. */
    private static String workdir(LintContext context, Stage stage) {
        for (Stage s : BaseImage.lineage(context.variables(), stage)) {
            Instruction workdir = OptimizeRules.last(s, Keyword.WORKDIR);
            if (workdir != null && workdir.arguments().size() == 1) {
                return workdir.arguments().get(0).text();
            }
        }
        return "";
    }

    private static String normalize(String path) {
        String p = path.replace("\"", "");
        while (p.length() > 1 && (p.endsWith("/") || p.endsWith("/."))) {
            p = p.endsWith("/.") ? p.substring(0, p.length() - 2) : p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "/" : p;
    }
}
