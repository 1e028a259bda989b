package dev.sagelint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the text format cuts long lines, and that the carets stay under the right column. */
class ExcerptWindowTest {
  /** 300 characters; the character at 0-based index i is the digit i % 10. */
  private static final String DIGITS = "0123456789".repeat(30);

  @Test
  void aLineUpToTheWidthIsShownWhole() {
    String line = "x".repeat(ExcerptWindow.WIDTH);
    assertEquals(new ExcerptWindow(line, " ".repeat(99), 30), ExcerptWindow.of(line, 100, 130));
  }

  @Test
  void aLongLineIsCutAroundTheColumnWithFortyCharactersBeforeIt() {
    ExcerptWindow w = ExcerptWindow.of(DIGITS, 201, 204);
    assertEquals("..." + DIGITS.substring(160, 280) + "...", w.text());
    assertEquals(" ".repeat(43), w.padding());
    assertEquals(3, w.carets());
    // The carets sit under the characters of the span.
    assertEquals("012", w.text().substring(w.padding().length(), w.padding().length() + 3));
  }

  @Test
  void nearTheStartTheWindowBeginsAtTheLineWithoutAnEllipsis() {
    ExcerptWindow w = ExcerptWindow.of(DIGITS, 5, 6);
    assertEquals(DIGITS.substring(0, 120) + "...", w.text());
    assertEquals("    ", w.padding());
    assertEquals(1, w.carets());
  }

  @Test
  void atTheEndOfTheLineTheWindowEndsThereAndTheCaretFollowsTheLastCharacter() {
    ExcerptWindow w = ExcerptWindow.of(DIGITS, 301, 301);
    assertEquals("..." + DIGITS.substring(180), w.text());
    assertEquals(" ".repeat(3 + 120), w.padding());
    assertEquals(1, w.carets());
  }

  @Test
  void caretsOfASpanLongerThanTheWindowStopWhereTheShownTextDoes() {
    ExcerptWindow whole = ExcerptWindow.of(DIGITS, 1, 301);
    assertEquals(DIGITS.substring(0, 120) + "...", whole.text());
    assertEquals("", whole.padding());
    assertEquals(120, whole.carets());
    ExcerptWindow rest = ExcerptWindow.of(DIGITS, 100, 301);
    assertEquals("..." + DIGITS.substring(59, 179) + "...", rest.text());
    assertEquals(120 - 40, rest.carets());
  }

  @Test
  void tabsBeforeTheColumnInsideTheWindowAreKept() {
    String line = DIGITS.substring(0, 170) + "\t" + DIGITS.substring(171);
    ExcerptWindow w = ExcerptWindow.of(line, 201, 202);
    assertEquals("   " + " ".repeat(10) + "\t" + " ".repeat(29), w.padding());
  }

  @Test
  void theWindowNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    // The window would start on the low half of the pair: it starts one earlier.
    String atStart = "x".repeat(159) + emoji + "y".repeat(200);
    ExcerptWindow w = ExcerptWindow.of(atStart, 201, 202);
    assertEquals("..." + emoji + "y".repeat(118) + "...", w.text());
    assertEquals(" ".repeat(3 + 41), w.padding());
    // The window would end after the high half: it ends one later.
    String atEnd = "x".repeat(119) + emoji + "y".repeat(100);
    assertEquals("x".repeat(119) + emoji + "...", ExcerptWindow.of(atEnd, 1, 2).text());
  }
}
