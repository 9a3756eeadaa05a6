package dockerfilels.rules.buildkit;

import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import dockerfilels.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EXPOSE port specs as BuildKit's dispatcher reads them ({@code [ip:][hostPort:]containerPort[/proto]}),
 * for ExposeProtoCasing and ExposeInvalidFormat. BuildKit stops at the first spec it rejects,
 * so the specs after it are never checked; a spec that needs variable expansion, quote removal
 * or escapes (either escape character) cannot be judged offline and is passed over.
 */
final class ExposePorts {
    private ExposePorts() {
    }

    /** One port spec: the word, where the container part starts and where its protocol starts (-1 for none). */
    record Spec(Instruction instruction, Word word, int containerStart, int protoStart, boolean hostOrIp) {
        String proto() {
            return protoStart < 0 ? "" : word.text().substring(protoStart);
        }
    }

    /** The specs of an EXPOSE instruction (none for other instructions). */
    static List<Spec> specs(Instruction instruction) {
        List<Spec> specs = new ArrayList<>();
        if (instruction.is(Keyword.EXPOSE)) {
            read(instruction, specs);
        }
        return specs;
    }

    private static void read(Instruction instruction, List<Spec> specs) {
        for (Word word : instruction.arguments()) {
            String raw = word.text();
            if (BuildKitChecks.needsProcessing(raw, '`') || raw.indexOf('\\') >= 0 || !BuildKitChecks.isPlainOnOneLine(word)) {
                continue;
            }
            String[] parts = raw.split(":", -1);
            int containerStart = raw.lastIndexOf(':') + 1;
            String container = raw.substring(containerStart);
            String hostPort = parts.length >= 2 ? parts[parts.length - 2] : "";
            boolean ip = parts.length >= 3;
            int slash = container.indexOf('/');
            String port = slash < 0 ? container : container.substring(0, slash);
            String proto = slash < 0 ? "" : container.substring(slash + 1);
            if (port.isEmpty() || !List.of("", "tcp", "udp", "sctp").contains(proto.toLowerCase(Locale.ROOT))) {
                return;
            }
            String ipText = ip ? raw.substring(0, raw.length() - container.length() - hostPort.length() - 2) : "";
            specs.add(new Spec(instruction, word, containerStart, slash < 0 ? -1 : containerStart + slash + 1,
                    !ipText.isEmpty() || !hostPort.isEmpty()));
            if (!validRange(port) || !hostPort.isEmpty() && !validRange(hostPort)) {
                return;
            }
        }
    }

    /** BuildKit's parsePortRange: {@code n} or {@code n-m}, 0..65535, m >= n. */
    private static boolean validRange(String ports) {
        int dash = ports.indexOf('-');
        String start = dash < 0 ? ports : ports.substring(0, dash);
        String end = dash < 0 ? start : ports.substring(dash + 1);
        int s = number(start);
        int e = start.equals(end) ? s : number(end);
        return s >= 0 && e >= s;
    }

    private static int number(String text) {
        if (text.isEmpty() || text.length() > 6) {
            return -1;
        }
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return -1;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        int value = Integer.parseInt(text.substring(start));
        return text.charAt(0) == '-' || value > 65535 ? -1 : value;
    }
}
