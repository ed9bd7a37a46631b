package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what sites append after the report: a quotation widget glued to its author's name
 * ({@code …but we can not hurry it.Vladimir Putin}), copyright and syndication lines, share and
 * subscribe prompts. Only trailing paragraphs are examined, so a report that merely mentions
 * copyright keeps its text.
 */
final class Boilerplate {
  /**
   * A short paragraph whose closing punctuation is glued (no space) to a capitalized name of two to
   * four words: how quote-of-the-day widgets flatten to text. Prose always puts a space there.
   */
  private static final Pattern GLUED_WIDGET = Pattern.compile(
      "^.{8,300}?[.!?…\"”»](\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-.]+){1,3})$");
  private static final Pattern GLUED_CREDIT = Pattern.compile(
      "(?<=[.!?\"”])\\s+\\((?:reporting|writing|additional reporting) by [^()]{3,200}\\)\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** "This article was automatically translated from Dutch.": a translation's own notice. */
  static final String TRANSLATED_NOTICE = "this (?:article|text|story|report|page) (?:was|has been"
      + "|is) (?:automatically |machine[- ])?translated\\b|(?:automatically|machine)[- ]translated"
      + " (?:from|by)\\b|translated (?:automatically )?(?:by|with) (?:google|deepl|machine)";
  private static final Pattern TRAILER = Pattern.compile(
      "(?i)^\\(?(?:©|\\(c\\)\\s|copyright\\b|all rights reserved|read more\\b|related:|related "
          + "(?:articles|stories)|share (?:this|on)\\b|follow us\\b|subscribe\\b|sign up\\b|"
          + "click here\\b|advertisement$|loading…?$|this (?:article|story|report) (?:was|is|has "
          + "been) (?:syndicated|republished|originally published|first published|distributed)|"
          + "(?:reporting|writing) by .{0,80}(?:;|editing by)|tags?:|#{3}\\s*$|[-–—]+\\s*ends\\s*[-–—]+\\s*$"
          + "|ends\\.?$|this (?:article|story|report) (?:originally|first) (?:appeared|ran)\\b"
          + "|notes? (?:to|for) editors\\b"
          + "|(?:media|press) (?:contact|enquiries|inquiries)\\b|for (?:more|further) information\\b"
          + "|contacts?:|the post .{1,200} appeared first on\\b"
          + "|(?:enquiries|inquiries|contacts?|media contacts?|press office)[:.]?$"
          + "|listen (?:to|live|again)\\b.{0,80}\\b(?:fm|am|dab|app|podcast|online)\\b"
          + "|download (?:the|our) .{0,40}\\bapp\\b"
          + "|" + TRANSLATED_NOTICE + ")|all rights reserved\\.?$");
  /** "Inés Cabral is The Sierra Courier's environment correspondent.": the writer's note. */
  private static final Pattern WRITER_NOTE = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2} is (?:a|an|the|\\p{Lu}[^.]{0,40}['’]s)"
          + " [^.]{0,50}\\b(?:correspondent|reporter|editor|writer|journalist|columnist)\\b.*");
  private static final Pattern END_MARK = Pattern.compile(
      "(?i)[-–—]*\\s*ends\\s*[-–—]*\\.?|#{3,}");

  /**
   * A press release's "About Helvar Foods" paragraph: the issuer's description of itself ("…
   * is a leading European producer …"), which ends releases and no report.
   */
  private static final Pattern ABOUT_ISSUER = Pattern.compile(
      "(?s)^About (?:the )?(?:\\p{Lu}[\\p{L}.&'’-]*[\\s:]+){1,5}.*?(?:\\b(?:is|are) (?:a|an|the|one"
          + "|\\p{Lu}[\\p{L}-]*['’]s)\\b"
          + "|\\b(?:provides|offers|operates|develops|makes|produces|serves|helps|was founded|is "
          + "headquartered|employs)\\b).*");

  private static final Pattern ABOUT_NAME = Pattern.compile(
      "^About (?:the )?((?:\\p{Lu}[\\p{L}.&'’-]*)(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,7})");
  /** A contact line left under a release: an e-mail address or an international number. */
  private static final Pattern CONTACT = Pattern.compile(
      "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\+\\d{1,3}[\\s\\d()-]{7,}\\d");
  private static final Pattern LEGAL_FORM = Pattern.compile(
      ",?\\s+(?:Inc\\.?|N\\.V\\.|B\\.V\\.|Ltd\\.?|plc|PLC|LLC|GmbH|AG|S\\.A\\.|SA|Corp\\.?|Co\\.)$");

  private Boilerplate() {}

  /**
   * The issuer a press release's removed "About …" paragraph names ("About Quillmark\nQuillmark
   * provides …" joined as "About Quillmark Quillmark provides …"), without its legal form; null
   * when none was removed.
   */
  static String issuer(List<String> removed) {
    for (String r : removed) {
      if (!ABOUT_ISSUER.matcher(r).matches()) {
        continue;
      }
      Matcher m = ABOUT_NAME.matcher(r);
      if (!m.find()) {
        continue;
      }
      String[] words = m.group(1).split("\\s+");
      int n = words.length;
      // The heading's name, repeated as the paragraph's first words ("About the Harbour
      // Agency / The Harbour Agency is …"): keep one copy.
      for (int k = 1; k <= n / 2; k++) {
        int again = k < n && words[k].equals("The") ? k + 1 : k;
        if (again + k <= n && String.join(" ", java.util.Arrays.copyOfRange(words, 0, k))
            .equals(String.join(" ", java.util.Arrays.copyOfRange(words, again, again + k)))) {
          n = k;
          break;
        }
      }
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      name = LEGAL_FORM.matcher(name).replaceFirst("").strip();
      return name.isEmpty() ? null : name;
    }
    return null;
  }

  /**
   * An editor's note on the report itself, wherever it stands: "Correction: An earlier version
   * …", "Updated at 18:05 with comment from …", "This story has been updated".
   */
  private static final Pattern EDITORIAL_NOTE = Pattern.compile(
      "(?i)^\\(?(?:(?:correction|clarification|update|editor['’]?s['’]? note)\\s*[:—–-]"
          + "|updated\\s+(?:at|on|with|\\d)|this (?:story|article|report) (?:has been|was)"
          + " (?:updated|corrected|amended)|this (?:story|article|report) (?:will be|is being)"
          + " updated|this is a (?:developing|breaking) (?:story|news story)"
          + "|(?:more|further) details (?:to follow|soon)"
          + "|this transcript (?:has been|was|is) (?:generated|edited|produced|lightly edited))");

  /**
   * Removes trailing boilerplate paragraphs, and editors' notes anywhere, in place; returns what
   * was removed, in order.
   */
  static List<String> trimTrailing(List<String> paragraphs) {
    List<String> removed = new ArrayList<>();
    // "ENDS" or "###" closes a release: notes to editors and contacts after it are no report.
    for (int i = paragraphs.size() - 1; i >= 1 && i >= paragraphs.size() - 12; i--) {
      if (END_MARK.matcher(paragraphs.get(i).strip()).matches()) {
        while (paragraphs.size() > i) {
          removed.add(0, paragraphs.remove(paragraphs.size() - 1));
        }
        break;
      }
    }
    for (int i = paragraphs.size() - 1; i >= 0 && paragraphs.size() > 1; i--) {
      if (paragraphs.get(i).length() <= 400 && EDITORIAL_NOTE.matcher(paragraphs.get(i)).find()) {
        removed.add(0, paragraphs.remove(i));
      }
    }
    // "The toll is expected to rise. (Reporting by Dana Velk; Editing by Rob Anser)": a wire's
    // credit run onto its last paragraph
    if (!paragraphs.isEmpty()) {
      String last = paragraphs.get(paragraphs.size() - 1);
      Matcher credit = GLUED_CREDIT.matcher(last);
      if (credit.find() && credit.start() > 0) {
        removed.add(credit.group().strip());
        paragraphs.set(paragraphs.size() - 1, last.substring(0, credit.start()).strip());
      }
    }
    while (paragraphs.size() > 1) {
      String last = paragraphs.get(paragraphs.size() - 1);
      // "About Quillon Telecom" set as a heading over "Quillon Telecom Inc. is a …"
      String before = paragraphs.size() > 2 ? paragraphs.get(paragraphs.size() - 2) : "";
      if (last.length() <= 600 && before.length() <= 80
          && ABOUT_NAME.matcher(LEGAL_FORM.matcher(before).replaceFirst("")).matches()
          && ABOUT_ISSUER.matcher(before + " " + last).matches()) {
        removed.add(0, before + " " + last);
        paragraphs.remove(paragraphs.size() - 1);
        paragraphs.remove(paragraphs.size() - 1);
        continue;
      }
      if (last.length() <= 300 && (GLUED_WIDGET.matcher(last).matches()
          || TRAILER.matcher(last).find() || last.length() <= 200 && CONTACT.matcher(last).find()
          || WRITER_NOTE.matcher(last).matches())
          || last.length() <= 600 && ABOUT_ISSUER.matcher(last).matches()) {
        removed.add(0, last);
        paragraphs.remove(paragraphs.size() - 1);
      } else {
        break;
      }
    }
    return removed;
  }
}
