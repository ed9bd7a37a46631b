package org.parallax.report;

import static org.parallax.report.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.compare.StoryComparison;
import org.parallax.compare.Unit;
import org.parallax.model.Article;
import org.parallax.model.Flag;
import org.parallax.model.Membership;
import org.parallax.model.Rejected;
import org.parallax.model.Story;
import org.parallax.pipeline.Analysis;

/**
 * The static report: {@code index.html} lists stories and their articles; {@code
 * stories/ID.html} shows a story's articles side by side. No scripts, no external resources.
 */
final class HtmlReport {
  private static final String CSS = """
      :root{--ink:#1d2433;--muted:#5b6578;--line:#d8dde6;--bg:#f7f8fa;--accent:#2456a6}
      *{box-sizing:border-box}
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
        background:var(--bg);margin:0;padding:24px}
      h1{font-size:22px;margin:0 0 4px} h2{font-size:18px;margin:24px 0 8px}
      a{color:var(--accent)} .muted{color:var(--muted)}
      table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0 16px}
      th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
      th{background:#eef1f6;font-weight:600}
      .story{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;
        margin:12px 0}
      .columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(320px,1fr);gap:16px;
        overflow-x:auto;padding-bottom:8px}
      .col{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px}
      .col h3{font-size:16px;margin:4px 0 8px} .meta{font-size:13px;color:var(--muted)}
      .col p{margin:0 0 10px;white-space:pre-wrap}
      .said{font-size:13px;margin-top:8px}.said li{margin:4px 0}
      mark.st{border-radius:3px;padding:0 1px;cursor:pointer;color:inherit}
      mark.c0{background:#cfe3ff}mark.c1{background:#d6f5d6}mark.c2{background:#ffe2c6}
      mark.c3{background:#ecd9ff}mark.c4{background:#fff3b0}mark.c5{background:#c9f0ef}
      mark.c6{background:#ffd6e0}mark.c7{background:#e4e4d0}
      mark.conflict{text-decoration:underline wavy #c0392b}
      mark.conflict:not(.st){background:#fdecea}
      .only{background:#f1edff;border-bottom:2px solid #7a5af8}
      .conflicts{font-size:13px;background:#fdecea;border-radius:4px;padding:6px 8px;margin-top:8px}
      .summary td,.summary th{font-size:13px}
      .flag{background:#fff4d6;border-bottom:1px dashed #b58100}
      .badge{display:inline-block;font-size:12px;padding:1px 6px;border-radius:10px;
        background:#eef1f6;margin-right:4px}
      .badge.dup{background:#fde8e8;color:#8a1c1c}
      .why{font-size:12px;color:var(--muted);background:#f3f5f9;border-radius:4px;padding:6px 8px;
        margin:0 0 10px}
      """;

  private HtmlReport() {}

  static void write(Analysis.Result result, Path dir) throws IOException {
    Map<String, Article> byId = new HashMap<>();
    result.articles().forEach(a -> byId.put(a.id(), a));
    Path stories = Files.createDirectories(dir.resolve("stories"));
    // Pages of an earlier run into the same folder would link stories that no longer exist.
    try (var old = Files.newDirectoryStream(stories, "s*.html")) {
      for (Path page : old) {
        if (page.getFileName().toString().matches("s[0-9a-f]{12}\\.html")) {
          Files.delete(page);
        }
      }
    }
    Files.writeString(dir.resolve("index.html"), index(result, byId), StandardCharsets.UTF_8);
    for (Story s : result.stories()) {
      Files.writeString(dir.resolve("stories").resolve(s.id() + ".html"), storyPage(s, byId, result),
          StandardCharsets.UTF_8);
    }
  }

