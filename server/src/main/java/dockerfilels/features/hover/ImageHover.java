package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.features.cursor.Markdown;
import dockerfilels.reference.ImageDoc;
import dockerfilels.reference.Reference;
import dockerfilels.semantics.ImageReference;
import dockerfilels.shell.ShellException;
import dockerfilels.shell.ShellLexer;
import dockerfilels.syntax.TextRange;
import java.util.Optional;

/**
 * An image reference: what it resolves to after the global ARGs (registry, repository, tag,
 * digest) and, for a well-known image, what it is. Nothing is asked of a registry.
 */
final class ImageHover {
    private ImageHover() {
    }

    static Optional<HoverResult> of(CursorContext cursor, String written, TextRange range) {
        String expanded;
        try {
            expanded = new ShellLexer(cursor.escape()).processWord(written, cursor.variables().global().env());
        } catch (ShellException e) {
            expanded = written;
        }
        Markdown doc = Markdown.of();
        if (expanded.equalsIgnoreCase("scratch")) {
            return Optional.of(new HoverResult(doc.paragraph("**scratch**: an empty image, the base of images that hold only static binaries.")
                    .toString(), range));
        }
        ImageReference.Parts parts = ImageReference.parse(expanded);
        doc.paragraph("**Image " + Markdown.code(expanded) + "**" + (expanded.equals(written) ? "" : " (from " + Markdown.code(written) + ")"));
        if (parts == null) {
            return Optional.of(new HoverResult(doc.paragraph("Not a valid image reference.").toString(), range));
        }
        doc.paragraph(String.join("\n",
                "- Registry: " + Markdown.code(parts.domain()) + (parts.domain().equals("docker.io") ? " (Docker Hub)" : ""),
                "- Repository: " + Markdown.code(parts.path()),
                "- Tag: " + (parts.implicitTag() ? Markdown.code("latest") + " (implied: pin a version or a digest for reproducible builds)"
                        : parts.tag() == null ? "none (the digest names the image)" : Markdown.code(parts.tag())),
                "- Digest: " + (parts.digest() == null ? "none (the tag may move to another image)" : Markdown.code(parts.digest()))));
        doc.paragraph("Resolves to " + Markdown.code(parts.normalized()));
        String repository = parts.domain().equals("docker.io") ? parts.path() : parts.domain() + "/" + parts.path();
        ImageDoc known = Reference.image(repository);
        if (known != null) {
            doc.paragraph(known.description());
        }
        return Optional.of(new HoverResult(doc.toString(), range));
    }
}
