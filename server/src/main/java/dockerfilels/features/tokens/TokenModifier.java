package dockerfilels.features.tokens;

import java.util.Arrays;
import java.util.List;

/** The semantic token modifiers we produce, in legend order: a modifier's bit is {@code 1 << ordinal}. */
public enum TokenModifier {
    /** Where a name is declared: ARG/ENV names, {@code AS name}. */
    DECLARATION("declaration"),
    /** MAINTAINER. */
    DEPRECATED("deprecated");

    private final String lspName;

    TokenModifier(String lspName) {
        this.lspName = lspName;
    }

    public String lspName() {
        return lspName;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public static List<String> legend() {
        return Arrays.stream(values()).map(TokenModifier::lspName).toList();
    }
}
