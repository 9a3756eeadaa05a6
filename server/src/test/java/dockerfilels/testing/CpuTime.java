package dockerfilels.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Time for linearity checks, as the CPU time of the calling thread: what the code under test
 * costs, without the time the thread waited for a core (this machine's two cores are shared by
 * several builds) and without the collector's threads copying what the test keeps alive, both of
 * which made wall-clock ratios swing from 3x to 35x for the same linear code. Memory is checked on
 * its own (bytes kept per character), so leaving the collector out hides no growth of the model.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** The least CPU time of {@code runs} runs of {@code work}, each after a collection. */
    public static long bestOf(int runs, Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            System.gc(); // no collection of earlier garbage inside the measurement
            long start = THREADS.getCurrentThreadCpuTime();
            work.run();
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
