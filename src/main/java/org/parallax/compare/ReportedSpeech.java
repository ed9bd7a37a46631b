package org.parallax.compare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker's own words put in the third person, as another outlet reports them: "Every
 * decision I took is documented" reads "Every decision she took is documented", which is what
 * "all her decisions had been documented" is compared with. Used only to compare; the report
 * shows the words as quoted.
 */
final class ReportedSpeech {
  /** Who the speaker is to a reporter: a man, a woman, a body, or unknown (read as a man). */
  enum Person {
    HE("he", "him", "his", "his", "himself"),
    SHE("she", "her", "her", "hers", "herself"),
    IT("it", "it", "its", "its", "itself");

    final String subject;
    final String object;
    final String possessive;
    final String pronoun;
    final String reflexive;

    Person(String subject, String object, String possessive, String pronoun, String reflexive) {
      this.subject = subject;
      this.object = object;
      this.possessive = possessive;
      this.pronoun = pronoun;
      this.reflexive = reflexive;
    }
  }

  private static final Pattern FIRST_PERSON = Pattern.compile(
      "\\b(?:I(?:['’](?:m|ve|ll|d))?|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e(?:['’](?:re|ve|ll|d))?"
          + "|us|[Oo]ur|[Oo]urs|[Oo]urselves)\\b");

  private ReportedSpeech() {}

  /** Whether the words hold a first-person pronoun, so that reporting them changes them. */
  static boolean firstPerson(String words) {
    return FIRST_PERSON.matcher(words).find();
  }

  /**
   * The words as a report puts them, the speaker named: first-person pronouns in the third
   * person, the speaker's own subject ("I", a body's "we") and a reported clause's opening
   * pronoun for the speaker ("she would …", "that it would …") as the speaker's name, so that
   * "We will cut 1,200 jobs", "it would eliminate about 1,100 jobs" and "Helvar Foods will cut
   * 1,200 jobs" read alike. With a null name, pronouns stand for the speaker.
   */
  static String of(String words, Person who, String name) {
    String reported = firstPerson(words) ? transform(words, who, name) : words;
    Matcher lead = LEADING_SUBJECT.matcher(reported);
    if (name != null && lead.lookingAt() && lead.group(2).equals(who.subject)) {
      return lead.group(1) + name + reported.substring(lead.end(2));
    }
    return reported;
  }

  /** "that she would …", "she would …": a reported clause's subject pronoun at its start. */
  private static final Pattern LEADING_SUBJECT =
      Pattern.compile("((?:that\\s+)?)(he|she|it)\\b(?!['’]s)");

  /** The words with first-person pronouns (and the verbs that agree with "I") in the third. */
  static String of(String words, Person who) {
    return transform(words, who, null);
  }

  private static String transform(String words, Person who, String name) {
    Matcher m = FIRST_PERSON.matcher(words);
    StringBuilder out = new StringBuilder(words.length() + 16);
    int last = 0;
    while (m.find()) {
      out.append(words, last, m.start());
      String w = m.group();
      String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean body = who == Person.IT;
      // Only the words' own opening subject is named ("I will help …"), not "I" inside them
      // ("Every decision I took"), which a report words with a pronoun.
      boolean opening = words.substring(0, m.start()).chars()
          .allMatch(c -> Character.isWhitespace(c) || "\"“‘'«—-".indexOf(c) >= 0);
      String subject = name != null && opening ? name : who.subject;
      String bodySubject = name != null && opening ? name : "it";
      String r = switch (lower) {
        case "i" -> subject;
        case "i'm" -> subject + " is";
        case "i've" -> subject + " has";
        case "i'll" -> subject + " will";
        case "i'd" -> subject + " would";
        case "me" -> who.object;
        case "my" -> who.possessive;
        case "mine" -> who.pronoun;
        case "myself" -> who.reflexive;
        case "we" -> body ? bodySubject : "they";
        case "we're" -> body ? bodySubject + " is" : "they're";
        case "we've" -> body ? bodySubject + " has" : "they've";
        case "we'll" -> body ? bodySubject + " will" : "they'll";
        case "we'd" -> body ? bodySubject + " would" : "they'd";
        case "us" -> body ? "it" : "them";
        case "our" -> body ? "its" : "their";
        case "ours" -> body ? "its" : "theirs";
        case "ourselves" -> body ? "itself" : "themselves";
        default -> w;
      };
      // "I am" becomes "she is": the verb agrees with the new subject.
      int after = m.end();
      if (lower.equals("i") || (body && lower.equals("we"))) {
        Matcher verb = AGREEING.matcher(words).region(after, words.length());
        if (verb.lookingAt()) {
          r = r + " " + THIRD.get(verb.group(1).toLowerCase(Locale.ROOT));
          after = verb.end();
        }
      }
      boolean named = name != null && r.startsWith(name);
      boolean capital = !named && (Character.isUpperCase(w.charAt(0)) && !lower.equals("i")
          || lower.startsWith("i") && sentenceStart(words, m.start()));
      out.append(capital ? Character.toUpperCase(r.charAt(0)) + r.substring(1) : r);
      last = after;
    }
    out.append(words, last, words.length());
    return out.toString();
  }

  private static final Pattern AGREEING =
      Pattern.compile("\\s+(am|are|have|do|don't|don’t|was|were)\\b");
  private static final java.util.Map<String, String> THIRD = java.util.Map.of("am", "is",
      "are", "is", "have", "has", "do", "does", "don't", "doesn't", "don’t", "doesn’t", "was",
      "was", "were", "was");

  private static boolean sentenceStart(String words, int at) {
    int k = at - 1;
    while (k >= 0 && (Character.isWhitespace(words.charAt(k)) || "\"“‘'«".indexOf(words.charAt(k)) >= 0)) {
      k--;
    }
    return k < 0 || ".!?".indexOf(words.charAt(k)) >= 0;
  }
}
