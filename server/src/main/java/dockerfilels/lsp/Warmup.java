package dockerfilels.lsp;

import dockerfilels.rules.Linter;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.workspace.BuildContext;

/**
 * The server answers initialize before it loads the rules (a hundred classes and their patterns);
 * once the client says it is initialized, one background thread loads them by linting a small
 * Dockerfile, while the editor is still opening its first document. A document that arrives first
 * simply waits for the classes this thread is loading, as it would have loaded them itself. The
 * thread goes on parsing and linting the sample a few hundred times (a fraction of a second):
 * keystrokes re-check one stage, so without this the whole-file path of the next document opened
 * would still run in the interpreter long after the session started.
 */
final class Warmup {
    /** Rounds of parsing and linting the sample: enough for the compiler to take the first-lint path in hand. */
    private static final int ROUNDS = 300;
    private static final String SAMPLE = """
            # syntax=docker/dockerfile:1
            ARG VERSION=1.22
            ARG BASE=debian:bookworm-slim
            FROM golang:${VERSION} AS build
            ARG TARGETOS=linux
            WORKDIR /src
            ENV CGO_ENABLED=0 \\
                GOFLAGS=-trimpath
            COPY go.mod go.sum ./
            RUN --mount=type=cache,target=/go/pkg/mod go mod download
            COPY . .
            RUN apt-get update \\
                && apt-get install -y --no-install-recommends curl git \\
                # needed for private modules
                && rm -rf /var/lib/apt/lists/*
            RUN GOOS=$TARGETOS go build -ldflags="-s -w" -o /out/app ./cmd/app
            FROM node:20 AS web
            WORKDIR /web
            COPY package*.json ./
            RUN npm ci && npm run build | tee build.log
            FROM python:3.12-slim AS tools
            RUN pip install --no-cache-dir flask==3.0.0
            RUN <<EOF
            set -eux
            mkdir -p /etc/app
            echo ready > /etc/app/state
            EOF
            FROM ${BASE} AS runtime
            RUN groupadd --system app && useradd --system --gid app app
            COPY --from=build --chown=app:app /out/app /usr/local/bin/app
            COPY --from=web /web/dist /srv/www
            COPY <<-CONF /etc/app/config.toml
            	listen = ":8080"
            	CONF
            USER app
            EXPOSE 8080/tcp
            HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:8080/health"]
            ENTRYPOINT ["/usr/local/bin/app"]
            CMD ["--config", "/etc/app/config.toml"]
            """;

    private Warmup() {
    }

    static void start(ClientLog log) {
        Thread thread = new Thread(() -> {
            try {
                for (int i = 0; i < ROUNDS; i++) {
                    Linter.standard().lint(Dockerfile.parse(SAMPLE), LintSettings.DEFAULT, BuildContext.NONE);
                }
            } catch (RuntimeException | LinkageError e) {
                log.error("warming up failed", e);
            }
        }, "dockerfile-ls-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
