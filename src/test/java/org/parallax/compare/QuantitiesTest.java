package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  private static Quantities.Quantity only(String text) {
    List<Quantities.Quantity> q = Quantities.of(text);
    assertEquals(1, q.size(), q.toString());
    return q.get(0);
  }

  @Test
  void britishAndAbbreviatedFormsCountWhatTheirLongFormsCount() {
    assertEquals("percent", only("Prices rose 40pc.").unit());
    assertEquals("percent", only("Prices rose 40 per cent.").unit());
    assertEquals(only("Prices rose 40pc.").context(), only("Prices rose 40 per cent.").context());
    assertEquals(1.2e9, only("The deal is worth $1.2bn.").value());
    assertEquals(only("The deal is worth $1.2bn.").unit(),
        only("The deal is worth 1.2 billion dollars.").unit());
    assertEquals(3e6, only("Costs rose to £3m last year.").value());
  }
}
