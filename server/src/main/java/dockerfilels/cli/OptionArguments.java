package dockerfilels.cli;

import java.util.List;

/**
 * Reads an option that takes a value, given as {@code --name=value} or as {@code --name value},
 * the same way for {@code check} and for the server's options.
 */
public final class OptionArguments {
    private OptionArguments() {
    }

    /** An option's value, and the index of the last argument it took (the option's own, or the next). */
    public record Value(String text, int last) {
    }

    /** The option's name: {@code --name} of {@code --name=value}, else the whole argument. */
    public static String name(String arg) {
        return arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    }

    /**
     * The value of the option at {@code args.get(i)}: what follows its first {@code =}, else the
     * next argument; null when it has neither.
     */
    public static Value value(List<String> args, int i) {
        String arg = args.get(i);
        if (arg.contains("=")) {
            return new Value(arg.substring(arg.indexOf('=') + 1), i);
        }
        if (i + 1 < args.size()) {
            return new Value(args.get(i + 1), i + 1);
        }
        return null;
    }
}
