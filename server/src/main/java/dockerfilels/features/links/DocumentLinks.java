package dockerfilels.features.links;

import dockerfilels.features.navigation.Expansions;
import dockerfilels.features.navigation.Model;
import dockerfilels.semantics.Stage;
import dockerfilels.semantics.StageReferences;
import dockerfilels.shell.Expansion;
import dockerfilels.syntax.Directive;
import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Document links: images (FROM bases, COPY {@code --from} and mount {@code from=} images that are
 * no stage, the {@code # syntax=} frontend) to their registry page, with variables resolved from
 * the global ARGs; instruction keywords and parser directives to their section of the Dockerfile
 * reference. Stage names, {@code scratch} and images on unknown registries get no link.
 */
public final class DocumentLinks {
    static final String REFERENCE = "https://docs.docker.com/reference/dockerfile/";
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

    private DocumentLinks() {
    }

    /** A link: the range it covers, where it leads and what it is. */
    public record Link(TextRange range, String target, String tooltip) {
    }

    public static List<Link> of(Model model) {
        List<Link> links = new ArrayList<>();
        for (Directive directive : model.dockerfile().directives()) {
            if (DIRECTIVES.contains(directive.key())) {
                links.add(new Link(directive.keyRange(), REFERENCE + "#" + directive.key(), "Dockerfile reference: " + directive.key()));
            }
            if (directive.key().equals("syntax")) {
                image(directive.value(), directive.valueRange(), links);
            }
        }
        for (Instruction instruction : model.dockerfile().instructions()) {
            keyword(instruction, links);
            if (instruction.trigger() != null) {
                keyword(instruction.trigger(), links);
            }
        }
        for (Stage stage : model.stages().all()) {
            if (stage.base() != null && model.variables().baseStage(stage) == null) {
                String resolved = resolve(model, stage.base().text());
                if (resolved != null && !resolved.equals("scratch")) {
                    image(resolved, stage.base().range(), links);
                }
            }
            for (Instruction instruction : stage.instructions()) {
                Flag from = instruction.is(Keyword.COPY) ? instruction.flag("from") : null;
                if (from != null && from.value() != null && from.valueRange() != null && !from.valueRange().isEmpty()
                        && isImage(model, from.valueRange(), from.value())) {
                    image(from.value(), from.valueRange(), links);
                }
            }
        }
        links.sort(java.util.Comparator.comparing((Link l) -> l.range().start()));
        return List.copyOf(links);
    }

    private static void keyword(Instruction instruction, List<Link> links) {
        if (instruction.kind() != null) {
            String anchor = instruction.is(Keyword.MAINTAINER) ? "maintainer-deprecated" : instruction.kind().lowerName();
            links.add(new Link(instruction.keyword().range(), REFERENCE + "#" + anchor,
                    "Dockerfile reference: " + instruction.kind().name()));
        }
    }

    private static void image(String reference, TextRange range, List<Link> links) {
        String url = RegistryLinks.url(reference);
        if (url != null) {
            links.add(new Link(range, url, "Open " + reference + " on its registry"));
        }
    }

    /** A COPY --from value that names an image: no stage, no index, an image reference with a registry, tag or path. */
    private static boolean isImage(Model model, TextRange range, String value) {
        StageReferences.Reference reference = model.stageReferenceAt(range.start());
        return reference == null && !value.chars().allMatch(Character::isDigit) && value.indexOf('$') < 0;
    }

    /** The FROM word expanded with the global ARGs; null when some variable has no value or it does not expand. */
    private static String resolve(Model model, String word) {
        Expansion e = Expansions.expand(model, word);
        return e != null && e.unmatched().isEmpty() ? e.result() : null;
    }
}
