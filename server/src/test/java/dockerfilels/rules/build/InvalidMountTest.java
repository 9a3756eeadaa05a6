package dockerfilels.rules.build;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** RUN --mount: every type with every key it takes stays silent; each invalid option is BuildKit's error on its text. */
class InvalidMountTest {
    private static final String ID = "InvalidMount";
    private static final String PREFIX = "FROM alpine\nRUN --mount=";
    private static final int COL = "RUN --mount=".length();

    private static String run(String mount) {
        return PREFIX + mount + " true\n";
    }

    /** The mount value's error at value offsets [start, end). */
    private static void fires(String mount, int start, int end, String message) {
        assertRule(ID, run(mount), d(1, COL + start, 1, COL + end, Severity.ERROR, ID, message));
    }

    private static void firesAt(String mount, String part, String message) {
        int start = mount.indexOf(part);
        fires(mount, start, start + part.length(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "target=/src",
        "type=bind,target=/src,source=sub,from=build,readonly,ro,rw,readwrite,readonly=false,rw=true,ro=1,readwrite=F",
        "type=bind,dst=/src,src=.,env=X",
        "type=bind,destination=/src",
        "type=cache,target=/root/.cache,id=pip,sharing=locked,mode=0755,uid=1000,gid=1000,source=sub,from=build,ro,rw",
        "type=cache,target=/x,sharing=private", "type=cache,target=/x,sharing=shared", "type=Cache,target=/x,sharing=LOCKED",
        "type=tmpfs,target=/tmp,size=64m,rw,ro", "type=tmpfs,target=/tmp,size=1g", "type=tmpfs,target=/tmp,size=512k",
        "type=tmpfs,target=/tmp,size=100", "type=tmpfs,target=/tmp,size=1.5GiB",
        "type=secret,id=npmrc,target=/root/.npmrc,required,mode=0400,uid=1,gid=2,ro",
        "type=secret,id=aws", "type=secret,source=aws,target=/a", "type=secret,target=/run/secrets/x",
        "type=secret,id=tok,env=TOKEN,required=true", "type=secret,env=TOKEN",
        "type=ssh", "type=ssh,id=default,target=/ssh,required,mode=0600,uid=0,gid=0,required=false",
        "TYPE=cache,TARGET=/x",
        "type=$T,size=1g,required", "type=cache,target=$HOME/.cache,id=$ID,sharing=$S,mode=$M,uid=$U",
        "type=bind,from=stage$", "type=secret,id=$X,source=$Y",
        "'\"type=cache\",\"target=/a,b\"'"})
    void accepted(String mount) {
        assertNone(ID, run(mount));
    }

    @Test
    void anUnknownTypeSuggestsTheClosestAndFixesIt() {
        firesAt("type=cahce,target=/x", "cahce", "unsupported mount type \"cahce\" (did you mean cache?)");
        assertFix(run("type=cahce,target=/x"), ID, edit(1, COL + 5, 1, COL + 10, "cache"));
        firesAt("type=volume,target=/x", "volume", "unsupported mount type \"volume\"");
        assertNoFix(run("type=volume,target=/x"), ID);
        firesAt("type=SECRT,id=x", "SECRT", "unsupported mount type \"SECRT\" (did you mean SECRET?)");
    }

    @Test
    void anUnknownKeySuggestsTheClosestAndFixesIt() {
        firesAt("type=cache,taget=/x", "taget", "unexpected key 'taget' in 'taget=/x' (did you mean target?)");
        assertFix(run("type=cache,taget=/x"), ID, edit(1, COL + 11, 1, COL + 16, "target"));
        firesAt("type=cache,target=/x,foo=bar", "foo", "unexpected key 'foo' in 'foo=bar' (did you mean from?)");
        firesAt("type=cache,target=/x,whatever=1", "whatever", "unexpected key 'whatever' in 'whatever=1'");
        assertNoFix(run("type=cache,target=/x,whatever=1"), ID);
    }

    @Test
    void anUnknownSharingValueSuggestsTheClosest() {
        firesAt("type=cache,target=/x,sharing=lockd", "lockd", "unsupported sharing value \"lockd\" (did you mean locked?)");
        assertFix(run("type=cache,target=/x,sharing=lockd"), ID, edit(1, COL + 29, 1, COL + 34, "locked"));
        firesAt("type=cache,target=/x,sharing=none", "none", "unsupported sharing value \"none\"");
    }

    @Test
    void bareFieldsOtherThanTheBooleans() {
        fires("type=cache,target=/x,cache", 21, 26, "invalid field 'cache' must be a key=value pair");
        firesAt("type=bind,required,target=/x", "required", "unexpected key 'required' for mount type 'bind'");
        // left to right: required before type= is checked against bind
        firesAt("required,type=secret,id=x", "required", "unexpected key 'required' for mount type 'bind'");
    }

    @Test
    void valuesThatDoNotParse() {
        firesAt("type=bind,target=/x,ro=yes", "yes", "invalid value for ro: yes");
        firesAt("type=bind,target=/x,readwrite=on", "on", "invalid value for readwrite: on");
        firesAt("type=secret,id=x,required=yes", "yes", "invalid value for required: yes");
        firesAt("type=tmpfs,target=/x,size=lots", "lots", "invalid value for size: lots");
        firesAt("type=cache,target=/x,mode=0789", "0789", "invalid value 0789 for mode");
        firesAt("type=cache,target=/x,uid=-1", "-1", "invalid value -1 for uid");
        firesAt("type=cache,target=/x,gid=4294967296", "4294967296", "invalid value 4294967296 for gid");
    }

    @Test
    void keysTheTypeDoesNotTake() {
        firesAt("type=cache,target=/x,size=1g", "size", "unexpected key 'size' for mount type 'cache'");
        firesAt("type=cache,target=/x,required", "required", "unexpected key 'required' for mount type 'cache'");
        firesAt("type=bind,target=/x,mode=0644", "mode", "mode not allowed for \"bind\" type mounts");
        firesAt("type=tmpfs,target=/x,uid=1", "uid", "uid not allowed for \"tmpfs\" type mounts");
        firesAt("type=bind,target=/x,gid=1", "gid", "gid not allowed for \"bind\" type mounts");
        firesAt("type=bind,target=/x,sharing=locked", "sharing", "invalid cache sharing set for bind mount");
        firesAt("type=ssh,sharing=shared", "sharing", "invalid cache sharing set for ssh mount");
    }

    @Test
    void secretMounts() {
        firesAt("type=secret,id=x,from=build", "from", "secret mount should not have a from");
        firesAt("type=secret,id=x,sharing=locked", "sharing", "secret mount should not define sharing");
        firesAt("type=secret,required", "type=secret", "invalid secret mount. one of source, target required");
        firesAt("type=secret,source=a,id=b", "id", "both source and id can't be set");
    }

    @Test
    void theRootAsTarget() {
        firesAt("type=cache,target=/", "/", "invalid mount target \"/\"");
        firesAt("type=bind,source=x,dst=/./", "/./", "invalid mount target \"/\"");
        assertNone(ID, run("type=secret,id=x,target=/"));
        assertNone(ID, run("type=cache,target=."));
    }

    @Test
    void fromWithAVariableIsRejectedWhenParsed() {
        firesAt("type=bind,from=$STAGE,target=/x", "$STAGE", "'from' doesn't support variable expansion, define alias stage instead");
        firesAt("type=cahce,from=${X}", "${X}", "'from' doesn't support variable expansion, define alias stage instead");
    }

    @Test
    void onlyTheFirstProblemOfAMountAndEachMount() {
        assertRule(ID, "FROM alpine\nRUN --mount=type=cahce,taget=/x --mount=type=bind,target=/y,mode=1 true\n",
                d(1, 17, 1, 22, Severity.ERROR, ID, "unsupported mount type \"cahce\" (did you mean cache?)"),
                d(1, 60, 1, 64, Severity.ERROR, ID, "mode not allowed for \"bind\" type mounts"));
    }

    @Test
    void aValueWrittenWithQuotesIsReportedOnTheWholeValue() {
        assertRule(ID, "FROM alpine\nRUN --mount=\"type=cahce,target=/x\" true\n",
                d(1, 12, 1, 34, Severity.ERROR, ID, "unsupported mount type \"cahce\" (did you mean cache?)"));
        assertNoFix("FROM alpine\nRUN --mount=\"type=cahce,target=/x\" true\n", ID);
    }

    @Test
    void csvQuotesAreBuildKitsToo() {
        // the Dockerfile parser removes the outer quotes; BuildKit then reads "target=/a,b" as two fields
        assertRule(ID, "FROM alpine\nRUN --mount=\"type=cache,target=/a,b\" true\n",
                d(1, 12, 1, 36, Severity.ERROR, ID, "invalid field 'b' must be a key=value pair"));
    }

    @Test
    void otherInstructionsAndFlagsAreNotMounts() {
        assertNone(ID, "FROM alpine\nCOPY --from=x a b\nRUN --network=none true\n");
    }
}
