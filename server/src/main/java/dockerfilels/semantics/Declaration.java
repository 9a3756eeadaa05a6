package dockerfilels.semantics;

import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Word;

/**
 * Where a variable got its meaning: a predefined build argument, a global (meta) ARG, a stage ARG
 * or ENV, or the base image (PATH). {@code instruction} and {@code word} are null for what the
 * Dockerfile does not write itself. {@code word} is the key as written: the name of an ARG argument
 * (the whole {@code name=default} argument if it spans lines) or the ENV key. {@code value} is the value after expansion, or null for an
 * ARG declared without one. {@code global} is the global ARG (or predefined argument) a stage ARG
 * redeclares and takes its value from, else null. For {@link Kind#IMAGE} names other than PATH the
 * value is not known and given as "".
 */
public record Declaration(String name, Kind kind, Instruction instruction, Word word, String value, Declaration global) {

    public enum Kind {
        /** BUILDPLATFORM, TARGETARCH, ...: defined for FROM; in a stage only after {@code ARG name}. */
        PLATFORM_ARG,
        /** An ARG before the first FROM. */
        GLOBAL_ARG,
        /** An ARG in a stage (or one of its parent stages). */
        ARG,
        /** An ENV in a stage (or one of its parent stages). */
        ENV,
        /** What the base image provides; for an image we cannot see, only PATH. */
        IMAGE
    }

    public boolean hasValue() {
        return value != null;
    }
}
