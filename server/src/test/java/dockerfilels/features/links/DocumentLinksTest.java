package dockerfilels.features.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dockerfilels.features.navigation.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registry pages for images and reference links for keywords. */
class DocumentLinksTest {

    private static void assertLinks(String text, String... links) {
        assertEquals(List.of(links), DocumentLinks.of(Model.of(text)).stream().map(l -> l.range() + " " + l.target()).toList());
    }

    @Test
    void registryPages() {
        assertEquals("https://hub.docker.com/_/alpine", RegistryLinks.url("alpine:3.19"));
        assertEquals("https://hub.docker.com/_/alpine", RegistryLinks.url("docker.io/library/alpine"));
        assertEquals("https://hub.docker.com/r/bitnami/redis", RegistryLinks.url("bitnami/redis@sha256:" + "a".repeat(64)));
        assertEquals("https://ghcr.io/owner/tool", RegistryLinks.url("ghcr.io/owner/tool:v1"));
        assertEquals("https://mcr.microsoft.com/artifact/mar/dotnet/sdk", RegistryLinks.url("mcr.microsoft.com/dotnet/sdk:8.0"));
        assertEquals("https://quay.io/repository/prometheus/node-exporter", RegistryLinks.url("quay.io/prometheus/node-exporter"));
        assertEquals("https://gcr.io/distroless/static", RegistryLinks.url("gcr.io/distroless/static:nonroot"));
        assertNull(RegistryLinks.url("myreg.io:5000/x/y"));
        assertNull(RegistryLinks.url("Not/Valid"));
    }

    @Test
    void imagesAndKeywordsAreLinkedStagesAreNot() {
        assertLinks("FROM golang:1.22 AS build\nFROM build\nCOPY --from=nginx:1 / /\nCOPY --from=build / /",
                "0:0-0:4 https://docs.docker.com/reference/dockerfile/#from",
                "0:5-0:16 https://hub.docker.com/_/golang",
                "1:0-1:4 https://docs.docker.com/reference/dockerfile/#from",
                "2:0-2:4 https://docs.docker.com/reference/dockerfile/#copy",
                "2:12-2:19 https://hub.docker.com/_/nginx",
                "3:0-3:4 https://docs.docker.com/reference/dockerfile/#copy");
    }

    @Test
    void variablesAreResolvedAndDirectivesLinked() {
        assertLinks("# syntax=docker/dockerfile:1\nARG IMG=quay.io/a/b\nFROM ${IMG}\nMAINTAINER me",
                "0:2-0:8 https://docs.docker.com/reference/dockerfile/#syntax",
                "0:9-0:28 https://hub.docker.com/r/docker/dockerfile",
                "1:0-1:3 https://docs.docker.com/reference/dockerfile/#arg",
                "2:0-2:4 https://docs.docker.com/reference/dockerfile/#from",
                "2:5-2:11 https://quay.io/repository/a/b",
                "3:0-3:10 https://docs.docker.com/reference/dockerfile/#maintainer-deprecated");
    }

    @Test
    void unknownRegistriesScratchAndBrokenInputGetNoImageLink() {
        assertLinks("FROM myreg.io:5000/x/y\nFROM scratch\nFROM $UNSET\nFROM ${",
                "0:0-0:4 https://docs.docker.com/reference/dockerfile/#from",
                "1:0-1:4 https://docs.docker.com/reference/dockerfile/#from",
                "2:0-2:4 https://docs.docker.com/reference/dockerfile/#from",
                "3:0-3:4 https://docs.docker.com/reference/dockerfile/#from");
        assertLinks("");
        assertLinks("BOGUS x");
    }
}
