package dev.sagelint.core.robust;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The worker a fuzz target runs each input on: one reused thread, so that a hang fails the input
 * instead of the run. A JUnit {@code @Timeout} would not do: while fuzzing, the whole session is
 * one invocation and would hit it. (A new thread per input, as {@link HangGuard} uses, would cost
 * more than most inputs over a fuzzing session of thousands.)
 */
final class FuzzWorker {
  private static final long HANG_SECONDS = 20;

  private final ExecutorService worker;

  FuzzWorker(String threadName) {
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs one input; its exception or error is the input's failure, and so is a hang. */
  void run(Runnable input) throws Exception {
    Future<?> run = worker.submit(input);
    try {
      run.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no result after " + HANG_SECONDS + " s: a hang");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw (Exception) e.getCause();
    }
  }
}
