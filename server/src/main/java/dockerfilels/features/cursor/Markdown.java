package dockerfilels.features.cursor;

import java.util.regex.Pattern;

/**
 * The documentation that completion and hover show, written once in Markdown and turned into
 * plain text for clients that cannot render Markdown.
 */
public final class Markdown {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private final StringBuilder text = new StringBuilder();

    public static Markdown of() {
        return new Markdown();
    }

    /** A paragraph (left as it is: it may hold inline Markdown). */
    public Markdown paragraph(String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            separate();
            text.append(paragraph.strip());
        }
        return this;
    }

    /** A fenced code block. */
    public Markdown code(String language, String code) {
        if (code != null && !code.isBlank()) {
            separate();
            String fence = code.contains("```") ? "~~~" : "```";
            text.append(fence).append(language).append('\n').append(code.strip()).append('\n').append(fence);
        }
        return this;
    }

    /** A link on a line of its own. */
    public Markdown link(String title, String url) {
        if (url != null) {
            separate();
            text.append('[').append(title).append("](").append(url).append(')');
        }
        return this;
    }

    /** A horizontal rule between two parts. */
    public Markdown rule() {
        if (text.length() > 0) {
            separate();
            text.append("---");
        }
        return this;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    private void separate() {
        if (text.length() > 0) {
            text.append("\n\n");
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Inline code, with a fence long enough for backticks in the text. */
    public static String code(String inline) {
        String fence = inline.contains("`") ? "``" : "`";
        String pad = inline.startsWith("`") || inline.endsWith("`") ? " " : "";
        return fence + pad + inline + pad + fence;
    }

    /** The same text for a client that shows plain text: no fences, backticks, emphasis or link syntax. */
    public static String toPlainText(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```") || line.startsWith("~~~")) {
                continue;
            }
            if (line.equals("---")) {
                out.append("\n");
                continue;
            }
            String plain = LINK.matcher(line).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    m.group(1).equals(m.group(2)) ? m.group(2) : m.group(1) + ": " + m.group(2)));
            plain = STRONG.matcher(plain).replaceAll("$1");
            plain = plain.replace("``", "").replace("`", "");
            out.append(plain).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
