package dockerfilels.features.symbols;

import dockerfilels.syntax.TextRange;
import java.util.List;

/**
 * One entry of the outline: {@code range} spans all of it, {@code selection} the name inside it
 * (what the editor reveals). {@code deprecated} marks MAINTAINER.
 */
public record OutlineSymbol(String name, String detail, Kind kind, TextRange range, TextRange selection,
        boolean deprecated, List<OutlineSymbol> children) {

    public enum Kind { STAGE, INSTRUCTION, VARIABLE, DIRECTIVE }
}
