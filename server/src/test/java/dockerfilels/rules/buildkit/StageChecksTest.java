package dockerfilels.rules.buildkit;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

/** The stage checks: StageNameCasing, FromAsCasing, DuplicateStageName, ReservedStageName. */
class StageChecksTest {
    private static final Severity W = Severity.WARNING;

    @Test
    void stageNameCasingFiresOnTheName() {
        assertRule("StageNameCasing", "FROM a AS Build\n", d(0, 10, 0, 15, W, "StageNameCasing", "Stage name 'Build' should be lowercase"));
        assertNone("StageNameCasing", "FROM a AS build\n");
        assertNone("StageNameCasing", "FROM Alpine\n");
    }

    @Test
    void stageNameCasingLooksAtAnyThirdWordLikeBuildKit() {
        assertRule("StageNameCasing", "FROM a X Bad\n", d(0, 9, 0, 12, W, "StageNameCasing", "Stage name 'Bad' should be lowercase"));
    }

    @Test
    void stageNameCasingFixLowersTheNameAndItsReferences() {
        assertFix("FROM a AS Build\nRUN x\nFROM Build AS next\nCOPY --from=BUILD /a /b\nCOPY --from=other /a /b\n", "StageNameCasing",
                edit(0, 10, 0, 15, "build"), edit(2, 5, 2, 10, "build"), edit(3, 12, 3, 17, "build"));
    }

    @Test
    void stageNameCasingFixLowersMountSources() {
        assertFix("FROM a AS Build\nFROM b\nRUN --mount=type=cache,from=Build,target=/c --mount=from=x make\n", "StageNameCasing",
                edit(0, 10, 0, 15, "build"), edit(2, 28, 2, 33, "build"));
    }

    @Test
    void stageNameCasingFixLeavesReferencesToAnotherStageOfTheSameName() {
        assertFix("FROM a AS Build\nFROM b AS build\nFROM c\nCOPY --from=Build /a /b\n", "StageNameCasing", edit(0, 10, 0, 15, "build"));
    }

    @Test
    void fromAsCasingFiresOnTheAsWord() {
        assertRule("FromAsCasing", "FROM a as b\n", d(0, 7, 0, 9, W, "FromAsCasing", "'as' and 'FROM' keywords' casing do not match"));
        assertRule("FromAsCasing", "from a AS b\n", d(0, 7, 0, 9, W, "FromAsCasing", "'AS' and 'from' keywords' casing do not match"));
        assertRule("FromAsCasing", "FROM a As b\n", d(0, 7, 0, 9, W, "FromAsCasing", "'As' and 'FROM' keywords' casing do not match"));
    }

    @Test
    void fromAsCasingIgnoresMatchingAndMixedCaseKeywords() {
        assertNone("FromAsCasing", "FROM a AS b\n");
        assertNone("FromAsCasing", "from a as b\n");
        assertNone("FromAsCasing", "From a as b\n");
        assertNone("FromAsCasing", "FROM a\n");
    }

    @Test
    void fromAsCasingFixMatchesTheKeyword() {
        assertFix("FROM a as b\n", "FromAsCasing", edit(0, 7, 0, 9, "AS"));
        assertFix("from a As b\n", "FromAsCasing", edit(0, 7, 0, 9, "as"));
        assertNoFix("FROM a b c\n", "FromAsCasing");
    }

    @Test
    void duplicateStageNameFiresOnTheLaterName() {
        assertRule("DuplicateStageName", "FROM a AS b\nFROM c AS B\n",
                d(1, 10, 1, 11, W, "DuplicateStageName", "Duplicate stage name \"b\", stage names should be unique"));
        assertNone("DuplicateStageName", "FROM a AS b\nFROM c AS b2\nFROM b\n");
    }

    @Test
    void reservedStageNameFiresOnScratchAndContext() {
        assertRule("ReservedStageName", "FROM a AS Scratch\nFROM a AS context\n",
                d(0, 10, 0, 17, W, "ReservedStageName", "Stage name should not use the same name as reserved stage \"scratch\""),
                d(1, 10, 1, 17, W, "ReservedStageName", "Stage name should not use the same name as reserved stage \"context\""));
        assertNone("ReservedStageName", "FROM scratch AS base\nFROM base\n");
    }

    @Test
    void stageNameChecksIgnoreCheckCommentsAboveTheInstructionButFromChecksHonourThem() {
        assertRule("DuplicateStageName", "FROM a AS b\n# check=skip=DuplicateStageName\nFROM c AS b\n",
                d(2, 10, 2, 11, W, "DuplicateStageName", "Duplicate stage name \"b\", stage names should be unique"));
        assertNone("FromAsCasing", "# check=skip=FromAsCasing\nFROM a as b\n");
        assertNone("StageNameCasing", "FROM x\n# check=skip=StageNameCasing\nFROM a AS B\n");
    }
}
