package dockerfilels.features.completion;

import dockerfilels.features.cursor.CursorContext;
import dockerfilels.reference.FlagDoc;
import dockerfilels.reference.Reference;
import dockerfilels.reference.Value;
import dockerfilels.syntax.Instruction;
import dockerfilels.syntax.Keyword;
import java.util.List;

/**
 * The value of a flag being written ({@code --name=|}): earlier stages for {@code COPY --from},
 * platforms for {@code FROM --platform}, the mount options for {@code RUN --mount}, the closed
 * sets of {@code --network} and {@code --security}, booleans, durations and file modes.
 */
final class FlagValueCompletion {
    private static final List<String> DURATIONS = List.of("30s", "10s", "5s", "1m", "5m");
    private static final List<String> MODES = List.of("0755", "0644", "0555", "0600", "0700", "u+x");
    private static final List<String> PLATFORM_ARGS = List.of("$BUILDPLATFORM", "$TARGETPLATFORM");

    private FlagValueCompletion() {
    }

    /** Whether the current word is {@code --name=...} among the flags. */
    static boolean applies(CursorContext cursor) {
        return cursor.inFlags() && cursor.word().startsWith("--") && cursor.word().indexOf('=') > 2;
    }

    static void complete(Proposals proposals, List<String> workspaceImages) {
        CursorContext cursor = proposals.cursor();
        Instruction instruction = cursor.instruction();
        String word = cursor.word();
        int equals = word.indexOf('=');
        String name = word.substring(2, equals);
        int valueStart = cursor.wordStart() + equals + 1;
        FlagDoc flag = Reference.flag(instruction.kind(), name);
        if (flag == null) {
            return;
        }
        if (instruction.is(Keyword.RUN) && name.equals("mount")) {
            MountCompletion.complete(proposals, valueStart);
            return;
        }
        if (instruction.is(Keyword.COPY) && name.equals("from")) {
            EarlierStages.propose(proposals, valueStart, true);
            for (String image : FromCompletion.imagesInUse(cursor, workspaceImages)) {
                proposals.add(CompletionItem.of(image, CompletionItem.Kind.IMAGE, proposals.from(valueStart)).detail("image"));
            }
            return;
        }
        if (instruction.is(Keyword.FROM) && name.equals("platform")) {
            for (String arg : PLATFORM_ARGS) {
                proposals.add(CompletionItem.of(arg, CompletionItem.Kind.VARIABLE, proposals.from(valueStart))
                        .detail("BuildKit's platform ARG").documentation(arg.equals("$BUILDPLATFORM")
                                ? "The platform of the machine that runs the build: for tools that run during the build (compilers), which then cross-compile for `$TARGETPLATFORM`."
                                : "The platform the image is built for: the default, so `--platform=$TARGETPLATFORM` is redundant."));
            }
            for (Value platform : Reference.platforms()) {
                proposals.add(value(proposals, valueStart, platform));
            }
            return;
        }
        for (Value value : flag.values()) {
            proposals.add(value(proposals, valueStart, value));
        }
        List<String> others = flag.bool() ? List.of("true", "false")
                : flag.duration() ? DURATIONS
                : name.equals("chmod") ? MODES
                : name.equals("checksum") ? List.of("sha256:")
                : List.of();
        for (String other : others) {
            proposals.add(CompletionItem.of(other, CompletionItem.Kind.VALUE, proposals.from(valueStart)));
        }
    }

    static CompletionItem value(Proposals proposals, int column, Value value) {
        return CompletionItem.of(value.value(), CompletionItem.Kind.VALUE, proposals.from(column))
                .documentation(value.description().isEmpty() ? null : value.description());
    }

}
