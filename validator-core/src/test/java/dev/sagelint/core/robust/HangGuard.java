package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A hang guard that measures the CPU time of the work's own thread, not the wall clock.
 *
 * <p>The hostile-input tests must prove that a run is bounded, not how fast it is. A wall-clock
 * guard proves neither on a shared machine: at a load of 20 on two cores a run that needs two
 * seconds of CPU takes forty. CPU time does not grow with the load, so the budget can stay tight
 * enough to catch a runaway loop; a generous wall-clock cap still catches a thread that waits
 * forever without using CPU (a deadlock).
 */
public final class HangGuard {
  private static final long POLL_MILLIS = 20;

  private HangGuard() {}

  /**
   * Runs {@code work} on a new thread and returns its result; fails when it uses more than
   * {@code cpuBudget} of CPU time or more than ten times that of wall time.
   */
  public static <T> T within(Duration cpuBudget, ThrowingSupplier<T> work) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        result.set(work.get());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "hang-guarded");
    worker.setDaemon(true);
    long wallCap = cpuBudget.toNanos() * 10;
    long start = System.nanoTime();
    worker.start();
    try {
      while (worker.isAlive()) {
        worker.join(POLL_MILLIS);
        long cpu = mx.isThreadCpuTimeSupported() ? mx.getThreadCpuTime(worker.getId()) : -1;
        long wall = System.nanoTime() - start;
        boolean overCpu = cpu > cpuBudget.toNanos();
        // Without CPU time measurement, fall back to the budget as a wall-clock limit.
        boolean overWall = wall > (cpu < 0 ? cpuBudget.toNanos() : wallCap);
        if (worker.isAlive() && (overCpu || overWall)) {
          worker.interrupt();
          fail(String.format("still running after %d ms of CPU time and %d ms of wall time "
              + "(budget %d ms of CPU time)", Math.max(cpu, 0) / 1_000_000, wall / 1_000_000,
              cpuBudget.toMillis()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while waiting for the guarded work");
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new AssertionError(t);
    }
    return result.get();
  }
}
