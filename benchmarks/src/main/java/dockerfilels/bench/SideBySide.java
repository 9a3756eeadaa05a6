package dockerfilels.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * This server and rcjsuen's Node.js server ({@code docker-langserver --stdio}, the one behind VS
 * Code's Docker extension and Neovim's dockerls) side by side, each a real process on stdio, with
 * one workload: spawn to initialize response; didOpen to first diagnostics; typing one character
 * at a time to the diagnostics of each keystroke; completion at {@code COPY --from=}; hover; peak
 * resident memory with a 5,000-line file open. Prints one table with both and the ratios.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dockerfilels.bench.SideBySide --ours CMD --peer CMD
 * [--sizes 500,5000,20000] [--keystrokes N] [--warmup N] [--smoke]}: {@code --warmup} keystrokes and
 * requests on a 500-line file first, then {@code --keystrokes} measured ones per size, where each CMD is a command
 * line split on spaces ({@code run.sh} installs the peer with npm and passes both).
 */
public final class SideBySide {

    /** What one measurement gave for each server: a median or p50 in milliseconds, or megabytes. */
    private static final int WARMUP_LINES = 500;
    /** Keystrokes or requests on the measured file before timing starts, after the warm-up file. */
    private static final int MEASURED_WARMUP = 5;

    private record Row(String metric, String unit, double ours, double peer) {
    }

    public static void main(String[] args) throws Exception {
        List<String> ours = null;
        List<String> peer = null;
        int[] sizes = {500, 5000, 20000};
        int keystrokes = 60;
        int warmup = 1000;
        int spawns = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ours" -> ours = List.of(args[++i].split(" "));
                case "--peer" -> peer = List.of(args[++i].split(" "));
                case "--sizes" -> sizes = args[++i].equals("none") ? new int[0]
                        : Arrays.stream(args[i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--spawns" -> spawns = Integer.parseInt(args[++i]);
                case "--keystrokes" -> keystrokes = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--smoke" -> {
                    sizes = new int[] {500};
                    keystrokes = 5;
                    warmup = 5;
                    spawns = 1;
                }
                default -> usage();
            }
        }
        if (ours == null || peer == null) {
            usage();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("spawn -> initialize response (median of " + spawns + ")", "ms",
                initialize(ours, spawns), initialize(peer, spawns)));
        for (int size : sizes) {
            String text = DockerfileGenerator.generate(size);
            Map<String, Double> a = workload(ours, text, size, warmup, keystrokes);
            Map<String, Double> b = workload(peer, text, size, warmup, keystrokes);
            for (String metric : a.keySet()) {
                rows.add(new Row(metric + ", " + size + " lines", metric.startsWith("peak") ? "MB" : "ms",
                        a.get(metric), b.getOrDefault(metric, Double.NaN)));
            }
        }
        print(rows, ours, peer);
    }

    private static void usage() {
        System.err.println("usage: SideBySide --ours CMD --peer CMD [--sizes 500,5000,20000|none] [--keystrokes N]"
                + " [--warmup N] [--spawns N] [--smoke]");
        System.exit(2);
    }

    /** The median time from starting the process to the initialize response, in ms. */
    private static double initialize(List<String> command, int spawns) throws Exception {
        long[] times = new long[spawns];
        for (int i = 0; i < spawns; i++) {
            long start = System.nanoTime();
            try (StdioServer server = StdioServer.start(command)) {
                server.initialize();
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        return ms(times[spawns / 2]);
    }

    /** One process: open, type, complete, hover; the p50s in ms and the peak resident memory in MB. */
    private static Map<String, Double> workload(List<String> command, String text, int size, int warmup,
            int keystrokes) throws Exception {
        Map<String, Double> results = new LinkedHashMap<>();
        try (StdioServer server = StdioServer.start(command)) {
            server.initialize();
            warmUp(server, warmup);
            String uri = new File("/bench/" + size + "/Dockerfile").toURI().toString();
            long start = System.nanoTime();
            server.open(uri, text);
            server.awaitDiagnostics(uri, 1);
            results.put("didOpen -> first diagnostics", ms(System.nanoTime() - start));

            int[] at = DockerfileGenerator.middleEditPosition(text);
            long[] typing = server.type(uri, at, MEASURED_WARMUP, keystrokes);
            results.put("keystroke -> diagnostics p50", ms(KeystrokeLatency.pct(typing, 50)));
            results.put("keystroke -> diagnostics p90", ms(KeystrokeLatency.pct(typing, 90)));

            int[] from = positionAfter(text, "COPY --from=");
            results.put("completion at COPY --from= p50",
                    p50(server, MEASURED_WARMUP, keystrokes, () -> server.completion(uri, from[0], from[1])));
            int[] keyword = positionAfter(text, "\nRUN ");
            results.put("hover on RUN p50",
                    p50(server, MEASURED_WARMUP, keystrokes, () -> server.hover(uri, keyword[0], 1)));
            results.put("peak resident memory", server.peakResidentMegabytes());
        }
        return results;
    }

    /**
     * Warms a fresh process up as an editor session would have: typing, completion and hover on
     * a small file, so that what is measured next is the steady state of each runtime (JIT) and
     * not its first minutes, while a slow server is not made to type thousands of keystrokes
     * into a large file.
     */
    private static void warmUp(StdioServer server, int keystrokes) throws Exception {
        String text = DockerfileGenerator.generate(WARMUP_LINES);
        String uri = new File("/bench/warm-up/Dockerfile").toURI().toString();
        server.open(uri, text);
        server.awaitDiagnostics(uri, 1);
        server.type(uri, DockerfileGenerator.middleEditPosition(text), keystrokes, 1);
        int[] from = positionAfter(text, "COPY --from=");
        p50(server, keystrokes, 1, () -> server.completion(uri, from[0], from[1]));
        p50(server, keystrokes, 1, () -> server.hover(uri, positionAfter(text, "\nRUN ")[0], 1));
        server.close(uri);
    }

    /** The p50 of a request in ms, or NaN when the server does not answer it (an error response). */
    private static double p50(StdioServer server, int warmup, int times, StdioServer.Request request) throws Exception {
        try {
            return ms(KeystrokeLatency.pct(server.repeat(warmup, times, request), 50));
        } catch (java.util.concurrent.ExecutionException e) {
            return Double.NaN;
        }
    }

    /** Line and column right after the first occurrence of {@code marker}. */
    private static int[] positionAfter(String text, String marker) {
        int offset = text.indexOf(marker);
        if (offset < 0) {
            throw new IllegalStateException("generated file has no " + marker.strip());
        }
        offset += marker.length();
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart};
    }

    private static void print(List<Row> rows, List<String> ours, List<String> peer) {
        System.out.println("dockerfile-ls (ours): " + String.join(" ", ours));
        System.out.println("rcjsuen (peer):       " + String.join(" ", peer));
        System.out.printf(Locale.ROOT, "| %-52s | %11s | %11s | %11s |%n", "measure", "ours", "peer", "ours / peer");
        System.out.printf(Locale.ROOT, "| %-52s | %11s | %11s | %11s |%n", "---", "---:", "---:", "---:");
        for (Row row : rows) {
            double ratio = row.ours() / row.peer();
            System.out.printf(Locale.ROOT, "| %-52s | %8.2f %-2s | %8.2f %-2s | %11s |%n", row.metric(), row.ours(),
                    row.unit(), row.peer(), row.unit(), Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.3f", ratio) : "n/a");
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
