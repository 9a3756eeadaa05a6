package dockerfilels.features.cursor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void paragraphsCodeBlocksAndLinks() {
        assertEquals("**RUN**\n\n```dockerfile\nRUN ls\n```\n\n[ref](https://x/)",
                Markdown.of().paragraph("**RUN**").paragraph(" ").code("dockerfile", "RUN ls\n").link("ref", "https://x/").toString());
    }

    @Test
    void inlineCodeWithBackticksGetsALongerFence() {
        assertEquals("`a`", Markdown.code("a"));
        assertEquals("`` ` ``", Markdown.code("`"));
    }

    @Test
    void plainTextForClientsWithoutMarkdown() {
        String markdown = Markdown.of().paragraph("**--mount=type=cache** keeps `/root/.cache`").rule()
                .code("dockerfile", "RUN --mount=type=cache,target=/x ls").link("Dockerfile reference", "https://docs/").toString();
        assertEquals("--mount=type=cache keeps /root/.cache\n\nRUN --mount=type=cache,target=/x ls\n\nDockerfile reference: https://docs/",
                Markdown.toPlainText(markdown));
    }
}
