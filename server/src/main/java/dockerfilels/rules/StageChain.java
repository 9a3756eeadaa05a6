package dockerfilels.rules;

import dockerfilels.semantics.Stage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A state carried down FROM chains (the shell in use, whether a WORKDIR was set): each stage starts
 * with what its parent stage ended with, or with {@code root} when it is built from an image.
 */
public final class StageChain {
    private StageChain() {
    }

    /**
     * What {@code stage} ends with. The parents are followed with a loop (a chain can be as long as
     * the file), and each stage's end is kept for the rest of the lint under {@code key}, so a whole
     * lint walks every stage once.
     */
    public static <T> T atEnd(LintContext context, Object key, Stage stage, UnaryOperator<Stage> parent,
            Function<Stage, T> root, BiFunction<Stage, T, T> step) {
        Map<Stage, T> ends = context.shared(key, IdentityHashMap::new);
        Deque<Stage> chain = new ArrayDeque<>();
        for (Stage s = stage; s != null && !ends.containsKey(s); s = parent.apply(s)) {
            chain.push(s);
        }
        while (!chain.isEmpty()) {
            Stage s = chain.pop();
            Stage p = parent.apply(s);
            ends.put(s, step.apply(s, p == null ? root.apply(s) : ends.get(p)));
        }
        return ends.get(stage);
    }
}