  static String index(Analysis.Result result, Map<String, Article> byId) {
    StringBuilder h = page("Parallax report", "");
    h.append("<h1>Parallax report</h1><p class=\"muted\">")
        .append(result.articles().size()).append(" articles in ")
        .append(result.stories().size()).append(" stories")
        .append(result.rejected().isEmpty() ? "" : "; " + result.rejected().size() + " inputs rejected")
        .append("</p>\n");
    for (Story s : result.stories()) {
      h.append("<div class=\"story\"><h2><a href=\"stories/").append(esc(s.id())).append(".html\">")
          .append(esc(s.title())).append("</a></h2><div class=\"meta\">")
          .append(s.articles().size()).append(" articles · ")
          .append(result.compared(s.id()).statements().size())
          .append(" statements aligned across outlets · story ").append(esc(s.id()))
          .append("</div>\n<table><tr><th>Outlet</th><th>Published</th><th>Place</th>"
              + "<th>Title</th><th>Language</th></tr>\n");
      for (String id : s.articles()) {
        Article a = byId.get(id);
        h.append("<tr><td>").append(esc(orDash(a.outlet()))).append("</td><td>")
            .append(esc(a.published() == null ? "—" : when(a)))
            .append(a.published() != null && a.published().yearInferred() ? " <span class=\"badge\">year inferred</span>" : "")
            .append("</td><td>").append(esc(orDash(a.place()))).append("</td><td>")
            .append(esc(a.title())).append(a.titleDerived() ? " <span class=\"badge\">derived</span>" : "")
            .append(a.duplicateOf() == null ? "" : " <span class=\"badge dup\">copy of "
                + esc(outletOf(byId.get(a.duplicateOf()))) + "</span>")
            .append("</td><td>").append(esc(orDash(a.language()))).append("</td></tr>\n");
      }
      h.append("</table></div>\n");
    }
    if (!result.rejected().isEmpty()) {
      h.append("<h2>Rejected inputs</h2><table><tr><th>Input</th><th>Reason</th></tr>\n");
      for (Rejected r : result.rejected()) {
        h.append("<tr><td>").append(esc(r.input())).append("</td><td>").append(esc(r.reason()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  static String storyPage(Story s, Map<String, Article> byId) {
    return storyPage(s, byId, new Analysis.Result(List.of(), List.of(), List.of()));
  }

  static String storyPage(Story s, Map<String, Article> byId, Analysis.Result result) {
    StoryComparison.Result compared = result.compared(s.id());
    List<StoryComparison.Statement> statements = compared.statements();
    // Hovering or focusing (clicking) one variant outlines every variant of its statement: CSS
    // :has() does it, so the page needs no script and its CSP can forbid them all.
    StringBuilder css = new StringBuilder();
    for (int k = 0; k < statements.size(); k++) {
      css.append("body:has(.st").append(k).append(":hover) .st").append(k)
          .append(",body:has(.st").append(k).append(":focus) .st").append(k)
          .append("{outline:2px solid #1d2433;outline-offset:1px;filter:saturate(2)}\n");
    }
    StringBuilder h = page(s.title(), "../", css.toString());
    h.append("<p><a href=\"../index.html\">← All stories</a></p><h1>").append(esc(s.title()))
        .append("</h1><p class=\"meta\">").append(s.articles().size())
        .append(" articles · first: ").append(esc(outletOf(byId.get(s.first()))))
        .append(" · ").append(statements.size()).append(" statements aligned across outlets")
        .append("</p>\n");
    Map<String, StoryComparison.Coverage> coverage = new HashMap<>();
    compared.coverage().forEach(c -> coverage.put(c.article(), c));
    h.append(summary(s, byId, result, statements, coverage));
    h.append("<p class=\"meta legend\"><mark class=\"c0\">coloured</mark> the same statement in"
        + " several outlets (hover or click one to outline the others) · <span class=\"only\">"
        + "underlined</span> only this outlet reports it · <mark class=\"c4 conflict\">wavy"
        + "</mark> numbers, days or names differ between outlets</p>\n");
    h.append("<div class=\"columns\">\n");
    Map<String, Membership> why = new HashMap<>();
    s.evidence().forEach(m -> why.put(m.article(), m));
    for (String id : s.articles()) {
      Article a = byId.get(id);
      h.append("<section class=\"col\" id=\"").append(esc(a.id())).append("\"><div class=\"meta\">")
          .append(esc(outletOf(a))).append(" · ")
          .append(esc(a.published() == null ? "undated" : when(a)))
          .append(a.place() == null ? "" : " · " + esc(a.place()))
          .append("</div><h3>").append(esc(a.title())).append("</h3>\n");
      h.append(evidence(why.get(a.id()), byId));
      StoryComparison.Coverage c = coverage.get(a.id());
      h.append(body(a, marks(a, byId, statements, c, compared.units().get(a.id()))));
      h.append(quotes(result.said(a.id()).quotes()));
      if (c != null && !c.conflicts().isEmpty()) {
        h.append(conflicts(c.conflicts()));
      }
      if (a.summaryOnly()) {
        h.append("<p class=\"meta\">Feed summary only.</p>");
      }
      h.append("<div class=\"meta\">").append(esc(a.input())).append("</div></section>\n");
    }
    return h.append("</div></body></html>\n").toString();
  }

  /**
   * An article's conflicts, those with a report published hours or days apart ("Five people (4
   * h later)") set apart: a toll that rose during the day may be an update, not an error.
   */
  static String conflicts(List<String> conflicts) {
    List<String> sameTime = conflicts.stream().filter(x -> !APART.matcher(x).find()).toList();
    List<String> apart = conflicts.stream().filter(x -> APART.matcher(x).find()).toList();
    StringBuilder h = new StringBuilder("<div class=\"conflicts\">");
    if (!sameTime.isEmpty()) {
      h.append("<b>Disagrees with other outlets</b><ul>");
      sameTime.forEach(x -> h.append("<li>").append(esc(x)).append("</li>"));
      h.append("</ul>");
    }
    if (!apart.isEmpty()) {
      h.append("<b>Differs from reports published hours apart (may be an update)</b><ul>");
      apart.forEach(x -> h.append("<li>").append(esc(x)).append("</li>"));
      h.append("</ul>");
    }
    return h.append("</div>\n").toString();
  }

  private static final Pattern APART = Pattern.compile(
      "\\(\\d+ (?:h|days?) (?:later|earlier)\\)");

  /** Outlet, published, quotes, aligned statements, only-here and conflict counts. */
  private static String summary(Story s, Map<String, Article> byId, Analysis.Result result,
      List<StoryComparison.Statement> statements, Map<String, StoryComparison.Coverage> cov) {
    StringBuilder h = new StringBuilder("<table class=\"summary\"><tr><th>Outlet</th>"
        + "<th>Published</th><th>Quotes</th><th>Aligned statements</th><th>Only here</th>"
        + "<th>Conflicts</th></tr>\n");
    for (String id : s.articles()) {
      Article a = byId.get(id);
      long aligned = statements.stream().filter(st -> st.variants().stream()
          .anyMatch(v -> v.article().equals(id))).count();
      StoryComparison.Coverage c = cov.get(id);
      h.append("<tr><td><a href=\"#").append(esc(id)).append("\">").append(esc(outletOf(a)))
          .append("</a>").append(id.equals(s.first()) ? " <span class=\"badge\">first</span>" : "")
          .append(a.duplicateOf() != null ? " <span class=\"badge dup\">copy</span>" : "")
          .append("</td><td>")
          .append(esc(a.published() == null ? "undated" : when(a))).append("</td><td>")
          .append(result.said(id).quotes().size()).append("</td><td>").append(aligned)
          .append("</td><td>").append(c == null ? "–" : String.valueOf(c.onlyHere().size()))
          .append("</td><td>").append(c == null ? "–" : String.valueOf(c.conflicts().size()))
          .append("</td></tr>\n");
    }
    return h.append("</table>\n").toString();
  }

  private record Mark(int start, int end, String open, String close) {}

  private static final int COLOURS = 8;

  /** Aligned variants (coloured by statement), only-here units and flagged artifacts. */
  private static List<Mark> marks(Article a, Map<String, Article> byId,
      List<StoryComparison.Statement> statements, StoryComparison.Coverage c, List<Unit> units) {
    List<Mark> out = new ArrayList<>();
    for (Flag f : a.flags()) {
      out.add(new Mark(f.offset(), f.offset() + f.text().length(),
          "<span class=\"flag\" title=\"" + esc(f.note()) + "\">", "</span>"));
    }
    for (int k = 0; k < statements.size(); k++) {
      StoryComparison.Statement st = statements.get(k);
      for (StoryComparison.Variant v : st.variants()) {
        if (!v.article().equals(a.id())) {
          continue;
        }
        List<String> others = new ArrayList<>();
        for (StoryComparison.Variant w : st.variants()) {
          if (w != v) {
            others.add(outletOf(byId.get(w.article())));
          }
        }
        boolean conflict = c != null && c.conflicts().stream().anyMatch(x -> x.endsWith(
            "\"" + v.text() + "\""));
        String title = "Statement " + (k + 1) + (st.speaker() == null ? "" : " (" + st.speaker()
            + ")") + ": also in " + String.join(", ", others) + String.format(Locale.ROOT,
            "; similarity %.2f", st.similarity()) + (conflict ? "; the outlets disagree on a number, day or name" : "");
        out.add(new Mark(v.start(), v.end(), "<mark class=\"st st" + k + " c" + (k % COLOURS)
            + (conflict ? " conflict" : "") + "\" tabindex=\"0\" data-statement=\"" + (k + 1)
            + "\" title=\"" + esc(title) + "\">", "</mark>"));
      }
    }
    if (c != null && units != null) {
      java.util.Set<String> only = new java.util.HashSet<>(c.onlyHere());
      java.util.Set<Integer> inStatements = new java.util.HashSet<>();
      out.forEach(m -> inStatements.add(m.start()));
      for (Unit u : units) {
        if (only.contains(u.text())) {
          out.add(new Mark(u.start(), u.end(), "<span class=\"only\" title=\"Only "
              + esc(outletOf(a)) + " reports this in this story\">", "</span>"));
        }
        // A figure another outlet gives differently, in a sentence no statement holds.
        String disagreement = c.conflicts().stream()
            .filter(x -> x.endsWith("\"" + u.text() + "\"")).findFirst().orElse(null);
        if (disagreement != null && !inStatements.contains(u.start())) {
          out.add(new Mark(u.start(), u.end(), "<mark class=\"conflict\" title=\""
              + esc(disagreement.substring(0, disagreement.indexOf(" — \""))) + "\">",
              "</mark>"));
        }
      }
    }
    return out;
  }


  /** Who said what in the article: speaker, cue and the statement. */
  private static String quotes(List<org.parallax.attribution.Quote> quotes) {
    if (quotes.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<details class=\"said\"><summary>Who said what (")
        .append(quotes.size()).append(")</summary><ul>\n");
    for (org.parallax.attribution.Quote q : quotes) {
      b.append("<li class=\"").append(q.kind()).append("\"><b>")
          .append(esc(q.speaker() == null ? "unattributed" : q.speaker())).append("</b> <i>")
          .append(esc(q.cue())).append("</i>: ")
          .append(q.kind().equals("direct") ? "“" + esc(q.text()) + "”" : esc(q.text()))
          .append("</li>\n");
    }
    return b.append("</ul></details>\n").toString();
  }

  /** Why the article is in this story, in one line. */
  private static String evidence(Membership m, Map<String, Article> byId) {
    if (m == null) {
      return "";
    }
    StringBuilder b = new StringBuilder("<div class=\"why\">");
    if (m.founder()) {
      b.append("Founded this story.");
    } else if (m.duplicateOf() != null) {
      b.append("<span class=\"badge dup\">near-duplicate</span> copy of ")
          .append(esc(outletOf(byId.get(m.duplicateOf()))))
          .append(": not counted as independent coverage.");
    } else {
      b.append(String.format(java.util.Locale.ROOT, "Joined with score %.2f (words %.2f, names %.2f",
          m.score(), m.textSimilarity(), m.nameSimilarity()));
      if (m.embeddingSimilarity() != null) {
        b.append(String.format(java.util.Locale.ROOT, ", meaning %.2f", m.embeddingSimilarity()));
      }
      b.append(").");
      Article a = byId.get(m.article());
      String text = a == null ? "" : a.title() + "\n" + a.body();
      if (!m.sharedNames().isEmpty()) {
        b.append(" Shared names: ").append(esc(String.join(", ", asWritten(m.sharedNames(), text))))
            .append('.');
      }
      if (!m.sharedTerms().isEmpty()) {
        b.append(" Shared words: ").append(esc(String.join(", ", asWritten(m.sharedTerms(), text))))
            .append('.');
      }
    }
    return b.append("</div>\n").toString();
  }

  /**
   * The stems and lower-cased names clustering compared ("marrowbi", "explos"), as the reader's
   * article writes them ("Marrowby", "explosion"); a stem the text does not hold stays as is.
   */
  static List<String> asWritten(List<String> keys, String text) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      String stem = key.endsWith("i") && key.length() > 3 ? key.substring(0, key.length() - 1)
          : key;
      Matcher w = Pattern.compile("(?iu)(?<![\\p{L}])"
          + Pattern.quote(stem) + "\\p{L}*").matcher(text);
      String found = w.find() ? w.group() : key;
      if (!out.contains(found)) {
        out.add(found);
      }
    }
    return out;
  }

  /** Paragraphs, with flagged artifacts marked (the wording itself left as published). */
  private static String body(Article a) {
    List<Mark> marks = new ArrayList<>();
    for (Flag f : a.flags()) {
      marks.add(new Mark(f.offset(), f.offset() + f.text().length(),
          "<span class=\"flag\" title=\"" + esc(f.note()) + "\">", "</span>"));
    }
    return body(a, marks);
  }

  /**
   * Paragraphs with marks laid over the text. Marks may overlap, so the text is cut at every
   * mark boundary and each piece reopens the marks that cover it: the HTML stays well nested.
   */
  private static String body(Article a, List<Mark> marks) {
    String text = a.body();
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
    for (Mark m : marks) {
      if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
        cuts.add(m.start());
        cuts.add(m.end());
      }
    }
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
      cuts.add(i);
      cuts.add(i + 2);
    }
    StringBuilder out = new StringBuilder("<p>");
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      String piece = text.substring(from, to);
      if (piece.equals("\n\n")) {
        out.append("</p>\n<p>");
      } else {
        List<Mark> open = new ArrayList<>();
        for (Mark m : marks) {
          if (m.start() <= from && m.end() >= to && m.start() < m.end()) {
            open.add(m);
          }
        }
        open.forEach(m -> out.append(m.open()));
        out.append(esc(piece));
        for (int k = open.size() - 1; k >= 0; k--) {
          out.append(open.get(k).close());
        }
      }
      from = to;
    }
    return out.append("</p>\n").toString();
  }


