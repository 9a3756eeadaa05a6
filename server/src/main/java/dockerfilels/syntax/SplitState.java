package dockerfilels.syntax;

import java.util.Set;

/**
 * What the line reader carries from one unit to the next: the escape character, and while the
 * parser directives at the top are still being read, which of them were seen.
 */
record SplitState(char escape, boolean directivesOpen, Set<String> directivesSeen) {
    static final SplitState INITIAL = new SplitState('\\', true, Set.of());

    SplitState afterDirectives() {
        return directivesOpen ? new SplitState(escape, false, Set.of()) : this;
    }
}
