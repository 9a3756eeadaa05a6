package dockerfilels.semantics.commands;

import dockerfilels.syntax.Flag;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --mount} flags of a RUN, read for what they mean to the layer: a {@code cache} or
 * {@code tmpfs} mount keeps whatever the command writes under its target out of the image. Only the
 * type and target are read (BuildKit's defaults: type {@code bind}; {@code target}, {@code dst} or
 * {@code destination}); the full validation is {@code rules/build/InvalidMount}'s job.
 */
public final class RunMounts {
    private RunMounts() {
    }

    /** One mount: its type (lower case) and target as written (null when none), and the flag it came from. */
    public record Mount(String type, String target, Flag flag) {

        /** Whether what is written under the target stays out of the layer: a cache or tmpfs mount. */
        public boolean keepsOutOfLayer() {
            return type.equals("cache") || type.equals("tmpfs");
        }

        /**
         * Whether this mount keeps {@code dir} out of the layer: a cache or tmpfs mount on the folder or
         * one of its parents. A folder in root's home ({@code /root/.cache/pip}) also counts as covered by
         * a mount on the same folder in another home ({@code /home/app/.cache/pip}, {@code ~/.cache},
         * {@code $HOME/.cache}), since the RUN may run as another user.
         */
        public boolean covers(String dir) {
            if (!keepsOutOfLayer() || target == null) {
                return false;
            }
            String mounted = trimSlashes(target);
            String wanted = trimSlashes(dir);
            if (within(wanted, mounted)) {
                return true;
            }
            String home = homeRelative(wanted);
            String mountedHome = homeRelative(mounted);
            return home != null && mountedHome != null && within(home, mountedHome);
        }
    }

    /** The mounts of a RUN (or of ONBUILD RUN); empty for other instructions. */
    public static List<Mount> of(Instruction instruction) {
        Instruction run = instruction.is(Keyword.ONBUILD) ? instruction.trigger() : instruction;
        if (run == null || !run.is(Keyword.RUN)) {
            return List.of();
        }
        List<Mount> mounts = new ArrayList<>();
        for (Flag flag : run.flags()) {
            if (flag.name().equals("mount") && flag.value() != null) {
                mounts.add(parse(flag));
            }
        }
        return mounts;
    }

    /** Whether some mount of the RUN keeps {@code dir} out of its layer. */
    public static boolean covers(Instruction run, String dir) {
        for (Mount mount : of(run)) {
            if (mount.covers(dir)) {
                return true;
            }
        }
        return false;
    }

    private static Mount parse(Flag flag) {
        String type = "bind";
        String target = null;
        for (String field : flag.value().split(",")) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : unquote(field.substring(eq + 1).trim());
            if (key.equals("type") && value != null) {
                type = value.toLowerCase(Locale.ROOT);
            } else if ((key.equals("target") || key.equals("dst") || key.equals("destination")) && value != null) {
                target = value;
            }
        }
        return new Mount(type, target, flag);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static String trimSlashes(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Whether {@code path} is {@code folder} or lies inside it. */
    private static boolean within(String path, String folder) {
        return path.equals(folder) || folder.equals("/") || path.startsWith(folder + "/");
    }

    /** The part of a path inside a home folder ({@code /root/x}, {@code /home/u/x}, {@code ~/x}, {@code $HOME/x}), or null. */
    private static String homeRelative(String path) {
        for (String prefix : List.of("/root/", "~/", "$HOME/", "${HOME}/")) {
            if (path.startsWith(prefix)) {
                return path.substring(prefix.length());
            }
        }
        if (path.startsWith("/home/")) {
            int slash = path.indexOf('/', "/home/".length());
            return slash < 0 ? null : path.substring(slash + 1);
        }
        return null;
    }
}
