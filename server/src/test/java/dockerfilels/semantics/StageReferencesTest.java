package dockerfilels.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.syntax.Dockerfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** StageReferences, Variables.declarations and ImageReference.parse: what navigation builds on. */
class StageReferencesTest {

    private static List<String> references(String text) {
        Dockerfile model = Dockerfile.parse(text);
        Stages stages = Stages.of(model);
        return StageReferences.of(stages, Variables.of(model, stages)).all().stream()
                .map(r -> r.via() + " " + r.range() + " -> " + r.target().index() + (r.literal() ? "" : " (not literal)")
                        + (r.byIndex() ? " (index)" : ""))
                .toList();
    }

    @Test
    void everyWayOfNamingAStage() {
        assertEquals(List.of("FROM 1:5-1:10 -> 0", "COPY_FROM 2:12-2:17 -> 0", "MOUNT_FROM 3:27-3:32 -> 0",
                        "COPY_FROM 4:12-4:13 -> 1 (not literal) (index)"),
                references("FROM a AS build\nFROM BUILD AS b\nCOPY --from=build / /\nRUN --mount=type=bind,from=build ls\n"
                        + "COPY --from=1 / /"));
    }

    @Test
    void imagesContextsAndBrokenValuesAreNoReferencesAndQuotedOnesNotLiteral() {
        assertEquals(List.of("MOUNT_FROM 2:4-2:20 -> 0 (not literal)"), references("FROM a AS b\nCOPY --from=alpine / /\nRUN --mount=from=\"b\" ls\nCOPY --from=9 / /\n"
                + "COPY --from= / /\nRUN --mount=from ls"));
    }

    @Test
    void aFromThroughAGlobalArgIsNotLiteral() {
        assertEquals(List.of("FROM 2:5-2:9 -> 0 (not literal)"), references("ARG B=b\nFROM a AS b\nFROM ${B}"));
    }

    @Test
    void declarationsOfArgAndEnvInOrder() {
        Dockerfile model = Dockerfile.parse("ARG A=1 B=$A\nFROM x\nENV C=1 D=2\nARG A\nRUN true");
        Stages stages = Stages.of(model);
        Variables variables = Variables.of(model, stages);
        List<String> declared = model.instructions().stream()
                .flatMap(i -> variables.declarations(i).stream()).map(d -> d.name() + "=" + d.value() + " " + d.kind()).toList();
        assertEquals(List.of("A=1 GLOBAL_ARG", "B=1 GLOBAL_ARG", "C=1 ENV", "D=2 ENV", "A=1 ARG"), declared);
        assertEquals(2, variables.argumentScopes(model.instructions().get(0)).size());
        assertEquals(null, variables.argumentScopes(model.instructions().get(0)).get(0).lookup("A"));
    }

    @Test
    void imageReferencePartsAreNormalized() {
        assertEquals(new ImageReference.Parts("docker.io", "library/alpine", "3", null), ImageReference.parse("alpine:3"));
        assertEquals(new ImageReference.Parts("localhost:5000", "x/y", null, null), ImageReference.parse("localhost:5000/x/y"));
        assertEquals(null, ImageReference.parse("Alpine"));
        assertEquals(null, ImageReference.parse(""));
    }
}
