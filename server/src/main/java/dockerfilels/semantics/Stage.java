package dockerfilels.semantics;

import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Word;
import java.util.List;

/**
 * A build stage: its FROM instruction, its base (image or earlier stage) and name as written,
 * and the instructions that follow up to the next FROM.
 */
public record Stage(int index, Instruction from, Word base, Word nameWord, String name, List<Instruction> instructions) {

    /** {@code name}: the stage name as BuildKit keys it (lower case), or null for an unnamed stage. */
    public Stage(int index, Instruction from, Word base, Word nameWord, List<Instruction> instructions) {
        this(index, from, base, nameWord, nameWord == null ? null : dockerfilels.syntax.GoText.toLower(nameWord.text()),
                instructions);
    }
}
