package dockerfilels.cli;

import java.io.PrintStream;

/** The help text and the one way usage errors are reported (exit code 2). */
public final class Usage {
    public static final int USAGE_ERROR = 2;

    public static final String TEXT = String.join("\n",
            "Usage:",
            "  dockerfile-ls [--stdio]               run the language server on stdin/stdout",
            "  dockerfile-ls --port N                run the language server on 127.0.0.1:N (debugging)",
            "  dockerfile-ls check [--format text|json|sarif|checkstyle|github]",
            "                      [--fail-on error|warning|information|hint] [--config FILE] [--fix] PATH...",
            "                                        check Dockerfiles (folders are searched for Dockerfile,",
            "                                        Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile);",
            "                                        settings from --config FILE, else from the nearest",
            "                                        .dockerfile-ls.json; --fix writes the safe fixes first",
            "  dockerfile-ls parse --buildkit-dump FILE...",
            "                                        print BuildKit's parse dump of each file",
            "  dockerfile-ls --version               print the version",
            "  dockerfile-ls --help                  print this help",
            "",
            "check exits 0 when no diagnostic is at or above the --fail-on severity (default: error),",
            "1 when one is, and 2 on a usage error or an unreadable file.",
            "");

    private Usage() {
    }

    /** Prints {@code message} and a pointer to the help on {@code err}; returns exit code 2. */
    public static int error(PrintStream err, String message) {
        err.println("dockerfile-ls: " + message);
        err.println("Run 'dockerfile-ls --help' for usage.");
        err.flush();
        return USAGE_ERROR;
    }
}
