package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Flag;
import org.parallax.model.RawDocument;
import org.parallax.testing.Shared;

/** The two seed reports, normalized as the brief and the foundation issue require. */
class SeedNormalizationTest {
  private static final Normalizer NORMALIZER =
      Normalizer.create(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

  private static Article normalize(String prefix) throws Exception {
    var path = Shared.seed(prefix);
    return NORMALIZER.normalize(RawDocument.text(path.toString(), Files.readString(path)));
  }

  @Test
  void interfax() throws Exception {
    Article a = normalize("000_");
    assertEquals("Interfax", a.outlet());
    assertEquals("dateline", a.outletSource());
    assertEquals("Moscow", a.place());
    assertEquals("2017-06-16", a.published().iso());
    assertTrue(a.published().yearInferred(), "year must be marked inferred");
    assertEquals("en", a.language());
    assertFalse(a.titleDerived());
    assertTrue(a.title().startsWith("Putin spoke about U.S. interference"));
    // The headline appears twice in the file; once in the article, and not in the body.
    assertFalse(a.body().contains("Putin spoke about U.S. interference"));
    // Dateline stripped from the body.
    assertTrue(a.body().startsWith("Vladimir Putin said that the US has always interfered"), a.body());
    // The glued quotation widget is gone from the body but kept in the raw text and in removed.
    assertFalse(a.body().contains("hurry it"));
    assertTrue(a.body().strip().endsWith("needs to be considered anyhow.”"), a.body());
    assertEquals(List.of("We shall meet someday for sure, but we can not hurry it.Vladimir Putin"),
        a.removed());
    assertTrue(a.raw().contains("hurry it.Vladimir Putin"));
    // Translation artifacts flagged, never rewritten.
    assertTrue(a.body().contains("(tramp — if)"));
    List<String> flagged = a.flags().stream().map(Flag::text).toList();
    assertTrue(flagged.contains("tramp"), flagged.toString());
    assertTrue(flagged.contains("— if"), flagged.toString());
    for (Flag f : a.flags()) {
      assertEquals(f.text(), a.body().substring(f.offset(), f.offset() + f.text().length()));
    }
    assertEquals(64, a.contentHash().length());
  }

  @Test
  void tass() throws Exception {
    Article a = normalize("002_");
    assertEquals("TASS", a.outlet());
    assertEquals("New York", a.place());
    assertEquals("2017-06-15", a.published().iso());
    assertTrue(a.published().yearInferred());
    assertEquals("en", a.language());
    // No headline line: the title is derived from the lead and marked so.
    assertTrue(a.titleDerived());
    assertTrue(a.title().startsWith("Russia did not use hacker attacks"), a.title());
    assertTrue(a.body().startsWith("Russia did not use hacker attacks"), a.body());
    assertFalse(a.body().contains("/TASS/"));
    assertTrue(a.removed().isEmpty());
  }

  @Test
  void sameContentSameHash() throws Exception {
    assertEquals(normalize("002_").contentHash(), normalize("002_").contentHash());
  }
}
