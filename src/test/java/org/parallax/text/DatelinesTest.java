package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NEW YORK, June 15. /TASS/. Russia did not|New York|6|15|TASS|Russia did not",
      "Moscow. June 16. INTERFAX.RU — Vladimir Putin said|Moscow|6|16|Interfax|Vladimir Putin said",
      "LONDON, March 12 (Reuters) - The bank said|London|3|12|Reuters|The bank said",
      "Porto. March 9. BALTICA.NEWS — Forty-seven|Porto|3|9|Baltica|Forty-seven",
      "GDANSK, March 4. /NORDPRESS/. About 300|Gdansk|3|4|Nordpress|About 300",
      "LONDON (Reuters) - Shares fell|London|0|0|Reuters|Shares fell",
      "WASHINGTON — The Senate voted|Washington|0|0||The Senate voted",
      "RIO DE JANEIRO, 5 May 2024 (AFP) - Rain|Rio de Janeiro|5|5|AFP|Rain",
      "ST. PETERSBURG, Jan. 3. /TASS/. Snow|St. Petersburg|1|3|TASS|Snow",
      "INDIANAPOLIS, Ind. (June 15, 2014) — Police officers|Indianapolis|6|15||Police officers",
      "PORTHAVEN/ALTMÜNDE, Oct 14 (Castellan) - British group|Porthaven|10|14|Castellan|British group",
      "ALTMÜNDE. The British industrial group wants to take over the maker|Altmünde|0|0||The British industrial group wants to take over the maker",
      "CALDERBRIDGE, 13-03-2025 - The hospital group|Calderbridge|3|13||The hospital group",
  })
  void parses(String paragraph, String place, int month, int day, String outlet, String rest) {
    Datelines.Dateline d = Datelines.parse(paragraph);
    assertNotNull(d, paragraph);
    assertEquals(place, d.place());
    assertEquals(month, d.month());
    assertEquals(day, d.day());
    assertEquals(outlet, d.tag() == null ? null : Outlets.fromTag(d.tag()));
    assertEquals(rest, paragraph.substring(d.end()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Vladimir Putin said that the US has always interfered.",
      "On March 4, the fire spread to the second warehouse.",
      "In 2000, and in 2012 — always has been.",
      "According to the President, they went to rallies.",
      "The council met on Tuesday, March 4, to discuss it.",
      "NATO. It met on Tuesday.",
      "UPDATE. The council met on Tuesday to discuss the bridge and the ferry.",
  })
  void ignoresOrdinaryProse(String paragraph) {
    assertNull(Datelines.parse(paragraph), paragraph);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2025|2025"})
  void yearWrittenInDatelineIsKept(int year, int expected) {
    Datelines.Dateline d = Datelines.parse("PARIS, March 3, " + year + " (AFP) - Text");
    assertNotNull(d);
    assertEquals(expected, d.year());
  }
}
