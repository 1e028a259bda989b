package dev.sagelint.core.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class HangGuardTest {
  @Test
  void returnsTheResultOfWorkWithinBudget() {
    assertEquals("done", HangGuard.within(Duration.ofSeconds(5), () -> "done"));
  }

  @Test
  void failsAWorkThatSpinsPastItsCpuBudget() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> HangGuard.within(Duration.ofMillis(200), () -> {
          long x = 0;
          while (!Thread.currentThread().isInterrupted()) {
            x++;
          }
          return x;
        }));
    assertTrue(e.getMessage().contains("budget 200 ms of CPU time"), e.getMessage());
  }

  @Test
  void failsAWorkThatWaitsForeverWithoutUsingCpu() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> HangGuard.within(Duration.ofMillis(50), () -> {
          Thread.sleep(60_000);
          return null;
        }));
    assertTrue(e.getMessage().startsWith("still running after"), e.getMessage());
  }

  @Test
  void rethrowsWhatTheWorkThrows() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> HangGuard.within(Duration.ofSeconds(5), () -> {
          throw new IllegalStateException("boom");
        }));
    assertEquals("boom", e.getMessage());
  }
}
