package dockerfilels.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic multi-stage Dockerfiles of an exact number of lines, the same for the same size:
 * a syntax directive, global ARGs, stages with {@code FROM ... AS name}, RUN with continuations
 * (and comment lines inside them), {@code RUN --mount=type=cache,...}, heredocs, {@code COPY
 * --from=stage}, ENV and LABEL, exec-form CMD/ENTRYPOINT/HEALTHCHECK, comments and blank lines.
 * The text is valid: a fresh parse gives no syntax diagnostics.
 */
public final class DockerfileGenerator {
    private DockerfileGenerator() {
    }

    /** A Dockerfile of exactly {@code lines} lines (the last one ends with a line break). */
    public static String generate(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, not " + lines);
        }
        Random random = new Random(lines * 31L + 7);
        List<String> out = new ArrayList<>(lines + 64);
        if (lines < 8) {
            out.add("FROM scratch");
            while (out.size() < lines) {
                out.add("# line " + (out.size() + 1));
            }
            return String.join("\n", out) + "\n";
        }
        out.add("# syntax=docker/dockerfile:1.7");
        out.add("# Generated for benchmarks: a monorepo that builds many services.");
        out.add("ARG BASE_IMAGE=debian:bookworm-slim");
        out.add("ARG GO_VERSION=1.22");
        out.add("ARG NODE_VERSION=20");
        out.add("");
        List<String> stageNames = new ArrayList<>();
        int stage = 0;
        while (true) {
            List<String> block = stage(stage, stageNames, random);
            if (out.size() + block.size() > lines) {
                break;
            }
            out.addAll(block);
            stage++;
        }
        // Fill the rest without breaking anything: comments and blank lines, then one short
        // instruction so that even a tiny file has one.
        if (out.size() < lines && stage == 0) {
            out.add("FROM ${BASE_IMAGE} AS tiny");
        }
        while (out.size() < lines) {
            out.add(out.size() % 3 == 0 ? "" : "# padding line " + out.size());
        }
        while (out.size() > lines) {
            out.remove(out.size() - 1);
        }
        StringBuilder text = new StringBuilder(lines * 40);
        for (String line : out) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /**
     * A place in the middle of {@code text} where a person types: the end of the first
     * single-line {@code RUN} at or after the middle line (0-based line, UTF-16 column).
     */
    public static int[] middleEditPosition(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = lines.length / 2; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("RUN ") && !line.endsWith("\\") && !line.contains("<<")) {
                return new int[] {i, line.length()};
            }
        }
        for (int i = lines.length / 2; i >= 0; i--) {
            if (!lines[i].endsWith("\\")) {
                return new int[] {i, lines[i].length()};
            }
        }
        return new int[] {0, 0};
    }

    private static List<String> stage(int n, List<String> stageNames, Random random) {
        List<String> b = new ArrayList<>();
        boolean build = n % 3 != 2;
        String name = (build ? "build-" : "runtime-") + n;
        b.add("# ---- stage " + n + ": " + (build ? "compile service " : "package service ") + n + " ----");
        if (build) {
            b.add("FROM golang:${GO_VERSION}-bookworm AS " + name);
        } else {
            b.add("FROM ${BASE_IMAGE} AS " + name);
        }
        b.add("ARG TARGETOS=linux");
        b.add("ARG TARGETARCH=amd64");
        b.add("WORKDIR /src/service-" + n);
        b.add("ENV CGO_ENABLED=0 \\");
        b.add("    GOFLAGS=-trimpath \\");
        b.add("    APP_HOME=/opt/service-" + n);
        b.add("LABEL org.opencontainers.image.title=\"service-" + n + "\" \\");
        b.add("      org.opencontainers.image.version=\"1." + n + ".0\"");
        b.add("");
        b.add("RUN apt-get update \\");
        b.add("    && apt-get install -y --no-install-recommends \\");
        b.add("        ca-certificates \\");
        b.add("        curl \\");
        b.add("    # git is needed by go mod download for private modules");
        b.add("        git \\");
        b.add("    && rm -rf /var/lib/apt/lists/*");
        b.add("RUN echo \"building " + name + "\" > /tmp/stage-" + n + ".txt");
        if (build) {
            b.add("COPY go.mod go.sum ./");
            b.add("RUN --mount=type=cache,target=/go/pkg/mod,id=gomod-" + n + " \\");
            b.add("    go mod download");
            b.add("COPY . .");
            b.add("RUN --mount=type=cache,target=/root/.cache/go-build,id=gobuild-" + n + " \\");
            b.add("    --mount=type=bind,source=go.mod,target=go.mod \\");
            b.add("    GOOS=$TARGETOS GOARCH=$TARGETARCH go build -ldflags=\"-s -w\" -o /out/service-" + n
                    + " ./cmd/service-" + n);
        } else {
            b.add("RUN groupadd --system app && useradd --system --gid app --home-dir ${APP_HOME:-/opt/app} app");
        }
        b.add("");
        b.add("RUN <<EOF");
        b.add("set -eux");
        b.add("mkdir -p /etc/service-" + n);
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            b.add("echo \"step " + i + " of stage " + n + "\" >> /etc/service-" + n + "/build.log");
        }
        b.add("EOF");
        b.add("COPY <<-CONF /etc/service-" + n + "/config.toml");
        b.add("\tlisten = \":80" + (n % 10) + "0\"");
        b.add("\tlog_level = \"info\"");
        b.add("\tCONF");
        if (!stageNames.isEmpty()) {
            String from = stageNames.get(random.nextInt(stageNames.size()));
            b.add("COPY --from=" + from + " /out/ /usr/local/bin/");
        }
        if (!build) {
            b.add("COPY --from=build-" + (n - 1) + " --chown=app:app /out/service-" + (n - 1)
                    + " /usr/local/bin/service");
            b.add("USER app");
            b.add("EXPOSE 80" + (n % 10) + "0/tcp");
            b.add("HEALTHCHECK --interval=30s --timeout=3s CMD [\"curl\", \"-f\", \"http://localhost/health\"]");
            b.add("ENTRYPOINT [\"/usr/local/bin/service\"]");
            b.add("CMD [\"--config\", \"/etc/service-" + n + "/config.toml\"]");
        }
        b.add("");
        stageNames.add(name);
        return b;
    }
}
