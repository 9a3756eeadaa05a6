package dockerfilels.features.hover;

import static dockerfilels.features.hover.HoverAssertions.assertHover;
import static dockerfilels.features.hover.HoverAssertions.contains;
import static dockerfilels.features.hover.HoverAssertions.nothing;
import static dockerfilels.features.hover.HoverAssertions.range;

import dockerfilels.syntax.Keyword;
import org.junit.jupiter.api.Test;

class HoverTest {

    @Test
    void everyInstructionKeyword() {
        for (Keyword keyword : Keyword.values()) {
            String line = keyword == Keyword.FROM ? "FROM a" : "FROM a\n" + keyword.name() + " x";
            int lineNumber = keyword == Keyword.FROM ? 0 : 1;
            assertHover(line.substring(0, line.length() - (keyword == Keyword.FROM ? 5 : keyword.name().length() + 1)) + "|"
                    + line.substring(line.length() - (keyword == Keyword.FROM ? 5 : keyword.name().length() + 1)),
                    contains("**" + keyword.name() + "**"), contains("https://docs.docker.com/reference/dockerfile/#"),
                    range(lineNumber, 0, lineNumber, keyword.name().length()));
        }
    }

    @Test
    void keywordsInAnyCaseAndOnbuildTriggers() {
        assertHover("from a\nr|un ls", contains("**RUN**"));
        assertHover("FROM a\nONBUILD CO|PY . /app", contains("**COPY**"), range(1, 8, 1, 12));
        assertHover("FROM a\nMAINT|AINER me", contains("deprecated"));
    }

    @Test
    void flagsSayWhatTheyDoTheirDefaultAndLink() {
        assertHover("FROM a\nRUN --mo|unt=type=cache,target=/x ls", contains("**RUN --mount**"), contains("#run---mount"),
                range(1, 4, 1, 32));
        assertHover("FROM a\nCOPY --ch|mod=0755 a /b", contains("octal"));
        assertHover("FROM a\nCOPY --li|nk a /b", contains("Default: false"));
        assertHover("FROM a\nADD --keep-git|-dir=true https://x/y.git /b", contains("`.git`"));
        assertHover("FROM a\nADD --unp|ack=true https://x/a.tar.gz /b", contains("unpacked"));
        assertHover("FROM a\nHEALTHCHECK --start-int|erval=2s CMD true", contains("Default: 5s"));
        assertHover("FROM --plat|form=$BUILDPLATFORM a", contains("BUILDPLATFORM"));
    }

    @Test
    void anUnknownFlagHasNoFlagHover() {
        assertHover("FROM a\nRUN --bo|gus ls", nothing());
    }

    @Test
    void mountTypesOptionsAndValues() {
        assertHover("FROM a\nRUN --mount=type=ca|che,target=/x ls", contains("**--mount=type=cache**"),
                contains("persists between builds"), range(1, 12, 1, 22));
        assertHover("FROM a\nRUN --mount=type=cache,shar|ing=locked,target=/x ls", contains("Default: shared"),
                contains("`locked`"));
        assertHover("FROM a\nRUN --mount=type=secret,id=x,mo|de=0440 ls", contains("Default: 0400"));
        assertHover("FROM a\nRUN --mount=type=cache,targ|et=/x ls", contains("(also dst, destination)"));
        assertHover("FROM a\nRUN --mount=type=tmpfs,shar|ing=locked ls", contains("Not an option of `type=tmpfs` mounts"));
        assertHover("FROM a\nRUN --mount=tar|get=/x ls", contains("`type=bind`"));
    }

    @Test
    void networkAndSecurityValues() {
        assertHover("FROM a\nRUN --network=no|ne ls", contains("No network access"));
        assertHover("FROM a\nRUN --security=insec|ure ls", contains("security.insecure"));
    }

    @Test
    void directivesAndRuleNamesInComments() {
        assertHover("# syn|tax=docker/dockerfile:1\nFROM a", contains("frontend"), range(0, 2, 0, 8));
        assertHover("# esc|ape=`\nFROM a", contains("escape"));
        assertHover("# check=skip=JSONArgs|Recommended\nFROM a", contains("**JSONArgsRecommended**"),
                contains("https://docs.docker.com/go/dockerfile/rule/json-args-recommended/"));
        assertHover("FROM a\n# dockerfile-ls ignore=Undefined|Var\nRUN ls", contains("**UndefinedVar**"));
        assertHover("FROM a\n# a plain comm|ent\nRUN ls", nothing());
    }

    @Test
    void variablesShowTheirValueAtThatLineAndWhereTheyWereSet() {
        assertHover("FROM a\nARG V=1\nENV W=${V}2\nRUN echo $|W", contains("Value here: `12`"), contains("line 3"),
                range(3, 9, 3, 11));
        assertHover("FROM a\nENV V=1\nENV V=2\nRUN echo ${V|:-x}", contains("`2`"));
        assertHover("FROM a\nRUN echo $NO|PE", contains("not defined here"));
        assertHover("FROM a\nRUN echo $TARGETA|RCH", contains("declare `ARG TARGETARCH`"));
        assertHover("FROM a\nARG TARGETARCH\nRUN echo $TARGETA|RCH", contains("`amd64`"));
        assertHover("ARG TAG=3.20\nFROM alpine:$T|AG", contains("`3.20`"), contains("global ARG"));
    }

