package dockerfilels.semantics.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the package managers and build tools a RUN calls do to the layer and the build cache:
 * which invocations download packages (and so fill a cache folder), which install a project's
 * dependencies from its manifests, where each tool keeps its cache when run as root in the
 * official images, and which environment variables move that cache.
 */
public final class PackageManagers {
    private static final java.util.regex.Pattern PIP = java.util.regex.Pattern.compile("pip[0-9.]*");
    private static final java.util.regex.Pattern PYTHON = java.util.regex.Pattern.compile("python[0-9.]*");
    private PackageManagers() {
    }

    /** A package manager or build tool that downloads what it installs. */
    public enum Tool {
        APT("apt-get", List.of("/var/cache/apt", "/var/lib/apt"), true, List.of()),
        APK("apk", List.of("/var/cache/apk"), false, List.of()),
        PIP("pip", List.of("/root/.cache/pip"), false, List.of("PIP_CACHE_DIR")),
        UV("uv", List.of("/root/.cache/uv"), false, List.of("UV_CACHE_DIR")),
        POETRY("poetry", List.of("/root/.cache/pypoetry"), false, List.of("POETRY_CACHE_DIR")),
        PIPENV("pipenv", List.of("/root/.cache/pipenv"), false, List.of("PIPENV_CACHE_DIR")),
        NPM("npm", List.of("/root/.npm"), false, List.of("npm_config_cache", "NPM_CONFIG_CACHE")),
        YARN("yarn", List.of("/usr/local/share/.cache/yarn"), false, List.of("YARN_CACHE_FOLDER")),
        PNPM("pnpm", List.of("/root/.local/share/pnpm/store"), false, List.of("npm_config_store_dir", "PNPM_HOME")),
        GO("go", List.of("/root/.cache/go-build", "/go/pkg/mod"), false, List.of("GOCACHE", "GOMODCACHE", "GOPATH")),
        CARGO("cargo", List.of("/usr/local/cargo/registry"), false, List.of("CARGO_HOME")),
        MAVEN("mvn", List.of("/root/.m2"), false, List.of()),
        GRADLE("gradle", List.of("/root/.gradle"), false, List.of("GRADLE_USER_HOME")),
        BUNDLER("bundle", List.of("/usr/local/bundle/cache"), false, List.of("BUNDLE_CACHE_PATH")),
        GEM("gem", List.of("/usr/local/bundle/cache"), false, List.of()),
        COMPOSER("composer", List.of("/root/.cache/composer"), false, List.of("COMPOSER_CACHE_DIR", "COMPOSER_HOME")),
        DNF("dnf", List.of("/var/cache/dnf", "/var/cache/libdnf5"), true, List.of()),
        YUM("yum", List.of("/var/cache/yum"), true, List.of()),
        ZYPPER("zypper", List.of("/var/cache/zypp"), true, List.of());

        private final String displayName;
        private final List<String> cacheDirs;
        private final boolean locked;
        private final List<String> cacheVariables;

        Tool(String displayName, List<String> cacheDirs, boolean locked, List<String> cacheVariables) {
            this.displayName = displayName;
            this.cacheDirs = cacheDirs;
            this.locked = locked;
            this.cacheVariables = cacheVariables;
        }

        /** The name users know the tool by. */
        public String displayName() {
            return displayName;
        }

        /** Where the tool keeps what it downloads when run as root in the official images (cache mount targets). */
        public List<String> cacheDirs() {
            return cacheDirs;
        }

        /**
         * Whether two builds must not share the cache at once ({@code sharing=locked}): the system
         * package managers lock their cache and fail, or corrupt it, when two RUNs use it together.
         */
        public boolean needsLockedSharing() {
            return locked;
        }

        /** Environment variables that move the tool's cache elsewhere. */
        public List<String> cacheVariables() {
            return cacheVariables;
        }
    }

    /**
     * One call of a tool: the command, the tool, its verb ({@code install} of {@code apt-get -y install x};
     * "" for a bare {@code yarn}; all goals for Maven and Gradle, space-separated) and the word of the verb
     * (null when there is none).
     */
    public record Invocation(ShellCommand command, Tool tool, String verb, ShellWord verbWord) {

        /** Whether the call downloads packages into the tool's cache (not when told to stay offline). */
        public boolean downloads() {
            return !offline() && fetches();
        }

