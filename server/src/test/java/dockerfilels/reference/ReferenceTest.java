package dockerfilels.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.semantics.ImageReference;
import dockerfilels.semantics.Platforms;
import dockerfilels.syntax.Keyword;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled knowledge agrees with what the parser and the rules know of BuildKit. */
class ReferenceTest {

    @Test
    void everyInstructionIsDescribedWithFormsAndALink() {
        assertEquals(Keyword.values().length, Reference.instructions().size());
        for (Keyword keyword : Keyword.values()) {
            InstructionDoc doc = Reference.instruction(keyword);
            assertEquals(keyword, doc.keyword());
            assertFalse(doc.description().isBlank(), keyword.name());
            assertFalse(doc.forms().isEmpty(), keyword.name());
            assertFalse(doc.snippets().isEmpty(), keyword.name());
            assertTrue(doc.url().startsWith(Reference.BASE_URL + "#"), doc.url());
            doc.snippets().forEach(s -> assertTrue(s.body().startsWith(keyword.name()), s.body()));
        }
        assertTrue(Reference.instruction(Keyword.MAINTAINER).deprecated());
    }

    @Test
    void theFlagsAreExactlyTheOnesBuildKitDeclares() {
        for (Keyword keyword : Keyword.values()) {
            Set<String> documented = Reference.instruction(keyword).flags().stream().map(FlagDoc::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(keyword.flags().keySet()), documented, keyword.name());
            for (FlagDoc flag : Reference.instruction(keyword).flags()) {
                assertEquals(keyword.flags().get(flag.name()) == Keyword.FlagType.BOOL, flag.bool(), flag.name());
                assertEquals(keyword.flags().get(flag.name()) == Keyword.FlagType.STRINGS, flag.repeatable(), flag.name());
                assertFalse(flag.description().isBlank(), flag.name());
                assertFalse(flag.example().isBlank(), flag.name());
                assertFalse(flag.defaultValue().isBlank(), flag.name());
            }
        }
    }

    @Test
    void theFiveMountTypesWithTheirOptionsAndDefaults() {
        assertEquals(List.of("bind", "cache", "tmpfs", "secret", "ssh"), Reference.mountTypes().stream().map(MountType::name).toList());
        assertEquals(List.of("shared", "private", "locked"),
                Reference.mountType("CACHE").option("sharing").values().stream().map(Value::value).toList());
        assertNull(Reference.mountType("bind").option("sharing"));
        assertEquals("0400", Reference.mountType("secret").option("mode").defaultValue());
        assertEquals("0755", Reference.mountType("cache").option("mode").defaultValue());
        assertEquals("target", Reference.mountType("tmpfs").option("DST").name());
        assertNotNull(Reference.mountType("secret").option("env"));
        assertNull(Reference.mountType("ssh").option("source"), "ssh does not support source");
        assertNull(Reference.mountType("secret").option("from"), "secret mount should not have a from");
    }

    @Test
    void everyMountKeyBuildKitAcceptsIsKnown() {
        for (String key : List.of("type", "from", "source", "target", "readonly", "id", "sharing", "required", "size", "mode", "uid",
                "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env")) {
            assertNotNull(Reference.mountOption(key), key);
        }
    }

    @Test
    void directivesPlatformsAndImages() {
        assertEquals(List.of("syntax", "escape", "check"), Reference.directives().stream().map(DirectiveDoc::name).toList());
        for (Value platform : Reference.platforms()) {
            assertNotNull(Platforms.parse(platform.value()), platform.value());
        }
        for (ImageDoc image : Reference.images()) {
            if (!image.name().equals("scratch")) {
                assertTrue(ImageReference.isValid(image.reference()), image.reference());
                assertFalse(image.tags().isEmpty(), image.name());
                image.tags().forEach(tag -> assertTrue(ImageReference.isValid(image.reference() + ":" + tag), image.reference() + ":" + tag));
            }
        }
        assertEquals("python", Reference.image("docker.io/library/python").name());
        assertEquals("dotnet/sdk", Reference.image("mcr.microsoft.com/dotnet/sdk").name());
        assertNull(Reference.image("dotnet/sdk"), "a Docker Hub name is not the Microsoft image");
    }
}
