package org.parallax.text;

import java.util.Locale;

/** English month and weekday names as writers abbreviate them. */
public final class Months {
  public static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
      + "July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private Months() {}

  private static final String[] FULL = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};

  /** 1–12 for a month name or abbreviation, or 0. */
  public static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    if (n.length() < 3) {
      return 0;
    }
    String[] all = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec"};
    for (int i = 0; i < all.length; i++) {
      if (n.startsWith(all[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The full name of month 1–12: "November". */
  public static String name(int month) {
    return FULL[month - 1];
  }

  /** 1 (Monday) – 7 (Sunday) for a weekday name, or 0. */
  static int weekday(String name) {
    String[] all = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < all.length; i++) {
      if (all[i].equals(n)) {
        return i + 1;
      }
    }
    return 0;
  }
}