        /** Whether the call is told not to use the network: {@code --offline}, {@code pip --no-index}, {@code apk --no-network} ... */
        public boolean offline() {
            return switch (tool) {
                case APK -> command.hasOption("--no-network");
                case PIP -> command.hasOption("--no-index");
                case NPM, YARN, PNPM, GRADLE, UV -> command.hasOption("--offline");
                case CARGO -> command.hasOption("--offline", "--frozen");
                case MAVEN -> command.hasOption("-o", "--offline");
                case GO -> command.arguments().stream().anyMatch(w -> w.value().equals("-mod=vendor"));
                default -> false;
            };
        }

        private boolean fetches() {
            return switch (tool) {
                case APT -> Set.of("install", "update", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "reinstall")
                        .contains(verb);
                case APK -> Set.of("add", "update", "upgrade", "fix").contains(verb);
                case PIP -> Set.of("install", "download", "wheel").contains(verb);
                case UV -> Set.of("sync", "add", "pip install", "pip sync", "tool install").contains(verb);
                case POETRY -> Set.of("install", "add", "update", "sync").contains(verb);
                case PIPENV -> Set.of("install", "sync").contains(verb);
                case NPM -> Set.of("install", "i", "ci", "add", "update", "clean-install", "install-clean", "isntall").contains(verb);
                case YARN -> Set.of("", "install", "add", "upgrade").contains(verb);
                case PNPM -> Set.of("install", "i", "add", "fetch", "update").contains(verb);
                case GO -> Set.of("mod download", "build", "install", "get", "test", "run").contains(verb);
                case CARGO -> Set.of("build", "fetch", "install", "test", "run", "check", "b", "t").contains(verb);
                case MAVEN, GRADLE -> !verb.isEmpty() && !verb.equals("clean");
                case BUNDLER -> Set.of("install", "update", "package", "cache").contains(verb);
                case GEM -> Set.of("install", "update").contains(verb);
                case COMPOSER -> Set.of("install", "update", "require", "i", "u").contains(verb);
                case DNF, YUM -> Set.of("install", "groupinstall", "localinstall", "reinstall", "upgrade", "update",
                        "makecache", "builddep", "distro-sync").contains(verb);
                case ZYPPER -> Set.of("install", "in", "update", "up", "dist-upgrade", "dup", "refresh", "ref",
                        "source-install", "si", "patch").contains(verb);
            };
        }

        /** Whether the call installs packages (not only refreshes an index or fetches sources). */
        public boolean installs() {
            return switch (tool) {
                case APT -> Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "reinstall").contains(verb);
                case APK -> Set.of("add", "upgrade", "fix").contains(verb);
                case DNF, YUM -> Set.of("install", "groupinstall", "localinstall", "reinstall", "upgrade", "update", "builddep",
                        "distro-sync").contains(verb);
                case ZYPPER -> Set.of("install", "in", "update", "up", "dist-upgrade", "dup", "source-install", "si", "patch")
                        .contains(verb);
                default -> fetches();
            };
        }