  private static StringBuilder page(String title, String up) {
    return page(title, up, "");
  }

  private static StringBuilder page(String title, String up, String extraCss) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'\">")
        .append("<title>").append(esc(title)).append("</title><style>").append(CSS)
        .append(extraCss).append("</style></head><body>\n");
    return h;
  }

  private static String outletOf(Article a) {
    return a == null || a.outlet() == null ? "unknown outlet" : a.outlet();
  }

  private static String orDash(String s) {
    return s == null ? "—" : s;
  }

  /**
   * When an article was published as the reader needs it to see who was first: the date, and
   * the hour when the source gives one ("2026-08-03 06:10 UTC"), in the offset it was given.
   */
  static String when(Article a) {
    String iso = a.published().iso();
    int t = iso.indexOf('T');
    if (t < 0 || iso.length() < t + 6) {
      return a.published().date().toString();
    }
    String zone = iso.substring(Math.min(iso.length(), t + 6)).replaceFirst("^:\\d{2}(\\.\\d+)?", "");
    zone = zone.equals("Z") || zone.equals("+00:00") ? " UTC" : zone.isEmpty() ? "" : " " + zone;
    String local = a.published().date() + " " + iso.substring(t + 1, t + 6) + zone;
    // "08:20 +02:00" beside "06:20 UTC" reads as later than it is: the UTC hour too, so the
    // column compares across outlets' zones.
    if (!zone.isEmpty() && !zone.equals(" UTC")) {
      try {
        java.time.OffsetDateTime o = java.time.OffsetDateTime.parse(iso);
        java.time.OffsetDateTime u = o.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        local += " (" + (u.toLocalDate().equals(o.toLocalDate()) ? "" : u.toLocalDate() + " ")
            + String.format(java.util.Locale.ROOT, "%02d:%02d UTC)", u.getHour(), u.getMinute());
      } catch (java.time.DateTimeException e) {
        // an offset the parser does not read: the local time alone
      }
    }
    return local;
  }
}
