package dockerfilels.shell;

/**
 * One {@code $name} or {@code ${name...}} in a word, with char offsets into the scanned text.
 *
 * @param start     offset of the {@code $}
 * @param end       offset just after the name ({@code $name}) or the closing {@code }}
 * @param nameStart offset of the first character of the name
 * @param nameEnd   offset just after the name
 * @param modifier  {@code ""}, {@code ":-" "-" ":+" "+" ":?" "?" "#" "##" "%" "%%" "/" "//"}
 * @param braced    written as {@code ${...}}
 */
public record VariableReference(String name, int start, int end, int nameStart, int nameEnd, String modifier,
        boolean braced) {
}
