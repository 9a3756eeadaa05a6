package dockerfilels.cli;

import dockerfilels.syntax.BuildKitDump;
import dockerfilels.syntax.Dockerfile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code parse --buildkit-dump FILE...}: prints BuildKit's parse dump of each file, exactly;
 * {@code ERROR: message} in place of the dump of a file BuildKit rejects (exit 1); with several
 * files each output is preceded by {@code ==> PATH <==}. An unreadable file: exit 2.
 */
public final class ParseCommand {
    private final PrintStream out;
    private final PrintStream err;

    public ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        boolean dump = false;
        boolean optionsEnded = false;
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.equals("--buildkit-dump")) {
                dump = true;
            } else if (!optionsEnded && arg.startsWith("-") && !arg.equals("-")) {
                return Usage.error(err, "parse: unknown option: " + arg);
            } else {
                files.add(arg);
            }
        }
        if (!dump) {
            return Usage.error(err, "parse: say which output you want: parse --buildkit-dump FILE...");
        }
        if (files.isEmpty()) {
            return Usage.error(err, "parse: no files given");
        }
        int exit = 0;
        for (String file : files) {
            if (files.size() > 1) {
                out.print("==> " + file + " <==\n");
            }
            String text;
            try {
                text = SourceFiles.read(Path.of(file));
            } catch (IOException | RuntimeException e) {
                String reason = e instanceof IOException io ? SourceFiles.reason(io) : String.valueOf(e.getMessage());
                err.println("dockerfile-ls: " + file + ": cannot read: " + reason);
                exit = Math.max(exit, Usage.USAGE_ERROR);
                continue;
            }
            try {
                out.print(BuildKitDump.dump(Dockerfile.parse(text)));
            } catch (IllegalArgumentException rejected) {
                out.print("ERROR: " + SourceFiles.oneLine(String.valueOf(rejected.getMessage())) + "\n");
                exit = Math.max(exit, 1);
            }
        }
        out.flush();
        return exit;
    }
}