        /** The operands after the verb (packages, paths, requirement files given by option are not among them). */
        public List<ShellWord> operandsAfterVerb() {
            List<ShellWord> operands = command.operands();
            int at = verbWord == null ? -1 : operands.indexOf(verbWord);
            return at < 0 ? operands : operands.subList(at + 1, operands.size());
        }
    }

    /** The verbs of each tool that take no value, by which the verb is found among the operands. */
    private static final Set<String> APT_VERBS = Set.of("install", "update", "upgrade", "dist-upgrade", "full-upgrade",
            "build-dep", "source", "reinstall", "remove", "purge", "autoremove", "clean", "autoclean", "download", "check",
            "satisfy", "policy", "show", "search", "list", "changelog", "markauto", "unmarkauto");
    private static final Set<String> APK_VERBS = Set.of("add", "del", "update", "upgrade", "fix", "cache", "info", "search",
            "fetch", "audit", "verify", "stats", "policy", "index", "dot", "manifest");
    private static final Set<String> PIP_VERBS = Set.of("install", "download", "uninstall", "freeze", "list", "show", "check",
            "config", "search", "cache", "index", "wheel", "hash", "completion", "debug", "help", "inspect");
    private static final Set<String> NPM_VERBS = Set.of("install", "i", "ci", "add", "update", "clean-install", "install-clean",
            "isntall", "run", "run-script", "cache", "config", "exec", "test", "start", "build", "prune", "uninstall", "rebuild",
            "audit", "set", "pack", "publish", "link", "dedupe", "version");
    private static final Set<String> PNPM_VERBS = Set.of("install", "i", "add", "fetch", "update", "run", "exec", "store",
            "prune", "remove", "build", "test", "deploy", "config", "setup");
    private static final Set<String> DNF_VERBS = Set.of("install", "groupinstall", "localinstall", "reinstall", "upgrade",
            "update", "makecache", "builddep", "distro-sync", "clean", "remove", "erase", "autoremove", "module", "group",
            "config-manager", "copr", "search", "info", "list", "repolist", "download", "debuginfo-install", "swap");
    private static final Set<String> ZYPPER_VERBS = Set.of("install", "in", "update", "up", "dist-upgrade", "dup", "refresh",
            "ref", "source-install", "si", "patch", "clean", "cc", "remove", "rm", "addrepo", "ar", "search", "se", "info",
            "modifyrepo", "mr", "lr", "repos");

    /** The command as a call of a known tool, or null. */
    public static Invocation of(ShellCommand command) {
        String name = command.name();
        if (name.isEmpty()) {
            return null;
        }
        List<ShellWord> operands = command.operands();
        return switch (name) {
            case "apt-get", "apt", "aptitude" -> verb(command, Tool.APT, operands, APT_VERBS);
            case "apk" -> verb(command, Tool.APK, operands, APK_VERBS);
            case "uv" -> uv(command, operands);
            case "poetry" -> first(command, Tool.POETRY, operands);
            case "pipenv" -> first(command, Tool.PIPENV, operands);
            case "npm" -> verb(command, Tool.NPM, operands, NPM_VERBS);
            case "yarn", "yarnpkg" -> operands.isEmpty()
                    ? new Invocation(command, Tool.YARN, command.hasOption("--version", "-v", "--help", "-h") ? "--version" : "", null)
                    : first(command, Tool.YARN, operands);
            case "pnpm" -> verb(command, Tool.PNPM, operands, PNPM_VERBS);
            case "go" -> go(command, operands);
            case "cargo" -> first(command, Tool.CARGO, operands);
            case "mvn", "mvnw", "mvnd" -> goals(command, Tool.MAVEN, operands);
            case "gradle", "gradlew" -> goals(command, Tool.GRADLE, operands);
            case "bundle", "bundler" -> operands.isEmpty() ? new Invocation(command, Tool.BUNDLER, "install", null)
                    : first(command, Tool.BUNDLER, operands);
            case "gem" -> first(command, Tool.GEM, operands);
            case "composer", "composer.phar" -> first(command, Tool.COMPOSER, operands);
            case "dnf", "dnf5", "microdnf", "tdnf" -> verb(command, Tool.DNF, operands, DNF_VERBS);
            case "yum" -> verb(command, Tool.YUM, operands, DNF_VERBS);
            case "zypper" -> verb(command, Tool.ZYPPER, operands, ZYPPER_VERBS);
            default -> pip(command, name, operands);
        };
    }

    /** Every call of a known tool in a script, in order; worked out once per script (a dozen rules ask). */
    public static List<Invocation> in(ShellScript script) {
        List<Invocation> known = script.invocations;
        if (known != null) {
            return known;
        }
        List<Invocation> found = new ArrayList<>();
        for (ShellCommand command : script.commands()) {
            Invocation invocation = of(command);
            if (invocation != null) {
                found.add(invocation);
            }
        }
        known = List.copyOf(found);
        script.invocations = known;
        return known;
    }

    /** {@code pip}, {@code pip3}, {@code pip3.12}, and {@code python[3[.x]] -m pip}. */
    private static Invocation pip(ShellCommand command, String name, List<ShellWord> operands) {
        if (!name.startsWith("p")) {
            return null; // every command of every RUN passes here: no regular expression for most
        }
        if (PIP.matcher(name).matches()) {
            return verb(command, Tool.PIP, operands, PIP_VERBS);
        }
        if (PYTHON.matcher(name).matches() && "pip".equals(command.optionValue("-m"))) {
            List<ShellWord> rest = operands.isEmpty() ? operands : operands.subList(1, operands.size());
            return verb(command, Tool.PIP, rest, PIP_VERBS);
        }
        return null;
    }

    /** {@code uv pip install}, {@code uv tool install}: two-word verbs; else the first operand. */
    private static Invocation uv(ShellCommand command, List<ShellWord> operands) {
        if (operands.isEmpty()) {
            return new Invocation(command, Tool.UV, "", null);
        }
        String first = operands.get(0).value();
        if ((first.equals("pip") || first.equals("tool")) && operands.size() > 1) {
            return new Invocation(command, Tool.UV, first + " " + operands.get(1).value(), operands.get(1));
        }
        return new Invocation(command, Tool.UV, first, operands.get(0));
    }

    /** {@code go mod download} as the two-word verb {@code mod download}; else the first operand. */
    private static Invocation go(ShellCommand command, List<ShellWord> operands) {
        if (operands.isEmpty()) {
            return new Invocation(command, Tool.GO, "", null);
        }
        String first = operands.get(0).value();
        if (first.equals("mod") && operands.size() > 1) {
            return new Invocation(command, Tool.GO, "mod " + operands.get(1).value(), operands.get(1));
        }
        return new Invocation(command, Tool.GO, first, operands.get(0));
    }

    /** The first operand that is one of the tool's verbs (an option's value may come before it). */
    private static Invocation verb(ShellCommand command, Tool tool, List<ShellWord> operands, Set<String> verbs) {
        for (ShellWord operand : operands) {
            if (verbs.contains(operand.value())) {
                return new Invocation(command, tool, operand.value(), operand);
            }
        }
        return new Invocation(command, tool, "", null);
    }

    private static Invocation first(ShellCommand command, Tool tool, List<ShellWord> operands) {
        return operands.isEmpty() ? new Invocation(command, tool, "", null)
                : new Invocation(command, tool, operands.get(0).value(), operands.get(0));
    }

    /** Maven and Gradle: every operand is a goal or task (system properties are options). */
    private static Invocation goals(ShellCommand command, Tool tool, List<ShellWord> operands) {
        StringBuilder goals = new StringBuilder();
        for (ShellWord operand : operands) {
            goals.append(goals.isEmpty() ? "" : " ").append(operand.value());
        }
        return new Invocation(command, tool, goals.toString(), operands.isEmpty() ? null : operands.get(0));
    }
    /**
     * A call that installs a project's dependencies from its manifests ({@code npm ci}, {@code pip install
     * -r requirements.txt}, {@code go mod download}, {@code mvn package} ...). {@code manifests}: the files
     * it reads, the first being the one that must exist; {@code pattern}: what to COPY when the build
     * context cannot be listed (wildcards where a file is optional); {@code manifestsSuffice}: whether
     * the command succeeds with the manifests alone, before the sources are copied.
     */
    public record DependencyInstall(Invocation invocation, List<String> manifests, String pattern, boolean manifestsSuffice) {
    }

    /** The call as a dependency install from manifests, or null when it is not one (or installs named packages). */
    public static DependencyInstall dependencies(Invocation call) {
        ShellCommand command = call.command();
        String verb = call.verb();
        boolean bare = call.operandsAfterVerb().isEmpty();
        return switch (call.tool()) {
            case NPM -> Set.of("ci", "install", "i", "clean-install", "install-clean").contains(verb) && bare
                    ? install(call, List.of("package.json", "package-lock.json", "npm-shrinkwrap.json"), "package*.json", true) : null;
            case YARN -> (verb.isEmpty() || verb.equals("install")) && bare
                    ? install(call, List.of("package.json", "yarn.lock", ".yarnrc.yml"), "package.json yarn.lock", true) : null;
            case PNPM -> (Set.of("install", "i").contains(verb) && bare) || verb.equals("fetch")
                    ? install(call, List.of("package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml"), "package.json pnpm-lock.yaml",
                            true) : null;
            case PIP -> verb.equals("install") ? requirements(call) : null;
            case UV -> verb.equals("sync") ? install(call, List.of("pyproject.toml", "uv.lock"), "pyproject.toml uv.lock",
                    command.hasOption("--no-install-project", "--no-install-workspace"))
                    : verb.equals("pip install") || verb.equals("pip sync") ? requirements(call) : null;
            case POETRY -> verb.equals("install") || verb.equals("sync")
                    ? install(call, List.of("pyproject.toml", "poetry.lock"), "pyproject.toml poetry.lock", command.hasOption("--no-root"))
                    : null;
            case PIPENV -> (verb.equals("install") && bare) || verb.equals("sync")
                    ? install(call, List.of("Pipfile", "Pipfile.lock"), "Pipfile Pipfile.lock", true) : null;
            case GO -> verb.equals("mod download") ? install(call, List.of("go.mod", "go.sum"), "go.mod go.sum", true) : null;
            case MAVEN -> maven(call);
            case GRADLE -> verb.isEmpty() ? null : install(call, List.of("build.gradle", "build.gradle.kts", "settings.gradle",
                    "settings.gradle.kts", "gradle.properties"), "build.gradle* settings.gradle*",
                    command.is("gradle") && verb.equals("dependencies"));
            case BUNDLER -> verb.equals("install") ? install(call, List.of("Gemfile", "Gemfile.lock"), "Gemfile Gemfile.lock", true)
                    : null;
            case CARGO -> verb.equals("chef") && command.hasArgument("cook")
                    ? install(call, List.of("recipe.json"), "recipe.json", true)
                    : Set.of("build", "fetch", "b").contains(verb)
                    ? install(call, List.of("Cargo.toml", "Cargo.lock"), "Cargo.toml Cargo.lock", false) : null;
            case COMPOSER -> verb.equals("install") || verb.equals("i")
                    ? install(call, List.of("composer.json", "composer.lock"), "composer.json composer.lock",
                            command.hasOption("--no-scripts") && command.hasOption("--no-autoloader")) : null;
            default -> null;
        };
    }

    private static DependencyInstall install(Invocation call, List<String> manifests, String pattern, boolean suffice) {
        return new DependencyInstall(call, manifests, pattern, suffice);
    }

    /** {@code pip install -r a.txt -r b.txt} (and {@code -c}): the files named, if written as plain relative paths. */
    private static DependencyInstall requirements(Invocation call) {
        List<ShellWord> arguments = call.command().arguments();
        List<String> files = new ArrayList<>();
        boolean plain = true;
        for (int k = 0; k < arguments.size(); k++) {
            String value = arguments.get(k).value();
            String file = null;
            for (String option : List.of("-r", "--requirement", "-c", "--constraint")) {
                if (value.equals(option) && k + 1 < arguments.size()) {
                    file = arguments.get(++k).value();
                    plain &= !arguments.get(k).expands();
                } else if (option.startsWith("--") && value.startsWith(option + "=")) {
                    file = value.substring(option.length() + 1);
                    plain &= !arguments.get(k).expands();
                } else if (option.length() == 2 && value.startsWith(option) && value.length() > 2 && !value.startsWith("--")) {
                    file = value.substring(2);
                    plain &= !arguments.get(k).expands();
                }
                if (file != null) {
                    break;
                }
            }
            if (file != null) {
                files.add(file);
                plain &= !file.startsWith("/") && !file.contains("..") && !file.contains("://");
            }
        }
        if (files.isEmpty()) {
            return null;
        }
        // Packages or paths besides the requirement files ("pip install -r r.txt .") need the sources.
        boolean onlyFiles = call.operandsAfterVerb().stream().allMatch(w -> files.contains(w.value()));
        return new DependencyInstall(call, List.copyOf(files), String.join(" ", files), plain && onlyFiles);
    }

    /** {@code mvn dependency:go-offline} (enough with the POM alone), {@code mvn package}, {@code install}, {@code verify}. */
    private static DependencyInstall maven(Invocation call) {
        List<String> goals = List.of(call.verb().split(" "));
        boolean resolves = goals.stream().allMatch(g -> g.startsWith("dependency:") || g.startsWith("-"));
        boolean builds = goals.stream().anyMatch(g -> Set.of("package", "install", "verify", "compile", "test").contains(g));
        if (!resolves && !builds || call.verb().isEmpty()) {
            return null;
        }
        return install(call, List.of("pom.xml"), "pom.xml", resolves && call.command().is("mvn"));
    }
}
