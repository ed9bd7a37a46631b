package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Flag;

/**
 * Flags known machine-translation artifacts without touching the text: a reader of the report must
 * be able to see exactly what the outlet published, so we annotate instead of "fixing".
 */
final class ArtifactFlagger {
  /** {@code hint} is a literal every match contains: a cheap test before the pattern runs. */
  private record Known(String hint, Pattern pattern, String note) {}

  private static final List<Known> KNOWN = List.of(
      new Known("if", Pattern.compile("[—–-]\\s*if\\b(?=\\s*\\))|\\(if\\)"),
          "'if' is the Interfax agency tag ИФ, mistranslated: an editor's note, not the speaker's"),
      new Known("tramp", Pattern.compile("\\btramp\\b"),
          "probably 'Trump' (Russian Трамп) mistranslated as the common noun"),
      new Known("V.", Pattern.compile("\\bPutin V\\.\\s?V\\.|\\bV\\.V\\. Putin\\b"),
          "Russian initials order left by the translation"),
      // "«…», has declared the coach", "», has told Delphine Okafor": a Romance or Germanic
      // perfect kept before an inverted speaker
      new Known("ha", Pattern.compile("(?<=[»\"”],\\s{0,2})(?:has|have|had) (?:declared|told|added|"
          + "specified|informed|underlined|affirmed|explained|assured|stressed|indicated|"
          + "communicated|precised)\\b"),
          "a translated perfect before an inverted speaker: the source language's word order"),
      // "informed the director of the hospital", "Informed the ministry that"
      new Known("nformed", Pattern.compile("(?:^|(?<=[.»\"”]\\s{0,2}|,\\s))[Ii]nformed (?:the|that)\\b"),
          "'informed' as a verb of saying with no one informed: a calque of the source's verb"));

  private ArtifactFlagger() {}

  static List<Flag> flag(String body) {
    List<Flag> flags = new ArrayList<>();
    for (Known k : KNOWN) {
      if (!body.contains(k.hint())) {
        continue;
      }
      Matcher m = k.pattern().matcher(body);
      while (m.find()) {
        flags.add(new Flag("mt-artifact", m.group(), m.start(), k.note()));
      }
    }
    flags.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
    return flags;
  }
}
