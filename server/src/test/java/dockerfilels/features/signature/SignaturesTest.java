package dockerfilels.features.signature;

import static dockerfilels.features.signature.SignatureAssertions.active;
import static dockerfilels.features.signature.SignatureAssertions.assertNoSignature;
import static dockerfilels.features.signature.SignatureAssertions.assertSignature;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.reference.Form;
import dockerfilels.reference.Reference;
import dockerfilels.syntax.Keyword;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void everyInstructionHasSignatureHelpAfterItsKeyword() {
        for (Keyword keyword : Keyword.values()) {
            String prefix = keyword == Keyword.FROM ? "" : "FROM a\n";
            assertTrue(SignatureAssertions.help(prefix + keyword.name() + " |").isPresent(), keyword.name());
            for (Form form : Reference.instruction(keyword).forms()) {
                assertTrue(form.label().startsWith(keyword.name()), form.label());
                form.params().forEach(p -> assertTrue(form.label().contains(p.label()), p.label() + " not in " + form.label()));
            }
        }
    }

    @Test
    void fromTracksImageAsAndName() {
        assertSignature("FROM |", active("FROM [--platform=<platform>] <image>", "<image>[:<tag>|@<digest>]"));
        assertSignature("FROM --pl|", active("FROM", "[--platform=<platform>]"));
        assertSignature("FROM alpine |", active("FROM [--platform=<platform>] <image>[:<tag>|@<digest>] AS", "AS"));
        assertSignature("FROM alpine AS |", active("FROM [--platform=<platform>] <image>[:<tag>|@<digest>] AS", "<name>"));
    }

    @Test
    void copyTracksSourcesAndDestination() {
        assertSignature("FROM a\nCOPY |", active("COPY [--from", "<src> ..."));
        assertSignature("FROM a\nCOPY a |", active("COPY [--from", "<dest>"));
        assertSignature("FROM a\nCOPY a b |", active("COPY [--from", "<dest>"));
        assertSignature("FROM a\nCOPY a| b c", active("COPY [--from", "<src> ..."));
        assertSignature("FROM a\nCOPY a b| c", active("COPY [--from", "<src> ..."));
        assertSignature("FROM a\nCOPY a b c|", active("COPY [--from", "<dest>"));
        assertSignature("FROM a\nCOPY --from=|", active("COPY [--from", "[--from=...] [--chown=...] [--chmod=...] [--link] [--parents] [--exclude=...]"));
        assertSignature("FROM a\nADD [\"a b\", |", active("ADD [--chown=...] [--chmod=...] [\"", "\"<dest>\""));
    }

    @Test
    void jsonAndShellForms() {
        assertSignature("FROM a\nCMD [\"nginx\", |", active("CMD [\"executable\"", "\"param\", ..."));
        assertSignature("FROM a\nCMD [|", active("CMD [\"executable\"", "\"executable\""));
        assertSignature("FROM a\nCMD nginx -g |", active("CMD <command>", "<command>"));
        assertSignature("FROM a\nRUN --mount=type=cache,target=/x |", active("RUN [--mount=...] [--network", "<command>"));
        assertSignature("FROM a\nRUN --mo|", active("RUN [--mount=...] [--network", "[--mount=...] [--network=...] [--security=...]"));
        assertSignature("FROM a\nSHELL [\"/bin/bash\", |", active("SHELL", "\"parameters\", ..."));
    }

    @Test
    void healthcheckFormsByFirstWord() {
        assertSignature("FROM a\nHEALTHCHECK NONE|", active("HEALTHCHECK NONE", "NONE"));
        assertSignature("FROM a\nHEALTHCHECK --interval=5s CMD |", active("HEALTHCHECK [--interval", "<command>"));
        assertSignature("FROM a\nHEALTHCHECK |", active("HEALTHCHECK [--interval", "CMD"));
    }

    @Test
    void onbuildTriggersAndDirectives() {
        assertSignature("FROM a\nONBUILD COPY a |", active("COPY", "<dest>"));
        assertSignature("FROM a\nONBUILD |", active("ONBUILD", "<INSTRUCTION>"));
        assertSignature("# escape=|\nFROM a", active("# escape=", "<value>"));
    }

    @Test
    void continuationLinesAreOneInstruction() {
        assertSignature("FROM a\nCOPY a \\\n  b \\\n  |", active("COPY [--from", "<dest>"));
    }

    @Test
    void noHelpOnKeywordsCommentsHeredocBodiesOrUnknownInstructions() {
        assertNoSignature("FROM a\nCO|PY a b");
        assertNoSignature("FROM a\n# comment |");
        assertNoSignature("FROM a\nRUN <<EOF\necho |\nEOF");
        assertNoSignature("FROM a\nBOGUS |");
        assertNoSignature("|");
    }

    @Test
    void brokenInput() {
        assertSignature("FROM a\nRUN [\"a\", |", active("RUN", "\"param\", ..."));
        assertSignature("FROM a\nRUN <<EOF |", active("RUN [--mount=...] [--network", "<command>"));
        assertSignature("FROM a\nCOPY --|", active("COPY", "[--from=...] [--chown=...] [--chmod=...] [--link] [--parents] [--exclude=...]"));
    }
}
