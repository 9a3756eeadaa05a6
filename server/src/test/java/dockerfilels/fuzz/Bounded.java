package dockerfilels.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input with a time bound, preemptively: a hang is a finding, not a stuck run.
 * JUnit's {@code @Timeout} cannot do this for fuzz tests, as it would also bound the whole
 * fuzzing session, which is one invocation of the test. The bound is a hang guard on a shared,
 * loaded machine, far above what any input should take; it is not a performance limit.
 */
final class Bounded {
    static final Duration LIMIT = Duration.ofSeconds(Long.getLong("dockerfilels.fuzz.inputSeconds", 60));
    /**
     * The first input of a JVM loads, instruments and interprets every class it reaches (the
     * rules, LSP4J, Gson), which on a loaded machine has taken minutes.
     */
    static final Duration FIRST_LIMIT = LIMIT.multipliedBy(4);
    private static volatile boolean warm;
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fuzz-input");
        thread.setDaemon(true);
        return thread;
    });

    interface Body {
        void run() throws Exception;
    }

    private Bounded() {
    }

    static void run(Body body) throws Exception {
        Future<?> done = RUNNER.submit(() -> {
            body.run();
            return null;
        });
        Duration limit = warm ? LIMIT : FIRST_LIMIT;
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            warm = true;
        } catch (ExecutionException e) {
            warm = true;
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new AssertionError("one input took longer than " + limit + " (a hang or worse than linear work)");
        }
    }
}
