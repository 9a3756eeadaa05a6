package dockerfilels.rules.build;

import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dockerfilels.syntax.Severity;
import dockerfilels.testing.CorpusCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** RUN --network, --security and --device. */
class RunFlagsTest {

    @Test
    void network() {
        for (String mode : new String[] {"default", "none", "host"}) {
            assertNone("InvalidNetwork", "FROM a\nRUN --network=" + mode + " true\n");
        }
        assertRule("InvalidNetwork", "FROM a\nRUN --network=off true\n",
                d(1, 14, 1, 17, Severity.ERROR, "InvalidNetwork", "invalid network mode \"off\""));
        assertRule("InvalidNetwork", "FROM a\nRUN --network=NONE true\n",
                d(1, 14, 1, 18, Severity.ERROR, "InvalidNetwork", "invalid network mode \"NONE\""));
        assertRule("InvalidNetwork", "FROM a\nRUN --network= true\n",
                d(1, 4, 1, 14, Severity.ERROR, "InvalidNetwork", "invalid network mode \"\""));
    }

    @Test
    void security() {
        assertNone("InvalidSecurity", "FROM a\nRUN --security=sandbox true\nRUN --security=insecure true\n");
        assertRule("InvalidSecurity", "FROM a\nRUN --security=privileged true\n",
                d(1, 15, 1, 25, Severity.ERROR, "InvalidSecurity", "security \"privileged\" is not valid"));
    }

    @Test
    void deviceNeedsTheLabsFrontend() {
        assertRule("InvalidDevice", "FROM a\nRUN --device=vendor.com/gpu=all true\n",
                d(1, 4, 1, 12, Severity.ERROR, "InvalidDevice", InvalidDevice.LABS_ONLY));
        assertNone("InvalidDevice", "# syntax=docker/dockerfile:1-labs\nFROM a\nRUN --device=vendor.com/gpu=all,required true\n");
        assertRule("InvalidDevice", "# syntax=docker/dockerfile:1-labs\nFROM a\nRUN --device=a/b,name=c/d true\n",
                d(2, 13, 2, 25, Severity.ERROR, "InvalidDevice", "device name already set to a/b"));
        assertRule("InvalidDevice", "# syntax=docker/dockerfile:1-labs\nFROM a\nRUN --device=a/b,required=maybe true\n",
                d(2, 13, 2, 31, Severity.ERROR, "InvalidDevice", "invalid value for required: maybe"));
    }

    /** BuildKit's TestParseDevice: every case parses, or fails with BuildKit's message. */
    @TestFactory
    Stream<DynamicTest> parseDeviceCorpus() {
        return CorpusCases.each(CorpusCases.cases("TestParseDevice"), CorpusCases::input, c -> {
            String expected = c.has("expectedError") ? c.get("expectedError").getAsString() : null;
            assertEquals(expected, InvalidDevice.parse(CorpusCases.input(c)));
        });
    }
}
