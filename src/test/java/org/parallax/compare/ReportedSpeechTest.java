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

  @Test
  void theSpeakersOwnOpeningSubjectIsNamed() {
    assertEquals("Helvar Foods will cut 1,200 jobs", ReportedSpeech.of("We will cut 1,200 jobs",
        ReportedSpeech.Person.IT, "Helvar Foods"));
    assertEquals("Helvar Foods would eliminate about 1,100 jobs", ReportedSpeech.of(
        "it would eliminate about 1,100 jobs", ReportedSpeech.Person.IT, "Helvar Foods"));
    assertEquals("that Daria Kovac would cooperate", ReportedSpeech.of(
        "that she would cooperate", ReportedSpeech.Person.SHE, "Daria Kovac"));
    // Only the opening subject: a pronoun inside stays one, and another's pronoun stays.
    assertEquals("Every decision she took is documented", ReportedSpeech.of(
        "Every decision I took is documented", ReportedSpeech.Person.SHE, "Daria Kovac"));
    assertEquals("he would resign", ReportedSpeech.of("he would resign",
        ReportedSpeech.Person.SHE, "Daria Kovac"));
    assertEquals("It is an insurance policy", ReportedSpeech.of("It is an insurance policy",
        ReportedSpeech.Person.SHE, "Elena Varga"));
  }
}
