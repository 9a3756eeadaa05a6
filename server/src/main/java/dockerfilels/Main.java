package dockerfilels;

import dockerfilels.cli.CheckCommand;
import dockerfilels.cli.ParseCommand;
import dockerfilels.cli.Usage;
import dockerfilels.lsp.ServerLauncher;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point: the language server (stdio by default, a local TCP port for debugging) and the
 * {@code check} and {@code parse} commands.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (ServerLauncher.isServerMode(arguments)) {
            // Serves until the client says exit (or its process dies); exits the JVM itself.
            System.exit(ServerLauncher.run(arguments, System.err));
        }
        // Bytes, not the platform's charset: a dump must come out exactly, whatever the locale.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(arguments, out, err));
    }

    /** Runs a command (never the server) and returns its exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String first = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            switch (first) {
                case "check":
                    return new CheckCommand(out, err).run(rest);
                case "parse":
                    return new ParseCommand(out, err).run(rest);
                case "--version":
                    out.println("dockerfile-ls " + version());
                    out.flush();
                    return 0;
                case "--help":
                case "-h":
                case "help":
                    out.print(Usage.TEXT);
                    out.flush();
                    return 0;
                default:
                    return Usage.error(err, "unknown command or option: " + first);
            }
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The version from the jar's manifest; "dev" when running from classes. */
    public static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
