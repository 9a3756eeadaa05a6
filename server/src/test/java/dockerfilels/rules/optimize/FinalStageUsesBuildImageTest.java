package dockerfilels.rules.optimize;

import static dockerfilels.testing.LintAssertions.assertFix;
import static dockerfilels.testing.LintAssertions.assertNoFix;
import static dockerfilels.testing.LintAssertions.assertNone;
import static dockerfilels.testing.LintAssertions.assertRule;
import static dockerfilels.testing.LintAssertions.d;
import static dockerfilels.testing.LintAssertions.edit;

import dockerfilels.syntax.Severity;
import org.junit.jupiter.api.Test;

class FinalStageUsesBuildImageTest {
    private static final String RULE = "FinalStageUsesBuildImage";

    private static String message(String image) {
        return "The final stage is built from the build image " + image + "; copy what the image runs into a smaller runtime stage";
    }

    @Test
    void firesOnSdkImagesInTheFinalStage() {
        assertRule(RULE, "FROM golang:1.22\nRUN go build\n", d(0, 5, 0, 16, Severity.INFORMATION, RULE, message("golang:1.22")));
        assertRule(RULE, "ARG V=21\nFROM maven:3.9-eclipse-temurin-${V}\n",
                d(1, 5, 1, 35, Severity.INFORMATION, RULE, message("maven:3.9-eclipse-temurin-21")));
        assertRule(RULE, "FROM node:20 AS base\nFROM base\nCMD [\"node\"]\n",
                d(1, 5, 1, 9, Severity.INFORMATION, RULE, message("node:20")));
        assertRule(RULE, "FROM mcr.microsoft.com/dotnet/sdk:8.0\n",
                d(0, 5, 0, 37, Severity.INFORMATION, RULE, message("mcr.microsoft.com/dotnet/sdk:8.0")));
    }

    @Test
    void runtimeImagesAndBuildStagesAreFine() {
        assertNone(RULE, "FROM golang:1.22 AS build\nFROM gcr.io/distroless/static-debian12\n");
        assertNone(RULE, "FROM node:20-slim\n");
        assertNone(RULE, "FROM python:3.12-alpine3.20\n");
        assertNone(RULE, "FROM eclipse-temurin:21-jre\n");
        assertNone(RULE, "FROM example.com/golang:1.22\n");
        assertNone(RULE, "ARG IMAGE\nFROM $IMAGE\n");
        assertNone(RULE, "FROM golang:1.22 AS a\nFROM b\n");
        assertNone(RULE, "FROM\n");
    }

    @Test
    void goGetsADistrolessStageWithCgoOff() {
        assertFix("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/app .\nEXPOSE 8080\nENTRYPOINT [\"/bin/app\"]\n",
                RULE,
                edit(0, 16, 0, 16, " AS build\nENV CGO_ENABLED=0"),
                edit(5, 23, 5, 23, "\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /bin/app /bin/app\n"
                        + "WORKDIR /src\nUSER nonroot:nonroot\nEXPOSE 8080\nENTRYPOINT [\"/bin/app\"]"));
    }

    @Test
    void aNamedStageKeepsItsNameAndABareProgramComesFromGoBin() {
        assertFix("FROM golang:1.22 AS b\nENV CGO_ENABLED=0\nRUN go install ./cmd/tool\nCMD tool\n", RULE,
                edit(3, 8, 3, 8, "\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=b /go/bin/tool /go/bin/tool\n"
                        + "USER nonroot:nonroot\nCMD tool"));
    }

    @Test
    void javaGetsAJreOfTheSameVersion() {
        assertFix("FROM maven:3.9-eclipse-temurin-21\nWORKDIR /app\nCOPY . .\nRUN mvn package\n"
                + "CMD [\"java\", \"-jar\", \"target/app.jar\"]\n", RULE,
                edit(0, 33, 0, 33, " AS build"),
                edit(4, 38, 4, 38, "\n\nFROM eclipse-temurin:21-jre\nCOPY --from=build /app/target/app.jar /app/target/app.jar\n"
                        + "WORKDIR /app\nCMD [\"java\", \"-jar\", \"target/app.jar\"]"));
    }

    @Test
    void nodeAndPythonGetTheirSlimVariantWithTheAppFolder() {
        assertFix("FROM node:${NODE}\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n".replace("${NODE}", "20"),
                RULE, edit(0, 12, 0, 12, " AS build"),
                edit(4, 25, 4, 25, "\n\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app /app\nCMD [\"node\", \"server.js\"]"));
        assertFix("FROM python:3.12-bookworm AS build\nWORKDIR /srv\nRUN pip install -r requirements.txt\n", RULE,
                edit(2, 35, 2, 35, "\n\nFROM python:3.12-slim-bookworm\nCOPY --from=build /usr/local /usr/local\nWORKDIR /srv\n"
                        + "COPY --from=build /srv /srv"));
    }

    @Test
    void noFixWhenWhatToCopyIsNotPlain() {
        assertNoFix("FROM golang:1.22\nRUN go build -o /bin/app .\n", RULE);
        assertNoFix("FROM node:20\nCMD [\"node\", \"index.js\"]\n", RULE);
        assertNoFix("FROM gcc:14\nCMD [\"/app\"]\n", RULE);
        assertNoFix("FROM golang:1.22\nENTRYPOINT [\"$BIN\"]\n", RULE);
    }
}
