package dockerfilels.features.hover;

import dockerfilels.syntax.TextRange;

/** A hover: Markdown, and the range of the thing it explains. */
public record HoverResult(String markdown, TextRange range) {
}
