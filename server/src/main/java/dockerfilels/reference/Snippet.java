package dockerfilels.reference;

/** A template for a whole instruction, in LSP snippet syntax ({@code ${1:image}}). */
public record Snippet(String label, String body) {
}
