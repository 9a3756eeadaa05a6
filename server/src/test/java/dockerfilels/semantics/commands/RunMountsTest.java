package dockerfilels.semantics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.syntax.Dockerfile;
import dockerfilels.syntax.Instruction;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunMountsTest {

    private static Instruction last(String dockerfile) {
        List<Instruction> instructions = Dockerfile.parse(dockerfile).instructions();
        return instructions.get(instructions.size() - 1);
    }

    @Test
    void readsTypeAndTarget() {
        List<RunMounts.Mount> mounts = RunMounts.of(last(
                "FROM a\nRUN --mount=type=cache,target=/root/.cache/pip --mount=dst=/src,type=bind --mount=type=secret,id=x true\n"));
        assertEquals(List.of("cache /root/.cache/pip", "bind /src", "secret null"),
                mounts.stream().map(m -> m.type() + " " + m.target()).toList());
    }

    @Test
    void cacheAndTmpfsMountsCoverTheirFolderAndWhatIsInside() {
        Instruction run = last("FROM a\nRUN --mount=type=cache,target=/var/lib/apt/ --mount=type=tmpfs,destination=/tmp true\n");
        assertTrue(RunMounts.covers(run, "/var/lib/apt/lists"));
        assertTrue(RunMounts.covers(run, "/var/lib/apt"));
        assertTrue(RunMounts.covers(run, "/tmp/x"));
        assertFalse(RunMounts.covers(run, "/var/lib/aptitude"));
        assertFalse(RunMounts.covers(run, "/var/cache/apt"));
        assertFalse(RunMounts.covers(last("FROM a\nRUN --mount=type=bind,target=/var/lib/apt true\n"), "/var/lib/apt"));
    }

    @Test
    void aHomeFolderIsCoveredInAnyHome() {
        assertTrue(RunMounts.covers(last("FROM a\nRUN --mount=type=cache,target=/home/app/.cache pip install x\n"), "/root/.cache/pip"));
        assertTrue(RunMounts.covers(last("FROM a\nRUN --mount=type=cache,target=$HOME/.npm npm ci\n"), "/root/.npm"));
        assertFalse(RunMounts.covers(last("FROM a\nRUN --mount=type=cache,target=/home/app/.npm npm ci\n"), "/root/.cache/pip"));
    }

    @Test
    void noMountsOutsideRun() {
        assertEquals(List.of(), RunMounts.of(last("FROM a\nCOPY --from=b / /\n")));
        assertEquals(1, RunMounts.of(last("FROM a\nONBUILD RUN --mount=type=cache,target=/x true\n")).size());
        assertEquals("bind", RunMounts.of(last("FROM a\nRUN --mount= true\n")).get(0).type());
    }
}
