package dockerfilels.features.links;

import dockerfilels.semantics.ImageReference;

/**
 * The web page of an image on its registry: Docker Hub ({@code /_/name} for official images,
 * {@code /r/namespace/name} otherwise), GitHub's ghcr.io, Microsoft's mcr.microsoft.com, quay.io
 * and Google's gcr.io. Other registries have no known page: no link rather than a wrong one.
 */
public final class RegistryLinks {
    private RegistryLinks() {
    }

    /** The page of an image reference, or null (unknown registry, or not a valid reference). */
    public static String url(String image) {
        ImageReference.Parts parts = ImageReference.parse(image);
        if (parts == null) {
            return null;
        }
        String path = parts.path();
        return switch (parts.domain()) {
            case "docker.io" -> path.startsWith("library/") && path.indexOf('/', 8) < 0
                    ? "https://hub.docker.com/_/" + path.substring("library/".length())
                    : "https://hub.docker.com/r/" + path;
            case "ghcr.io" -> "https://ghcr.io/" + path;
            case "mcr.microsoft.com" -> "https://mcr.microsoft.com/artifact/mar/" + path;
            case "quay.io" -> "https://quay.io/repository/" + path;
            case "gcr.io" -> "https://gcr.io/" + path;
            default -> null;
        };
    }
}
