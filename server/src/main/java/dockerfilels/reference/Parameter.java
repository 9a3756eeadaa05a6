package dockerfilels.reference;

/**
 * One parameter of an instruction form, for signature help. {@code label} is a substring of the
 * form's label. {@code flags} marks the parameter that stands for all the flags; a
 * {@code variadic} parameter takes every argument that no other parameter takes.
 */
public record Parameter(String label, String doc, boolean flags, boolean variadic) {
}
