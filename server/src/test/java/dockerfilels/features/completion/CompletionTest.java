package dockerfilels.features.completion;

import static dockerfilels.features.completion.CompletionAssertions.assertCompletion;
import static dockerfilels.features.completion.CompletionAssertions.doc;
import static dockerfilels.features.completion.CompletionAssertions.documented;
import static dockerfilels.features.completion.CompletionAssertions.item;
import static dockerfilels.features.completion.CompletionAssertions.no;
import static dockerfilels.features.completion.CompletionAssertions.none;
import static dockerfilels.features.completion.CompletionAssertions.only;
import static dockerfilels.features.completion.CompletionAssertions.ordered;
import static dockerfilels.features.completion.CompletionAssertions.replacesFrom;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletionTest {

    // Instruction keywords

    @Test
    void anEmptyFileOffersOnlyWhatMayComeFirst() {
        assertCompletion("|", only("ARG", "FROM"));
    }

    @Test
    void keywordsAfterFromAreFilteredByPrefixAnyCase() {
        assertCompletion("FROM a\nco|", only("COPY"), replacesFrom("COPY", 0));
        assertCompletion("FROM a\nR|", item("RUN"), no("COPY"));
    }

    @Test
    void keywordsComeWithSnippetsWhenTheClientTakesThem() {
        assertCompletion(doc("FROM a\nCOP|").withSnippets(),
                item("COPY source dest", "COPY ${1:source} ${2:dest}"),
                item("COPY --from=stage source dest", "COPY --from=${1:stage} ${2:source} ${3:dest}"));
        assertCompletion("FROM a\nCOP|", item("COPY", "COPY "));
    }

    @Test
    void keywordsFollowTheFilesCasing() {
        assertCompletion("from a\nrun ls\nwor|", only("workdir"));
    }

    @Test
    void maintainerIsOfferedAsDeprecated() {
        assertCompletion("FROM a\nMAI|", item("MAINTAINER"), new CompletionAssertions.Expect("deprecated",
                (items, shown) -> org.junit.jupiter.api.Assertions.assertTrue(items.get(0).deprecated(), shown)));
    }

    @Test
    void afterOnbuildOnlyItsTriggers() {
        assertCompletion("FROM a\nONBUILD |", item("RUN"), item("COPY"), no("FROM"), no("MAINTAINER"), no("ONBUILD"));
        assertCompletion("FROM a\nONBUILD CO|", only("COPY"));
    }

    @Test
    void rewritingTheKeywordOfAWrittenInstructionReplacesTheWordOnly() {
        assertCompletion(doc("FROM a\nCO|PY a b").withSnippets(), only("COPY"), item("COPY", "COPY"),
                new CompletionAssertions.Expect("range", (items, shown) ->
                        org.junit.jupiter.api.Assertions.assertEquals(4, items.get(0).range().end().character(), shown)));
    }

    @Test
    void renamingAWrittenFlagKeepsItsValue() {
        assertCompletion(doc("FROM a\nRUN --mo|unt=type=cache ls").withSnippets(), item("--mount", "--mount"),
                new CompletionAssertions.Expect("range", (items, shown) ->
                        org.junit.jupiter.api.Assertions.assertEquals(11, items.get(0).range().end().character(), shown)));
    }

    @Test
    void keywordDocumentationLinksToTheReference() {
        assertCompletion("FROM a\nHEALTH|", documented("HEALTHCHECK", "https://docs.docker.com/reference/dockerfile/#healthcheck"));
    }

    // Flags

    @Test
    void everyRunFlag() {
        assertCompletion("FROM a\nRUN --|", only("--mount", "--network", "--security", "--device"));
    }

    @Test
    void everyCopyAndAddFlag() {
        assertCompletion("FROM a\nCOPY --|", only("--from", "--chown", "--chmod", "--link", "--parents", "--exclude"));
        assertCompletion("FROM a\nADD --|",
                only("--chown", "--chmod", "--link", "--checksum", "--keep-git-dir", "--unpack", "--exclude"));
    }

    @Test
    void fromAndHealthcheckFlags() {
        assertCompletion("FROM --|", only("--platform"));
        assertCompletion("FROM a\nHEALTHCHECK --|",
                only("--interval", "--timeout", "--start-period", "--start-interval", "--retries"));
    }

    @Test
    void aFlagAlreadyGivenIsNotOfferedAgainButARepeatableOneIs() {
        assertCompletion("FROM a\nCOPY --link --|", no("--link"), item("--from"));
        assertCompletion("FROM a\nRUN --mount=type=cache,target=/x --network=none --|", item("--mount"), no("--network"));
    }

    @Test
    void flagsAreNotOfferedAfterTheFirstArgument() {
        assertCompletion("FROM a\nCOPY src --|", no("--from"));
        assertCompletion("FROM a\nRUN apt-get -|", none());
    }

    @Test
    void flagSnippetsHoldAPlaceholderOrTheChoiceOfValues() {
        assertCompletion(doc("FROM a\nRUN --n|").withSnippets(), item("--network", "--network=${1|default,none,host|}"));
        assertCompletion(doc("FROM a\nCOPY --ch|").withSnippets(), item("--chown", "--chown=${1:user:group}"));
        assertCompletion(doc("FROM a\nCOPY --l|").withSnippets(), item("--link", "--link"));
        assertCompletion("FROM a\nRUN --n|", item("--network", "--network="));
    }

    @Test
    void flagsAreOfferedOnAContinuationLine() {
        assertCompletion("FROM a\nRUN --mount=type=cache,target=/x \\\n    --|", item("--network"), item("--mount"));
    }

    @Test
    void anEmptyWordAfterTheKeywordOffersFlagsToo() {
        assertCompletion("FROM a\nHEALTHCHECK |", ordered("CMD", "NONE", "--interval"));
        assertCompletion("FROM a\nRUN |", item("--mount"));
    }

    @Test
    void flagDocumentationSaysWhatItDoesAndItsDefault() {
        assertCompletion("FROM a\nRUN --sec|", documented("--security", "Default: sandbox"),
                documented("--security", "#run---security"));
    }

    // Flag values

    @Test
    void copyFromOffersEarlierStagesOnly() {
        assertCompletion("FROM a AS b\nFROM c\nCOPY --from=|", item("b"));
        assertCompletion("FROM a AS b\nFROM c AS d\nCOPY --from=|\nFROM e AS later", item("b"), no("d"), no("later"));
    }

    @Test
    void copyFromOffersUnnamedStagesByIndexAndImagesInUse() {
        assertCompletion("FROM golang\nFROM alpine\nCOPY --from=|", item("0"), item("golang"), no("1"));
        assertCompletion(doc("FROM a AS b\nFROM c\nCOPY --from=|").withImages("nginx:1.27"), ordered("b", "nginx:1.27"));
    }

    @Test
    void copyFromFiltersByPrefix() {
        assertCompletion("FROM a AS build\nFROM a AS test\nFROM c\nCOPY --from=bu|", only("build"), replacesFrom("build", 12));
    }

    @Test
    void mountTypes() {
        assertCompletion("FROM a\nRUN --mount=type=|", only("bind", "cache", "tmpfs", "secret", "ssh"),
                replacesFrom("cache", 17));
    }

    @Test
    void mountOptionsFollowTheType() {
        assertCompletion("FROM a\nRUN --mount=type=cache,|", item("target"), item("sharing"), item("id"), no("size"),
                no("type"), no("env"));
        assertCompletion("FROM a\nRUN --mount=type=secret,|", item("env"), item("required"), no("sharing"));
        assertCompletion("FROM a\nRUN --mount=type=tmpfs,|", only("target", "size"));
    }

    @Test
    void mountOptionsWithoutATypeAreBindsAndTypeComesFirst() {
        assertCompletion("FROM a\nRUN --mount=|", ordered("type", "target", "source", "from"), no("sharing"));
    }

    @Test
    void mountOptionsAlreadyGivenAreLeftOut() {
        assertCompletion("FROM a\nRUN --mount=type=cache,target=/x,|", no("target"), item("sharing"));
        assertCompletion("FROM a\nRUN --mount=type=cache,dst=/x,|", no("target"));
    }

    @Test
    void mountOptionValues() {
        assertCompletion("FROM a\nRUN --mount=type=cache,target=/x,sharing=|", only("shared", "private", "locked"));
        assertCompletion("FROM a\nRUN --mount=type=secret,id=x,required=|", only("true", "false"));
        assertCompletion("FROM a AS deps\nFROM b\nRUN --mount=from=|", only("deps"));
        assertCompletion("FROM a\nRUN --mount=type=cache,target=/root/.c|", item("/root/.cache/pip"), no("/var/lib/apt"));
    }

    @Test
    void mountOptionDocumentationIsPerType() {
        assertCompletion("FROM a\nRUN --mount=type=cache,|", documented("sharing", "Default: shared"),
                documented("mode", "0755"));
        assertCompletion("FROM a\nRUN --mount=type=secret,|", documented("mode", "0400"));
    }

    @Test
    void networkSecurityAndPlatformValues() {
        assertCompletion("FROM a\nRUN --network=|", only("default", "none", "host"));
        assertCompletion("FROM a\nRUN --security=|", only("sandbox", "insecure"));
        assertCompletion("FROM --platform=|", ordered("$BUILDPLATFORM", "$TARGETPLATFORM", "linux/amd64", "linux/arm64"));
        assertCompletion("FROM --platform=linux/a|", only("linux/amd64", "linux/arm64", "linux/arm/v7", "linux/arm/v6"));
    }

    @Test
    void booleanAndDurationValues() {
        assertCompletion("FROM a\nCOPY --link=|", only("true", "false"));
        assertCompletion("FROM a\nHEALTHCHECK --interval=|", item("30s"));
    }

    @Test
    void stopSignals() {
        assertCompletion("FROM a\nSTOPSIGNAL SIGQ|", only("SIGQUIT"));
        assertCompletion("FROM a\nSTOPSIGNAL SIGTERM |", none());
    }

    // Variables

    @Test
    void variablesInScopeAfterADollar() {
        assertCompletion("FROM a\nARG VERSION=1\nENV HOME_DIR=/app\nRUN echo $|", item("VERSION"), item("HOME_DIR"),
                item("PATH"), replacesFrom("VERSION", 10));
    }

    @Test
    void variablesAreScopedAsBuildKitScopesThem() {
        assertCompletion("ARG GLOBAL=1\nFROM a\nRUN echo $|", no("GLOBAL"));
        assertCompletion("ARG GLOBAL=1\nFROM a:$|", item("GLOBAL"), item("TARGETARCH"));
        assertCompletion("FROM a\nRUN echo $|\nENV LATER=1", no("LATER"));
        assertCompletion("FROM a AS base\nENV FROM_BASE=1\nFROM base\nRUN echo $|", item("FROM_BASE"));
    }

    @Test
    void platformArgsInAStageSayTheyMustBeDeclared() {
        assertCompletion("FROM a\nRUN echo $TARGET|", item("TARGETARCH"), new CompletionAssertions.Expect("detail",
                (items, shown) -> org.junit.jupiter.api.Assertions.assertTrue(
                        items.get(0).detail().contains("declare ARG"), shown)));
        assertCompletion("FROM a\nARG TARGETARCH\nRUN echo $TARGETA|", only("TARGETARCH"));
    }

    @Test
    void proxyArgsOnlyInRun() {
        assertCompletion("FROM a\nRUN curl $HTTP|", item("HTTP_PROXY"), item("HTTPS_PROXY"));
        assertCompletion("FROM a\nWORKDIR $HTTP|", none());
    }

    @Test
    void bracedVariablesAreClosed() {
        assertCompletion("FROM a\nARG VERSION\nRUN echo ${VER|", item("VERSION", "VERSION}"));
        assertCompletion("FROM a\nARG VERSION\nRUN echo ${VER|}", item("VERSION", "VERSION"));
    }

    @Test
    void substitutionModifiersAfterAName() {
        assertCompletion("FROM a\nARG V\nRUN echo ${V:|", only(":-default", ":+alternative", ":?message"));
        assertCompletion("FROM a\nARG V\nRUN echo ${V|", item("V"), item(":-default"), item("##pattern"));
        assertCompletion(doc("FROM a\nARG V\nRUN echo ${V%|").withSnippets(), item("%pattern", "%${1:pattern}\\}"),
                item("%%pattern"), no(":-default"));
    }

    @Test
    void anEscapedDollarIsNoVariable() {
        assertCompletion("FROM a\nARG V\nRUN echo \\$|", none());
    }

    @Test
    void variableDocumentationShowsTheValueAndWhereItWasSet() {
        assertCompletion("FROM a\nARG V=1\nENV W=${V}2\nRUN echo $|", documented("W", "Value: `12`"),
                documented("W", "line 3"));
    }

    // Directives and check comments

    @Test
    void parserDirectivesAtTheTop() {
        assertCompletion("# |\nFROM a", only("syntax", "escape", "check"));
        assertCompletion("# syntax=docker/dockerfile:1\n# |\nFROM a", only("escape", "check"));
        assertCompletion("FROM a\n# |", none());
    }

    @Test
    void directiveValues() {
        assertCompletion("# syntax=|\nFROM a", item("docker/dockerfile:1"), item("docker/dockerfile:1-labs"));
        assertCompletion("# escape=|\nFROM a", only("\\", "`"));
    }

    @Test
    void checkOptionsAndRuleNames() {
        assertCompletion("# check=|\nFROM a", only("skip=", "error=true", "experimental="));
        assertCompletion("# check=skip=JSON|\nFROM a", only("JSONArgsRecommended"));
        assertCompletion("# check=skip=StageNameCasing,From|\nFROM a", only("FromAsCasing", "FromPlatformFlagConstDisallowed"));
        assertCompletion("# check=error=true;experimental=|\nFROM a", only("all", "InvalidDefinitionDescription"));
        assertCompletion("# check=skip=Inval|\nFROM a", no("InvalidMount"));
    }

    @Test
    void checkCommentsAboveAnInstructionToo() {
        assertCompletion("FROM a\n# check=skip=Undef|\nRUN ls", only("UndefinedArgInFrom", "UndefinedVar"));
    }

    @Test
    void ignoreCommentsTakeRuleNamesAndHadolintCodes() {
        assertCompletion("FROM a\n# dockerfile-ls ignore=InvalidMo|\nRUN ls", only("InvalidMount"));
        assertCompletion("FROM a\n# hadolint global ignore=UndefinedVar,Maint|\nRUN ls", only("MaintainerDeprecated"));
    }

    // FROM

    @Test
    void fromOffersEarlierStagesImagesInUseAndWellKnownImages() {
        assertCompletion(doc("FROM golang AS build\nFROM |").withImages("registry.example.com/app:1"),
                ordered("build", "golang", "registry.example.com/app:1", "alpine", "python"));
        assertCompletion("FROM pyth|", only("python"));
        assertCompletion("FROM mcr.microsoft.com/dotnet/s|", only("mcr.microsoft.com/dotnet/sdk"));
    }

    @Test
    void fromOffersTagsAfterAColon() {
        assertCompletion("FROM python:3.12-|", item("3.12-slim"), item("3.12-alpine"), no("3.13"),
                replacesFrom("3.12-slim", 12));
        assertCompletion(doc("FROM node:|").withImages("node:21-bookworm"), ordered("21-bookworm", "lts"));
        assertCompletion("FROM localhost:5000/|", none());
    }

    @Test
    void fromOffersAsAfterTheImage() {
        assertCompletion("FROM alpine |", only("AS"));
        assertCompletion("from alpine |", only("as"));
        assertCompletion("FROM alpine AS |", none());
    }

    // COPY and ADD paths

    private static final Map<String, String> CONTEXT = Map.of(
            ".dockerignore", "node_modules\n*.log\n",
            "package.json", "{}",
            "src/index.js", "",
            "src/lib/util.js", "",
            "node_modules/x/index.js", "",
            "debug.log", "");

    @Test
    void sourcesComeFromTheBuildContextWithoutIgnoredFiles() {
        assertCompletion(doc("FROM a\nCOPY |").withFiles(CONTEXT), item("package.json"), item("src/"), item(".dockerignore"),
                no("node_modules/"), no("debug.log"));
    }

    @Test
    void sourcesFolderByFolder() {
        assertCompletion(doc("FROM a\nCOPY src/|").withFiles(CONTEXT), only("index.js", "lib/"), replacesFrom("lib/", 9));
        assertCompletion(doc("FROM a\nADD ./src/l|").withFiles(CONTEXT), only("lib/"));
    }

    @Test
    void sourcesNeverLeaveTheContext() {
        assertCompletion(doc("FROM a\nCOPY ../|").withFiles(CONTEXT), none());
        assertCompletion(doc("FROM a\nCOPY /|").withFiles(CONTEXT), none());
    }

    @Test
    void copyFromAnotherStageHasNoContextSources() {
        assertCompletion(doc("FROM a AS b\nFROM c\nCOPY --from=b |").withFiles(CONTEXT), no("package.json"));
    }

    @Test
    void destinationsFromEarlierWorkdirs() {
        assertCompletion(doc("FROM a\nWORKDIR /app\nWORKDIR /srv/www/\nCOPY package.json |").withFiles(CONTEXT),
                ordered("/app/", "/srv/www/", "./", "package.json"));
        assertCompletion("FROM a AS base\nWORKDIR /base\nFROM base\nCOPY x |", item("/base/"));
        assertCompletion("FROM a\nWORKDIR /other\nFROM b\nCOPY x |", no("/other/"));
    }

    // Heredocs

    @Test
    void theClosingDelimiterOfAnOpenHeredoc() {
        assertCompletion("FROM a\nRUN <<EOF\necho hi\n|", only("EOF"));
        assertCompletion("FROM a\nRUN <<EOF\necho hi\nE|", only("EOF"));
        assertCompletion("FROM a\nRUN <<-END\n\techo hi\n\t|", only("END"), replacesFrom("END", 1));
        assertCompletion("FROM a\nCOPY <<EOF /x\nline\n|", only("EOF"));
    }

    @Test
    void insideAClosedHeredocNothing() {
        assertCompletion("FROM a\nRUN <<EOF\n|\nEOF\n", none());
    }

    // Broken input

    @Test
    void brokenInputGivesProposalsOrNothingButNeverFails() {
        assertCompletion("FROM a\nRUN --mount=type=cache,,,=|", none());
        assertCompletion("FROM a\nRUN --mo|unt", item("--mount"));
        assertCompletion("FROM a\nRUN <<EOF\n${|", item("PATH"));
        assertCompletion("FROM a\nCOPY --from=|", no("0"));
        assertCompletion("FROM a\nRUN [\"a\", |", none());
        assertCompletion("FROM a\nBOGUS --|", none());
        assertCompletion("\uFEFF|", only("ARG", "FROM"));
        assertCompletion("FROM a\nRUN ${V:-${P|", item("PATH"));
        assertCompletion("# escape=`\nFROM a\nRUN echo `$|", none());
    }
}
