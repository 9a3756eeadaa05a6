package dockerfilels.features.tokens;

import java.util.Arrays;
import java.util.List;

/**
 * The semantic token types we produce, in legend order: a token's type is its ordinal. The
 * names are LSP's standard ones, so every theme colours them. The legend the server declares
 * is {@link #legend()}, made from this enum, so a produced type can never be missing from it.
 */
public enum TokenType {
    /** Instruction keywords, FROM's AS, HEALTHCHECK's CMD and NONE. */
    KEYWORD("keyword"),
    /** Flag names ({@code --mount}) and the option names in a flag's value ({@code type}, {@code target}). */
    PARAMETER("parameter"),
    /** Flag values, option values and LABEL keys. */
    PROPERTY("property"),
    /** Variable references ({@code $A}, {@code ${A:-x}}) and ARG/ENV names (with the declaration modifier). */
    VARIABLE("variable"),
    /** Quoted strings, JSON-form arguments, directive values and heredoc bodies. */
    STRING("string"),
    COMMENT("comment"),
    /** Stage names: {@code AS name} (declaration), {@code --from=name}, {@code FROM name}. */
    CLASS("class"),
    /** Image references: FROM's base image, {@code --from=image}. */
    TYPE("type"),
    /** Heredoc markers ({@code <<EOF}) and terminators. */
    LABEL("label"),
    /** {@code =}, {@code &&}, {@code ||}, {@code |}, {@code ;} and a substitution's modifier ({@code :-}). */
    OPERATOR("operator"),
    /** Parser directive names ({@code syntax}, {@code escape}, {@code check}). */
    MACRO("macro"),
    /** EXPOSE ports, numeric stage indexes. */
    NUMBER("number");

    private final String lspName;

    TokenType(String lspName) {
        this.lspName = lspName;
    }

    public String lspName() {
        return lspName;
    }

    /** The token type names, in the order their indexes refer to. */
    public static List<String> legend() {
        return Arrays.stream(values()).map(TokenType::lspName).toList();
    }
}
