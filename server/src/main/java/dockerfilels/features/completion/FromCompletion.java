package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.reference.ImageDoc;
import dockerfilels.reference.Reference;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * FROM's arguments: the base (earlier stages, then the images this file and the other open
 * Dockerfiles use, then the bundled list of well-known images), a tag after {@code image:}, and
 * the {@code AS} keyword after the base. Offline: nothing is asked of a registry.
 */
final class FromCompletion {
    private FromCompletion() {
    }

    static void complete(Proposals proposals, List<String> workspaceImages) {
        CursorContext cursor = proposals.cursor();
        int index = cursor.argumentIndex();
        if (index == 1) {
            String from = cursor.instruction().keyword().text();
            String as = from.equals(from.toLowerCase(Locale.ROOT)) ? "as" : "AS";
            proposals.add(CompletionItem.of(as, CompletionItem.Kind.KEYWORD, proposals.from(cursor.wordStart()))
                    .insert(proposals.snippets() ? as + " " + Proposals.placeholder(1, "stage") : as + " ", proposals.snippets())
                    .detail("name this stage"));
            return;
        }
        if (index != 0) {
            return;
        }
        String word = cursor.word();
        int colon = word.lastIndexOf(':');
        if (colon > word.lastIndexOf('/') && colon > 0 && word.indexOf('@') < 0) {
            tags(proposals, cursor.wordStart() + colon + 1, word.substring(0, colon), workspaceImages);
            return;
        }
        EarlierStages.propose(proposals, cursor.wordStart(), false);
        Set<String> names = new LinkedHashSet<>();
        for (String image : imagesInUse(cursor, workspaceImages)) {
            names.add(image);
            proposals.add(CompletionItem.of(image, CompletionItem.Kind.IMAGE, proposals.from(cursor.wordStart()))
                    .detail("used in the workspace"));
        }
        for (ImageDoc image : Reference.images()) {
            if (!names.contains(image.reference())) {
                proposals.add(CompletionItem.of(image.reference(), CompletionItem.Kind.IMAGE, proposals.from(cursor.wordStart()))
                        .detail(image.registry() == null ? "Docker Hub image" : image.registry() + " image")
                        .documentation(documentation(image)));
            }
        }
    }

    private static void tags(Proposals proposals, int column, String repository, List<String> workspaceImages) {
        Set<String> tags = new LinkedHashSet<>();
        for (String image : imagesInUse(proposals.cursor(), workspaceImages)) {
            int colon = image.lastIndexOf(':');
            if (colon > image.lastIndexOf('/') && image.substring(0, colon).equals(repository)) {
                tags.add(image.substring(colon + 1));
            }
        }
        ImageDoc known = Reference.image(repository);
        if (known != null) {
            tags.addAll(known.tags());
        }
        for (String tag : tags) {
            proposals.add(CompletionItem.of(tag, CompletionItem.Kind.VALUE, proposals.from(column)).detail(repository + ":" + tag));
        }
    }

    static String documentation(ImageDoc image) {
        Markdown doc = Markdown.of().paragraph(image.description());
        if (!image.tags().isEmpty()) {
            doc.paragraph("Common tags: " + String.join(", ", image.tags().stream().map(Markdown::code).toList()));
        }
        return doc.toString();
    }

    /**
     * The images FROM lines of this file and of the other open Dockerfiles name, as written: no
     * stage names, nothing with a variable, the cursor's own word left out.
     */
    static List<String> imagesInUse(CursorContext cursor, List<String> workspaceImages) {
        Set<String> images = new LinkedHashSet<>();
        for (Stage stage : cursor.stages().all()) {
            Word base = stage.base();
            if (base != null && !base.range().touches(cursor.position()) && isImage(base.text())
                    && cursor.stages().named(base.text(), stage.index()) == null) {
                images.add(base.text());
            }
        }
        images.addAll(workspaceImages);
        images.removeIf(image -> cursor.stages().lastNamed(image) != null);
        return new ArrayList<>(images);
    }

    /** The images a Dockerfile's FROM lines name (for completion in the other documents). */
    public static List<String> images(Dockerfile model) {
        Set<String> images = new LinkedHashSet<>();
        dockerfilels.semantics.Stages stages = dockerfilels.semantics.Stages.of(model);
        for (Stage stage : stages.all()) {
            Word base = stage.base();
            if (base != null && isImage(base.text()) && stages.named(base.text(), stage.index()) == null) {
                images.add(base.text());
            }
        }
        return new ArrayList<>(images);
    }

    private static boolean isImage(String text) {
        return !text.isEmpty() && text.indexOf('$') < 0 && !text.equalsIgnoreCase("scratch");
    }

}
