package dockerfilels.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerIgnoreTest {
    private static boolean ignored(String patterns, String path) {
        return DockerIgnore.parse(patterns).matchesOrParentMatches(path);
    }

    @Test
    void patternsAreReadAndCleaned() {
        DockerIgnore ignore = DockerIgnore.parse("\uFEFF# comment\n  /a/b/  \n./c\n\n! d \n #x\n");
        assertEquals(List.of("a/b", "c", "d", "#x"), ignore.entries().stream().map(DockerIgnore.Entry::pattern).toList());
        assertTrue(ignore.hasExclusions());
    }

    @Test
    void starAndQuestionMarkStayInOneFolder() {
        assertTrue(ignored("*.md", "README.md"));
        assertFalse(ignored("*.md", "docs/README.md"));
        assertTrue(ignored("?.txt", "a.txt"));
        assertFalse(ignored("?.txt", "ab.txt"));
        assertTrue(ignored("docs/*", "docs/a/b.md"), "a parent folder matches");
    }

    @Test
    void doubleStarCrossesFolders() {
        assertTrue(ignored("**/*.md", "docs/x/README.md"));
        assertTrue(ignored("**/*.md", "README.md"));
        assertTrue(ignored("docs/**", "docs/a/b"));
        assertTrue(ignored("a/**/b", "a/b"));
        assertTrue(ignored("a/**/b", "a/x/y/b"));
        assertFalse(ignored("a/**/b", "a/x/y/c"));
    }

    @Test
    void characterClassesAndEscapes() {
        assertTrue(ignored("[ab].txt", "a.txt"));
        assertFalse(ignored("[ab].txt", "c.txt"));
        assertTrue(ignored("[^ab].txt", "c.txt"));
        assertTrue(ignored("a\\*b", "a*b"));
        assertFalse(ignored("a\\*b", "axb"));
        assertFalse(ignored("a.b", "axb"), "a dot is literal");
    }

    @Test
    void laterExceptionsWin() {
        assertFalse(ignored("*.md\n!README.md", "README.md"));
        assertTrue(ignored("*.md\n!README.md", "CHANGES.md"));
        assertTrue(ignored("!README.md\n*.md", "README.md"));
    }

    @Test
    void goPathClean() {
        assertEquals(".", DockerIgnore.clean("./"));
        assertEquals("a/c", DockerIgnore.clean("./a/b/../c/"));
        assertEquals("/", DockerIgnore.clean("/.."));
        assertEquals("../a", DockerIgnore.clean("../a"));
        assertEquals(".", DockerIgnore.clean(""));
    }
}
