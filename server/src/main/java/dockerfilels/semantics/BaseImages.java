package dockerfilels.semantics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ENV names that well-known base images set, so that variables a Dockerfile takes from its base
 * image (PYTHON_VERSION, JAVA_HOME, APP_UID, ...) are not reported as undefined. BuildKit reads the
 * real image config; we cannot, so an image not listed here is taken to set only PATH, as BuildKit
 * does for an image without ENV. Names are those of the images' current Dockerfiles (all tags and
 * variants together); values are not known here.
 */
public final class BaseImages {
    private static final List<String> JAVA = List.of("JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL");
    private static final List<String> DOTNET = List.of("APP_UID", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_URLS",
            "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION",
            "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE",
            "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE");
    private static final Map<String, List<String>> ENV = Map.ofEntries(
            Map.entry("python", List.of("LANG", "GPG_KEY", "PYTHON_VERSION", "PYTHON_SHA256", "PYTHON_PIP_VERSION",
                    "PYTHON_SETUPTOOLS_VERSION", "PYTHON_GET_PIP_URL", "PYTHON_GET_PIP_SHA256")),
            Map.entry("node", List.of("NODE_VERSION", "YARN_VERSION")),
            Map.entry("golang", List.of("GOLANG_VERSION", "GOPATH", "GOTOOLCHAIN")),
            Map.entry("ruby", List.of("LANG", "RUBY_MAJOR", "RUBY_VERSION", "RUBY_DOWNLOAD_SHA256", "RUBY_DOWNLOAD_URL",
                    "GEM_HOME", "BUNDLE_SILENCE_ROOT_WARNING", "BUNDLE_APP_CONFIG")),
            Map.entry("rust", List.of("RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION")),
            Map.entry("php", List.of("PHPIZE_DEPS", "PHP_INI_DIR", "APACHE_CONFDIR", "APACHE_ENVVARS", "PHP_CFLAGS",
                    "PHP_CPPFLAGS", "PHP_LDFLAGS", "GPG_KEYS", "PHP_VERSION", "PHP_URL", "PHP_ASC_URL", "PHP_SHA256")),
            Map.entry("openjdk", JAVA),
            Map.entry("eclipse-temurin", JAVA),
            Map.entry("amazoncorretto", List.of("JAVA_HOME", "LANG")),
            Map.entry("maven", List.of("JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL", "MAVEN_HOME", "MAVEN_CONFIG")),
            Map.entry("gradle", List.of("JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL", "GRADLE_HOME", "GRADLE_VERSION")),
            Map.entry("nginx", List.of("NGINX_VERSION", "NJS_VERSION", "NJS_RELEASE", "PKG_RELEASE", "DYNPKG_RELEASE")),
            Map.entry("httpd", List.of("HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES")),
            Map.entry("postgres", List.of("GOSU_VERSION", "LANG", "PG_MAJOR", "PG_VERSION", "PGDATA")),
            Map.entry("redis", List.of("REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA")),
            Map.entry("mcr.microsoft.com/dotnet/runtime-deps", DOTNET),
            Map.entry("mcr.microsoft.com/dotnet/runtime", DOTNET),
            Map.entry("mcr.microsoft.com/dotnet/aspnet", DOTNET),
            Map.entry("mcr.microsoft.com/dotnet/sdk", DOTNET),
            Map.entry("nvidia/cuda", List.of("NVARCH", "NVIDIA_REQUIRE_CUDA", "NV_CUDA_CUDART_VERSION", "CUDA_VERSION",
                    "LD_LIBRARY_PATH", "LIBRARY_PATH", "NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES", "NV_CUDA_LIB_VERSION",
                    "NV_CUDNN_VERSION", "NV_CUDNN_PACKAGE", "NV_CUDNN_PACKAGE_NAME", "NV_CUDNN_PACKAGE_DEV", "NV_NVTX_VERSION",
                    "NV_LIBNPP_VERSION", "NV_LIBCUBLAS_VERSION", "NV_LIBNCCL_PACKAGE", "NV_NVPROF_VERSION",
                    "NV_CUDA_COMPAT_PACKAGE", "NVIDIA_PRODUCT_NAME")));

    private BaseImages() {
    }

    /** The ENV names the image (a FROM base name after expansion) is known to set besides PATH; empty if unknown. */
    public static List<String> envNames(String image) {
        return ENV.getOrDefault(repository(image), List.of());
    }

    /** The repository of an image reference, without tag, digest, {@code docker.io/} and {@code library/}. */
    static String repository(String image) {
        String name = image;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) {
            name = name.substring(0, colon);
        }
        name = name.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("docker.io/", "index.docker.io/", "library/")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        if (name.startsWith("library/")) {
            name = name.substring("library/".length());
        }
        return name;
    }
}
