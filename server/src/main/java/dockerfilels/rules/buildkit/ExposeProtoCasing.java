package dockerfilels.rules.buildkit;

import dockerfilels.rules.Findings;
import dockerfilels.rules.Fix;
import dockerfilels.rules.InstructionRule;
import dockerfilels.rules.RuleInfo;
import dockerfilels.rules.TextEdit;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.GoText;

/** BuildKit's ExposeProtoCasing: an EXPOSE port whose protocol is not lower case ({@code 80/TCP}). */
public final class ExposeProtoCasing implements InstructionRule {
    private static final RuleInfo INFO = BuildKitChecks.info("ExposeProtoCasing", "expose-proto-casing",
            "Protocol in EXPOSE instruction should be lowercase",
            "Protocol names in EXPOSE are case-insensitive for BuildKit, but the image config and other tools"
                    + " expect lower case: tcp, udp, sctp.",
            "FROM alpine\nEXPOSE 80/TcP\n", "FROM alpine\nEXPOSE 80/tcp\n");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Instruction instruction, Findings findings) {
        for (ExposePorts.Spec spec : ExposePorts.specs(instruction)) {
            String proto = spec.proto();
            if (!proto.equals(GoText.toLower(proto))) {
                String lower = GoText.toLower(proto);
                findings.report(spec.instruction(), spec.word().range(),
                        "Defined protocol '" + spec.word().text() + "' in EXPOSE instruction should be lowercase",
                        Fix.safe("Change '" + proto + "' to '" + lower + "'", new TextEdit(
                                BuildKitChecks.within(spec.word(), spec.protoStart(), spec.word().text().length()), lower)));
            }
        }
    }
}
