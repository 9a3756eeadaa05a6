package dockerfilels.features.hover;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.semantics.Stage;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.Optional;

/** FROM's base (an earlier stage, or an image) and the stage name after AS. */
final class FromHover {
    private FromHover() {
    }

    static Optional<HoverResult> at(CursorContext cursor) {
        Instruction from = cursor.instruction();
        if (!from.is(Keyword.FROM)) {
            return Optional.empty();
        }
        Stage stage = null;
        for (Stage s : cursor.stages().all()) {
            if (s.from() == from) {
                stage = s;
            }
        }
        if (stage == null) {
            return Optional.empty();
        }
        if (stage.nameWord() != null && stage.nameWord().range().touches(cursor.position())) {
            return Optional.of(new HoverResult(StageHover.of(cursor, stage), stage.nameWord().range()));
        }
        if (stage.base() != null && stage.base().range().touches(cursor.position())) {
            Stage base = cursor.stages().named(stage.base().text(), stage.index());
            if (base != null) {
                return Optional.of(new HoverResult(StageHover.of(cursor, base), stage.base().range()));
            }
            return ImageHover.of(cursor, stage.base().text(), stage.base().range());
        }
        return Optional.empty();
    }
}
