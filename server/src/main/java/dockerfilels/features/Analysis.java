package dockerfilels.features;

import dockerfilels.rules.Category;
import dockerfilels.rules.LintResult;
import dockerfilels.rules.Linter;
import dockerfilels.rules.Rules;
import dockerfilels.settings.LintSettings;
import dockerfilels.syntax.Dockerfile;
import dockerfilels.workspace.BuildContext;
import dockerfilels.workspace.FolderBuildContext;
import dockerfilels.workspace.ProjectSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way a Dockerfile is linted, for the server (push and pull diagnostics, code actions)
 * and for {@code check}: the settings are the given ones overridden by the nearest project file
 * {@code .dockerfile-ls.json}, and the build context is the Dockerfile's folder or the
 * {@code buildContext} setting relative to it; both are read only inside the location's root.
 */
public final class Analysis {

    /**
     * Where a Dockerfile lives: its file, and the root folder that reads stay inside (its
     * workspace folder). {@link #NOWHERE} for text that is not a file in a workspace.
     */
    public record Location(Path file, Path root) {
        public static final Location NOWHERE = new Location(null, null);

        public Location {
            file = file == null ? null : file.toAbsolutePath().normalize();
            root = root == null ? null : root.toAbsolutePath().normalize();
            if (file == null || root == null || !file.startsWith(root)) {
                file = null;
                root = null;
            }
        }

        /** The folder of the Dockerfile, or null. */
        public Path folder() {
            return file == null ? null : file.getParent();
        }

        /**
         * A file's location given the workspace folders: the deepest folder that holds it; with
         * no folders, the file's own folder; outside every folder, {@link #NOWHERE}.
         */
        public static Location in(Path file, List<Path> workspaceFolders) {
            if (file == null) {
                return NOWHERE;
            }
            Path absolute = file.toAbsolutePath().normalize();
            if (workspaceFolders.isEmpty()) {
                return new Location(absolute, absolute.getParent());
            }
            Path best = null;
            for (Path folder : workspaceFolders) {
                Path root = folder.toAbsolutePath().normalize();
                if (absolute.startsWith(root) && (best == null || root.getNameCount() > best.getNameCount())) {
                    best = root;
                }
            }
            return best == null ? NOWHERE : new Location(absolute, best);
        }
    }

    private final Linter linter;
    private final ProjectSettings projectSettings;
    private final Consumer<String> warnings;

    /** @param warnings where problems with settings files and the build context are told */
    public Analysis(Consumer<String> warnings) {
        this(null, warnings, true);
    }

    /**
     * @param linter the linter, or null for the standard one, taken on the first lint
     * @param projectFiles whether project files are looked for (not when {@code check --config} names one)
     */
    public Analysis(Linter linter, Consumer<String> warnings, boolean projectFiles) {
        this.linter = linter;
        this.warnings = warnings;
        this.projectSettings = projectFiles ? new ProjectSettings(warnings) : null;
    }

    /** Lints {@code model}, a Dockerfile at {@code location}, with the given (client or command-line) settings. */
    public LintResult lint(Dockerfile model, Location location, LintSettings given) {
        LintSettings settings = settings(location, given);
        warnUnknownNames(settings);
        return (linter != null ? linter : Linter.standard()).lint(model, settings, buildContext(location, settings));
    }

    /** A rule or category name that names nothing has no effect: say so (the sink drops repeats). */
    private void warnUnknownNames(LintSettings settings) {
        for (String name : settings.rules().keySet()) {
            if (Rules.byName(name) == null) {
                warnings.accept("settings: rules." + name + ": no rule has this name or alias; ignored");
            }
        }
        for (String name : settings.categories().keySet()) {
            if (Category.byId(name) == null) {
                warnings.accept("settings: categories." + name + ": no such category (" + categoryIds() + "); ignored");
            }
        }
    }

    private static String outside(Path folder, Path root) {
        return "build context " + folder + " is outside the workspace folder " + root + "; it is not read";
    }

    /**
     * A folder build context that, on its first read, makes sure the folder does not lead out of
     * the root through a link (resolving links costs system calls: only lints that read pay).
     */
    static final class Confined implements BuildContext {
        private final FolderBuildContext context;
        private final Path root;
        private final Consumer<String> warnings;
        private volatile Boolean inside;

        Confined(FolderBuildContext context, Path root, Consumer<String> warnings) {
            this.context = context;
            this.root = root;
            this.warnings = warnings;
        }

        /** The context's folder. */
        public Path root() {
            return context.root();
        }

        @Override
        public Object key() {
            return java.util.List.of(context.key(), root);
        }

        @Override
        public java.util.Optional<String> read(String relativePath) {
            return staysInside() ? context.read(relativePath) : java.util.Optional.empty();
        }

        @Override
        public List<String> list(String relativeFolder) {
            return staysInside() ? context.list(relativeFolder) : List.of();
        }

        private boolean staysInside() {
            Boolean ok = inside;
            if (ok == null) {
                ok = ProjectSettings.staysInside(context.root(), root);
                inside = ok;
                if (!ok) {
                    warnings.accept(outside(context.root(), root));
                }
            }
            return ok;
        }
    }

    private static String categoryIds() {
        return String.join(", ", java.util.Arrays.stream(Category.values()).map(Category::id).toList());
    }

    /** {@code given} overridden by the nearest project file (when project files are looked for). */
    public LintSettings settings(Location location, LintSettings given) {
        if (location.file() == null || projectSettings == null) {
            return given;
        }
        return given.overriddenBy(projectSettings.near(location.folder(), location.root()));
    }

    /** The Dockerfile's folder or the configured folder relative to it, when inside the root; else none. */
    public BuildContext buildContext(Location location, LintSettings settings) {
        if (location.file() == null) {
            return BuildContext.NONE;
        }
        Path folder = location.folder();
        if (settings.buildContext() != null) {
            try {
                folder = folder.resolve(settings.buildContext()).normalize();
            } catch (InvalidPathException e) {
                warnings.accept("buildContext '" + settings.buildContext() + "' is not a valid path; no build context is read");
                return BuildContext.NONE;
            }
        }
        if (!folder.startsWith(location.root())) {
            warnings.accept(outside(folder, location.root()));
            return BuildContext.NONE;
        }
        return new Confined(new FolderBuildContext(folder), location.root(), warnings);
    }
}
