package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class YearInferenceTest {
  private static final int NOW = 2026;

  @Test
  void weekdayMeansYesterdayPastTheLatestMentionedYear() {
    // 2012 is the latest year mentioned; June 15 was a Thursday first in 2017 (June 16, 2016 was
    // itself a Thursday, but past the mentioned year only "yesterday" counts).
    assertEquals(2017, YearInference.infer(6, 16,
        "In 2000 and in 2012 it happened. The film was shown on Thursday by the channel.", NOW));
  }

  @Test
  void sameDayFitsInTheMentionedYear() {
    assertEquals(2017, YearInference.infer(6, 15,
        "On Thursday, a site published extracts. Interviews ran between 2015 and February 2017.",
        NOW));
  }

  @Test
  void everyNamedWeekdayMustFit() {
    // March 5 2024 was a Tuesday, but "on Wednesday" rules 2024 out; 2025 fits both.
    assertEquals(2025, YearInference.infer(3, 5,
        "The fire was out late on Tuesday and prosecutors on Wednesday opened an inquiry."
            + " In August 2024 another blaze burned.", NOW));
  }

  @Test
  void weekdayWithDateIsDecisive() {
    assertEquals(2025, YearInference.infer(3, 17,
        "Trains stopped on Monday. Pay has not risen since 2022. The strike is due to end on"
            + " Wednesday, March 19.", NOW));
  }

  @Test
  void noEvidenceNoYear() {
    assertNull(YearInference.infer(3, 4, "Firefighters battled a blaze on Tuesday.", NOW));
    assertNull(YearInference.infer(3, 4, "The building dates from 1998.", NOW));
    assertNull(YearInference.infer(3, 9, "A block built in the early 1970s burned on Sunday.", NOW));
  }

  @Test
  void aYearMeasuredAgainstIsNotTheReportsOwn() {
    // October 14 was a Tuesday in 1997 and in 2025: "since 1997" says only that it is later
    assertNull(YearInference.infer(10, 14, "The river rose on Tuesday to its highest level since"
        + " 1997.", NOW));
    assertEquals(1997, YearInference.infer(10, 14, "The river rose on Tuesday. The 1997 budget"
        + " was cut.", NOW));
  }

  @Test
  void futureYearsAreNotEvidence() {
    assertNull(YearInference.infer(3, 12,
        "She spoke on Wednesday. Gas will flow by the end of 2031.", NOW));
  }
}
