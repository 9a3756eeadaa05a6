package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Instruction;

/**
 * BuildKit's ExposeInvalidFormat: an EXPOSE port with an IP address or a host port
 * ({@code 127.0.0.1:80:80}, {@code 8080:80}). BuildKit exposes only the container port, so the
 * fix, which keeps just that part, leaves the image unchanged.
 */
public final class ExposeInvalidFormat implements InstructionRule {
    private static final RuleInfo INFO = BuildKitChecks.info("ExposeInvalidFormat", "expose-invalid-format",
            "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release",
            "EXPOSE documents the ports the container listens on; which host address and port they are published on"
                    + " is decided when the container runs (docker run -p), and BuildKit ignores it here.",
            "FROM alpine\nEXPOSE 127.0.0.1:80:80\n", "FROM alpine\nEXPOSE 80\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ExposePorts.Spec spec : ExposePorts.specs(instruction)) {
            if (spec.hostOrIp()) {
                String container = spec.word().text().substring(spec.containerStart());
                findings.report(spec.instruction(), spec.word().range(),
                        "EXPOSE instruction should not define an IP address or host-port mapping, found '" + spec.word().text() + "'",
                        Fix.safe("Expose only " + container,
                                new TextEdit(BuildKitChecks.within(spec.word(), 0, spec.containerStart()), "")));
            }
        }
    }
}
