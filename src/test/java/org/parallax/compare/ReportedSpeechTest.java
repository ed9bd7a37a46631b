package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportedSpeechTest {
  @Test
  void firstPersonWordsReadInTheThirdPerson() {
    assertEquals("Every decision she took is documented, and she will help the prosecutors",
        ReportedSpeech.of("Every decision I took is documented, and I will help the prosecutors",
            ReportedSpeech.Person.SHE));
    assertEquals("He is leaving with his conscience clear, he told them",
        ReportedSpeech.of("I am leaving with my conscience clear, I told them",
            ReportedSpeech.Person.HE));
    assertEquals("It will cut its costs and it has no plans to sell",
        ReportedSpeech.of("We will cut our costs and we have no plans to sell",
            ReportedSpeech.Person.IT));
    assertEquals("They'll defend their record", ReportedSpeech.of("We'll defend our record",
        ReportedSpeech.Person.HE));
  }

  @Test
  void theCountryIsNoPronoun() {
    assertFalse(ReportedSpeech.firstPerson("The US and the EU signed the deal."));
    assertTrue(ReportedSpeech.firstPerson("Nobody needs to lecture us."));
    assertEquals("Nobody needs to lecture them about the US.",
        ReportedSpeech.of("Nobody needs to lecture us about the US.", ReportedSpeech.Person.SHE));
  }
}
