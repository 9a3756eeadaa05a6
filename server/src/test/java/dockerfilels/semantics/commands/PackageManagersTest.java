package dockerfilels.semantics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dockerfilels.semantics.commands.PackageManagers.DependencyInstall;
import dockerfilels.semantics.commands.PackageManagers.Invocation;
import dockerfilels.semantics.commands.PackageManagers.Tool;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageManagersTest {

    /** The first command of a one-line script as a tool call. */
    private static Invocation call(String script) {
        return PackageManagers.of(ShellScript.parse(script).commands().get(0));
    }

    /** "TOOL verb" of the call, or null. */
    private static String described(String script) {
        Invocation call = call(script);
        return call == null ? null : call.tool() + " " + call.verb();
    }

    @Test
    void findsTheToolAndItsVerbPastOptionsAndWrappers() {
        assertEquals("APT install", described("apt-get -o Dpkg::Options::=--force-confold -y install curl"));
        assertEquals("APT update", described("sudo apt update"));
        assertEquals("APK add", described("apk --no-cache add git"));
        assertEquals("PIP install", described("pip3.12 install x"));
        assertEquals("PIP install", described("python3 -m pip install -U pip"));
        assertEquals("UV pip install", described("uv pip install -r r.txt"));
        assertEquals("NPM ci", described("npm --prefix web ci"));
        assertEquals("YARN ", described("yarn"));
        assertEquals("YARN --version", described("yarn --version"));
        assertEquals("GO mod download", described("go mod download"));
        assertEquals("MAVEN clean package", described("mvn -B -q clean package"));
        assertEquals("GRADLE installDist", described("./gradlew installDist"));
        assertEquals("DNF install", described("microdnf install -y x"));
        assertNull(call("python3 script.py"));
        assertNull(call("echo apt-get install"));
    }

    @Test
    void downloadsUnlessOffline() {
        assertTrue(call("apt-get install -y curl").downloads());
        assertFalse(call("apt-get remove -y curl").downloads());
        assertTrue(call("go build ./...").downloads());
        assertFalse(call("go build -mod=vendor ./...").downloads());
        assertFalse(call("cargo build --frozen").downloads());
        assertFalse(call("apk add --no-network x").downloads());
        assertFalse(call("npm ci --offline").downloads());
        assertFalse(call("mvn -o package").downloads());
        assertFalse(call("mvn clean").downloads());
        assertFalse(call("yarn --version").downloads());
        assertTrue(call("yarn").downloads());
        assertFalse(call("apt-get update").installs());
        assertTrue(call("apt-get update").downloads());
    }

    @Test
    void dependencyInstallsFromManifests() {
        DependencyInstall npm = PackageManagers.dependencies(call("npm ci"));
        assertEquals(List.of("package.json", "package-lock.json", "npm-shrinkwrap.json"), npm.manifests());
        assertEquals("package*.json", npm.pattern());
        assertTrue(npm.manifestsSuffice());
        assertNull(PackageManagers.dependencies(call("npm install -g typescript")));
        assertNull(PackageManagers.dependencies(call("npm run build")));

        DependencyInstall pip = PackageManagers.dependencies(call("pip install --no-cache-dir -r requirements/prod.txt -c c.txt"));
        assertEquals(List.of("requirements/prod.txt", "c.txt"), pip.manifests());
        assertTrue(pip.manifestsSuffice());
        assertFalse(PackageManagers.dependencies(call("pip install -r requirements.txt .")).manifestsSuffice());
        assertFalse(PackageManagers.dependencies(call("pip install -r $REQS")).manifestsSuffice());
        assertNull(PackageManagers.dependencies(call("pip install flask")));

        assertFalse(PackageManagers.dependencies(call("poetry install")).manifestsSuffice());
        assertTrue(PackageManagers.dependencies(call("poetry install --no-root")).manifestsSuffice());
        assertTrue(PackageManagers.dependencies(call("mvn dependency:go-offline")).manifestsSuffice());
        assertFalse(PackageManagers.dependencies(call("mvn -B package")).manifestsSuffice());
        assertNull(PackageManagers.dependencies(call("mvn clean")));
        assertFalse(PackageManagers.dependencies(call("cargo build --release")).manifestsSuffice());
        assertTrue(PackageManagers.dependencies(call("cargo chef cook --recipe-path recipe.json")).manifestsSuffice());
        assertEquals("go.mod go.sum", PackageManagers.dependencies(call("go mod download")).pattern());
        assertNull(PackageManagers.dependencies(call("go build .")));
        assertFalse(PackageManagers.dependencies(call("composer install")).manifestsSuffice());
        assertTrue(PackageManagers.dependencies(call("composer install --no-scripts --no-autoloader")).manifestsSuffice());
    }

    @Test
    void cacheFoldersOfEachTool() {
        assertEquals(List.of("/var/cache/apt", "/var/lib/apt"), Tool.APT.cacheDirs());
        assertTrue(Tool.APT.needsLockedSharing());
        assertEquals(List.of("/root/.cache/pip"), Tool.PIP.cacheDirs());
        assertFalse(Tool.PIP.needsLockedSharing());
        assertEquals(List.of("/root/.cache/go-build", "/go/pkg/mod"), Tool.GO.cacheDirs());
        assertEquals(List.of("/usr/local/share/.cache/yarn"), Tool.YARN.cacheDirs());
    }

    @Test
    void brokenCommandsAreNoCalls() {
        assertEquals("APT ", described("apt-get"));
        assertEquals("PIP ", described("python -m pip"));
        assertEquals(List.of(), PackageManagers.in(ShellScript.parse("")));
        assertEquals(1, PackageManagers.in(ShellScript.parse("apt-get install 'unterminated")).size());
    }
}
