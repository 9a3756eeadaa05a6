package dockerfilels.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariablesTest {
    private record Model(Dockerfile file, Stages stages, Variables variables) {
        Instruction at(int line) {
            return file.instructionAt(line);
        }

        Scope before(int line) {
            return variables.before(at(line));
        }
    }

    private static Model model(String source) {
        Dockerfile file = Dockerfile.parse(source);
        Stages stages = Stages.of(file);
        return new Model(file, stages, Variables.of(file, stages));
    }

    @Test
    void theGlobalScopeHasPlatformArgsAndMetaArgDefaults() {
        Model m = model("ARG A=1 B\nARG C=${A}x\nFROM alpine\n");
        Scope global = m.variables().global();
        assertEquals("1x", global.env().get("C"));
        assertTrue(global.defines("B"));
        assertNull(global.env().get("B"));
        assertEquals("linux/amd64", global.env().get("TARGETPLATFORM"));
        assertEquals("", global.env().get("TARGETVARIANT"));
        assertEquals(Declaration.Kind.PLATFORM_ARG, global.lookup("BUILDARCH").kind());
        assertEquals(Declaration.Kind.GLOBAL_ARG, global.lookup("C").kind());
        assertSame(m.at(1), global.lookup("C").instruction());
        assertEquals("C", global.lookup("C").word().text());
        assertEquals(dockerfilels.syntax.TextRange.of(1, 4, 1, 5), global.lookup("C").word().range());
        assertFalse(global.defines("HTTP_PROXY"));
    }

    @Test
    void aStageStartsWithPathOnlyAndSeesMetaArgsAfterRedeclaring() {
        Model m = model("ARG V=1\nFROM alpine\nRUN x\nARG V\nARG TARGETARCH\nRUN y\n");
        Scope start = m.before(2);
        assertEquals(List.of("PATH"), start.envNames());
        assertEquals(Variables.DEFAULT_PATH, start.env().get("PATH"));
        assertFalse(start.defines("V"));
        Scope after = m.before(5);
        assertEquals("1", after.env().get("V"));
        assertEquals(Declaration.Kind.ARG, after.lookup("V").kind());
        assertSame(m.variables().global().lookup("V"), after.lookup("V").global());
        assertEquals("amd64", after.env().get("TARGETARCH"));
    }

    @Test
    void argWithoutValueIsDeclaredButNotSet() {
        Model m = model("FROM alpine\nARG X\nRUN y\n");
        Scope scope = m.before(2);
        assertTrue(scope.defines("X"));
        assertNull(scope.env().get("X"));
        assertEquals(List.of("PATH"), scope.envNames());
    }

    @Test
    void envValuesUseTheEnvFromBeforeTheInstruction() {
        Model m = model("FROM alpine\nENV abc=hello\nENV abc=bye def=$abc\nRUN x\n");
        Scope scope = m.before(3);
        assertEquals("bye", scope.env().get("abc"));
        assertEquals("hello", scope.env().get("def"));
        assertEquals(Declaration.Kind.ENV, scope.lookup("def").kind());
        assertEquals("def", scope.lookup("def").word().text());
        Model self = model("FROM alpine\nENV PATH=$PATH:/x\nRUN x\n");
        assertEquals(Variables.DEFAULT_PATH + ":/x", self.before(2).env().get("PATH"));
    }

    @Test
    void argDefaultsSeeEarlierArgumentsOfTheSameInstruction() {
        Model m = model("FROM alpine\nARG a=1 b=${a}2\nRUN x\n");
        assertEquals("12", m.before(2).env().get("b"));
        List<Scope> scopes = m.variables().argumentScopes(m.at(1));
        assertEquals(2, scopes.size());
        assertFalse(scopes.get(0).defines("a"));
        assertTrue(scopes.get(1).defines("a"));
    }

    @Test
    void childStagesInheritTheParentsEnvAndArgs() {
        Model m = model("FROM alpine AS Base\nARG X\nENV Y=1\nFROM base\nRUN a\nFROM alpine\nRUN b\n");
        Stage child = m.stages().all().get(1);
        assertSame(m.stages().all().get(0), m.variables().baseStage(child));
        assertTrue(m.before(4).defines("X"));
        assertEquals("1", m.before(4).env().get("Y"));
        assertFalse(m.before(6).defines("Y"));
        assertNull(m.variables().baseStage(m.stages().all().get(2)));
    }

    @Test
    void aBaseNamedThroughAGlobalArgIsResolved() {
        Model m = model("ARG B=first\nFROM alpine AS first\nENV Y=1\nFROM $B\nRUN a\n");
        assertEquals("1", m.before(4).env().get("Y"));
    }

    @Test
    void sbomScanArgsAreDeclaredButNeverInTheEnvironment() {
        Model m = model("FROM alpine\nARG BUILDKIT_SBOM_SCAN_STAGE=true\nRUN a\n");
        assertTrue(m.before(2).defines("BUILDKIT_SBOM_SCAN_STAGE"));
        assertNull(m.before(2).env().get("BUILDKIT_SBOM_SCAN_STAGE"));
    }

    @Test
    void heredocBodiesAreNotDeclarations() {
        Model m = model("FROM alpine\nCOPY <<'EOF' /x\nENV Z=1\nEOF\nRUN a\n");
        assertFalse(m.before(4).defines("Z"));
    }

    @Test
    void wellKnownImagesSetTheirEnvNames() {
        Model m = model("FROM python:3.12-slim AS a\nRUN x\nFROM docker.io/library/python@sha256:" + "a".repeat(64)
                + "\nRUN y\nFROM mcr.microsoft.com/dotnet/aspnet:9.0\nRUN z\nFROM alpine\nRUN w\n");
        assertTrue(m.before(1).defines("PYTHON_VERSION"));
        assertEquals(Declaration.Kind.IMAGE, m.before(1).lookup("PYTHON_VERSION").kind());
        assertTrue(m.before(3).defines("PYTHON_VERSION"));
        assertTrue(m.before(5).defines("APP_UID"));
        assertEquals(List.of("PATH"), m.before(7).envNames());
    }

    @Test
    void manyDeclarationsStayCheap() {
        StringBuilder source = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 10_000; i++) {
            source.append("ENV V").append(i).append("=x\n");
        }
        Model m = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> model(source.toString()));
        Scope last = m.variables().atEnd(m.stages().all().get(0));
        assertEquals(10_001, last.envNames().size());
        assertEquals("x", last.env().get("V9999"));
        assertEquals("x", m.before(5000).env().get("V4998"));
        assertFalse(m.before(5000).defines("V4999"));
    }
}
