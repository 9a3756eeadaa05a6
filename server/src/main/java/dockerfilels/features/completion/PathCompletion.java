package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.semantics.DockerIgnore;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.workspace.BuildContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * COPY and ADD arguments: sources are the files and folders of the build context, folder by
 * folder, without what {@code .dockerignore} excludes (BuildKit would not send them) and never
 * outside the context; once a source is written, the folders earlier WORKDIRs of the stage set
 * are proposed as the destination. With {@code --from} the sources are in another stage or
 * image, which we cannot list.
 */
final class PathCompletion {
    private PathCompletion() {
    }

    static void complete(Proposals proposals, BuildContext context) {
        CursorContext cursor = proposals.cursor();
        Instruction instruction = cursor.instruction();
        if (instruction.isJson() || !instruction.heredocs().isEmpty() && cursor.argumentIndex() > 0) {
            destinations(proposals);
            return;
        }
        if (cursor.argumentIndex() > 0) {
            destinations(proposals);
        }
        if (instruction.flag("from") == null) {
            sources(proposals, context);
        }
    }

    private static void sources(Proposals proposals, BuildContext context) {
        CursorContext cursor = proposals.cursor();
        String word = cursor.word();
        if (word.startsWith("/") || word.startsWith("-") || word.contains("$") || word.contains("://")
                || List.of(word.split("/", -1)).contains("..")) {
            return;
        }
        int slash = word.lastIndexOf('/');
        String folder = slash < 0 ? "" : word.substring(0, slash + 1);
        String relative = folder.startsWith("./") ? folder.substring(2) : folder;
        DockerIgnore ignore = DockerIgnore.parse(context.read(".dockerignore").orElse(""));
        for (String entry : context.list(relative)) {
            String path = relative + (entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry);
            if (ignore.matchesOrParentMatches(DockerIgnore.clean(path))) {
                continue;
            }
            boolean isFolder = entry.endsWith("/");
            proposals.add(CompletionItem.of(entry, isFolder ? CompletionItem.Kind.FOLDER : CompletionItem.Kind.FILE,
                    proposals.from(cursor.wordStart() + folder.length())).detail(isFolder ? "folder of the build context" : "file of the build context"));
        }
    }

    /** The WORKDIRs set before the cursor in its stage and the stages it is built on. */
    private static void destinations(Proposals proposals) {
        CursorContext cursor = proposals.cursor();
        Set<String> folders = new LinkedHashSet<>();
        Stage stage = cursor.outerInstruction() == null ? null : cursor.stages().stageOf(cursor.outerInstruction());
        while (stage != null) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is(Keyword.WORKDIR) && instruction.startLine() < cursor.position().line()
                        && !instruction.arguments().isEmpty()) {
                    String path = instruction.arguments().get(0).text();
                    folders.add(path.endsWith("/") ? path : path + "/");
                }
            }
            stage = cursor.variables().baseStage(stage);
        }
        for (String folder : folders) {
            proposals.add(CompletionItem.of(folder, CompletionItem.Kind.FOLDER, proposals.from(cursor.wordStart()))
                    .detail("WORKDIR"));
        }
        proposals.add(CompletionItem.of("./", CompletionItem.Kind.FOLDER, proposals.from(cursor.wordStart()))
                .detail("the working directory"));
    }
}