    @Test
    void declarationsShowWhatTheyDeclare() {
        assertHover("FROM a\nARG V|ER=1.2", contains("Default value: `1.2`"));
        assertHover("ARG VER=1.2\nFROM a\nARG V|ER", contains("Takes the global value `1.2`"));
        assertHover("AR|G VER\nFROM a", contains("**ARG**"));
        assertHover("A|RG VER\nFROM a", contains("Declares a build argument"));
        assertHover("ARG V|ER\nFROM a", contains("(global)"));
        assertHover("FROM a\nENV A=1 B|=${A}2", contains("Value: `2`")); // ENV sees the values from before it
        assertHover("FROM a\nENV A=1\nENV B|=${A}2", contains("Value: `12`"));
    }

    @Test
    void stagesShowTheirFromLineAndWhatUsesThem() {
        String file = "FROM golang AS build\nRUN go build\nFROM alpine\nCOPY --from=build /app /app\n"
                + "RUN --mount=from=build,target=/x ls\n";
        assertHover(file.replace("AS build", "AS bu|ild"), contains("FROM golang AS build"), contains("line 4"),
                contains("line 5"));
        assertHover(file.replace("--from=build", "--from=bui|ld"), contains("**Stage `build`**"), range(3, 12, 3, 17));
        assertHover(file.replace("from=build,", "from=bu|ild,"), contains("**Stage `build`**"));
        assertHover("FROM a AS base\nFROM ba|se\n", contains("**Stage `base`**"), contains("line 2"));
        assertHover("FROM a AS unused\nFROM b AS final|", contains("The final stage"));
        assertHover("FROM a AS un|used\nFROM b AS final", contains("No later stage uses it"));
        assertHover("FROM a\nFROM b\nCOPY --from=0| /x /y", contains("**Stage 0**"));
    }

    @Test
    void imagesShowWhatTheyResolveTo() {
        assertHover("FROM alp|ine", contains("- Registry: `docker.io` (Docker Hub)"), contains("`library/alpine`"),
                contains("implied"), contains("minimal"));
        assertHover("FROM ghcr.io/me/app:1.2@sha256:" + "a".repeat(64) + "|", contains("`ghcr.io`"), contains("`me/app`"),
                contains("`1.2`"), contains("sha256:aaaa"));
        assertHover("ARG IMG=python:3.12\nFROM $I|MG", contains("Value here: `python:3.12`"));
        assertHover("ARG IMG=python:3.12\nFROM ${IMG}|", contains("`python:3.12`"));
        assertHover("FROM Not_Valid|", contains("Not a valid image reference"));
        assertHover("FROM a\nCOPY --from=nginx:lat|est /x /y", contains("`library/nginx`"));
        assertHover("FROM scra|tch", contains("empty image"));
        assertHover("FROM alpine@sha256:" + "b".repeat(64) + "|", contains("- Tag: none"), contains("`docker.io/library/alpine@sha256:bbbb"));
    }

    @Test
    void heredocMarkers() {
        assertHover("FROM a\nCOPY <<E|OF /app/config\nx=$HOME\nEOF", contains("**Here-document `EOF`**"), contains("lines 3–3"),
                contains("are expanded"), range(1, 5, 1, 10));
        assertHover("FROM a\nCOPY <<'E|OF' /x\nEOF", contains("kept as written"));
        assertHover("FROM a\nRUN <<-E|OF\n\tls\n", contains("Not terminated"), contains("leading tabs stripped"), contains("script"));
    }

    @Test
    void theRuleBehindADiagnostic() {
        assertHover("FROM a\nMAINTAI|NER me", contains("**MaintainerDeprecated**"), contains("Maintainer instruction is deprecated"),
                contains("**MAINTAINER**"));
        assertHover("FROM a\nRUN --mount=type=cache,sharing=bo|gus ls", contains("InvalidMount"));
        assertHover("FROM a AS B|UILD", contains("StageNameCasing"));
    }

    @Test
    void brokenInputHoversWhatItCanAndNeverFails() {
        assertHover("|", nothing());
        assertHover("FROM a\nRUN <<EOF\necho $H|OME\n", contains("not defined here"));
        assertHover("FROM a\nRUN --mount=type=ca|", contains("cache"));
        assertHover("FROM a\nRUN --mount=|", contains("**RUN --mount**"));
        assertHover("FROM a\nRUN ${|", nothing());
        assertHover("FROM a\nCOPY --from=| /x /y", contains("**COPY --from**"));
        assertHover("FROM a\nBOG|US x", nothing());
        assertHover("FROM a\nRUN [\"a\", |", nothing());
    }
}
