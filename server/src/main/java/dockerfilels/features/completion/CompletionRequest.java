package dockerfilels.features.completion;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.TextPosition;
import dockerfilels.workspace.BuildContext;
import java.util.List;

/**
 * What completion needs: the snapshot's model and text, the cursor, whether the client takes
 * snippets, the build context (for COPY and ADD sources) and the images the other open
 * Dockerfiles use (for FROM and {@code --from}).
 */
public record CompletionRequest(Dockerfile model, String text, TextPosition position, boolean snippets,
        BuildContext context, List<String> workspaceImages) {

    public CompletionRequest {
        context = context == null ? BuildContext.NONE : context;
        workspaceImages = workspaceImages == null ? List.of() : List.copyOf(workspaceImages);
    }

    /** A request with no build context and no other documents. */
    public static CompletionRequest of(String text, TextPosition position, boolean snippets) {
        return new CompletionRequest(Dockerfile.parse(text), text, position, snippets, BuildContext.NONE, List.of());
    }
}
