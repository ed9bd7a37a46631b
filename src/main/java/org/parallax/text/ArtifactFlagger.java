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
          "Russian initials order left by the translation"));

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
