package dockerfilels.reference;

import java.util.List;

/**
 * A well-known image for offline completion: its repository ({@code python}, {@code dotnet/sdk}),
 * the registry when it is not Docker Hub, a line about it and common tags (newest first).
 */
public record ImageDoc(String name, String registry, String description, List<String> tags) {

    public ImageDoc {
        tags = tags == null ? List.of() : List.copyOf(tags);
        description = description == null ? "" : description;
    }

    /** The name as written in FROM: {@code registry/name}, or the bare name for Docker Hub. */
    public String reference() {
        return registry == null ? name : registry + "/" + name;
    }
}
