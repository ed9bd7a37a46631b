package org.parallax.text;

import java.util.Locale;
import java.util.Map;

/**
 * Names the outlet behind an agency tag in a dateline ({@code /TASS/}, {@code INTERFAX.RU},
 * {@code (Reuters)}). Known agencies get their usual name; an unknown tag is cleaned of its
 * brackets and domain and kept, so a new agency is still named rather than dropped.
 */
public final class Outlets {
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("interfax", "Interfax"), Map.entry("interfax.ru", "Interfax"),
      Map.entry("tass", "TASS"), Map.entry("itar-tass", "TASS"), Map.entry("reuters", "Reuters"),
      Map.entry("ap", "Associated Press"), Map.entry("afp", "AFP"),
      Map.entry("ria novosti", "RIA Novosti"), Map.entry("ria", "RIA Novosti"),
      Map.entry("xinhua", "Xinhua"), Map.entry("upi", "UPI"), Map.entry("bloomberg", "Bloomberg"),
      Map.entry("dpa", "dpa"), Map.entry("efe", "EFE"), Map.entry("ansa", "ANSA"),
      Map.entry("pti", "PTI"), Map.entry("yonhap", "Yonhap"), Map.entry("kyodo", "Kyodo"),
      Map.entry("ukrinform", "Ukrinform"), Map.entry("belta", "BelTA"), Map.entry("cnn", "CNN"),
      Map.entry("bbc", "BBC"));

  private Outlets() {}

  /** The outlet for a raw tag, or {@code null} for a blank one. */
  public static String fromTag(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip().replaceAll("^[/(\\[]+|[/)\\].]+$", "").strip();
    if (t.isEmpty()) {
      return null;
    }
    String key = t.toLowerCase(Locale.ROOT);
    String known = KNOWN.get(key);
    if (known != null) {
      return known;
    }
    String bare = t.replaceAll("(?i)\\.(ru|com|net|org|news|info|ua|by|kz|uk|co\\.uk|de|fr)$", "");
    known = KNOWN.get(bare.toLowerCase(Locale.ROOT));
    if (known != null) {
      return known;
    }
    return Text.isAllCaps(bare) && bare.replace(" ", "").length() > 4 ? Text.titleCase(bare) : bare;
  }
}
