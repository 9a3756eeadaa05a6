package dockerfilels.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ImageReferenceParseTest {

    private static String parts(String reference) {
        ImageReference.Parts p = ImageReference.parse(reference);
        return p == null ? null : p.domain() + " " + p.path() + " " + (p.implicitTag() ? "latest" : p.tag()) + " " + p.digest() + " " + p.implicitTag();
    }

    @Test
    void aBareNameIsAnOfficialDockerHubImageWithTheLatestTag() {
        assertEquals("docker.io library/alpine latest null true", parts("alpine"));
        assertEquals("docker.io me/app 1 null false", parts("me/app:1"));
        assertEquals("docker.io library/alpine 3 null false", parts("index.docker.io/alpine:3"));
    }

    @Test
    void registriesPortsAndDigests() {
        String digest = "sha256:" + "c".repeat(64);
        assertEquals("localhost:5000 team/app 2 null false", parts("localhost:5000/team/app:2"));
        assertEquals("ghcr.io o/r null " + digest + " false", parts("ghcr.io/o/r@" + digest));
        assertEquals("docker.io library/x 1 " + digest + " false", parts("x:1@" + digest));
        assertEquals("docker.io/library/x:1@" + digest, ImageReference.parse("x:1@" + digest).normalized());
    }

    @Test
    void invalidReferencesHaveNoParts() {
        assertNull(parts("Upper/Case"));
        assertNull(parts(""));
        assertNull(parts("a:b:c"));
    }
}
