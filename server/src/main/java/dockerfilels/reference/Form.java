package dockerfilels.reference;

import java.util.List;

/**
 * One way to write an instruction, e.g. {@code COPY [--from=...] <src> ... <dest>}.
 * {@code json} marks the exec form; {@code first} is the first argument (any case) that selects
 * this form, such as {@code NONE} of {@code HEALTHCHECK NONE}, or null.
 */
public record Form(String label, boolean json, String first, List<Parameter> params) {

    public Form {
        params = params == null ? List.of() : List.copyOf(params);
    }

    /** The parameter that stands for the flags, or null. */
    public Parameter flagsParameter() {
        return params.stream().filter(Parameter::flags).findFirst().orElse(null);
    }

    /** The parameters that take arguments, in order. */
    public List<Parameter> argumentParameters() {
        return params.stream().filter(p -> !p.flags()).toList();
    }
}
