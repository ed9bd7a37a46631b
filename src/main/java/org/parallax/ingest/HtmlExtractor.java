package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article in a web page: its text, headline, outlet, date and language. Navigation,
 * cookie banners, sidebars, share bars and footers are dropped; scripts never become text.
 */
final class HtmlExtractor {
  /** Class or id tokens of page furniture that is never part of the report. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(^|[-_\\s])(cookie|cookies|consent|gdpr|banner|newsletter|subscribe|subscription|share|"
          + "sharing|social|related|recommended|sidebar|comments?|promo|advert|advertisement|ads?|"
          + "popup|modal|breadcrumbs?|most-?read|trending|footer|menu|navbar|nav|masthead|"
          + "paywall|signup|byline-share|tags|kicker|eyebrow|overline|section-label|rubric|bio|byline)"
          + "([-_\\s]|$)",
      Pattern.CASE_INSENSITIVE);
  private static final String BLOCKS = "p, h2, h3, h4, h5, li, blockquote, pre, td";
  private static final ObjectMapper JSON = new ObjectMapper();

  record Page(String text, String title, String outlet, String published, String language,
      String url) {}

  private HtmlExtractor() {}

  static Page extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    return extract(doc);
  }

  static Page extract(Document doc) {
    String outlet = firstMeta(doc, "meta[property=og:site_name]", "meta[name=application-name]",
        "meta[name=publisher]");
    String published = firstMeta(doc, "meta[property=article:published_time]",
        "meta[name=article:published_time]", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[property=og:published_time]");
    if (published == null) {
      Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime]");
      if (time != null) {
        published = time.attr("datetime");
      }
    }
    String url = firstMeta(doc, "meta[property=og:url]");
    if (url == null) {
      Element canonical = doc.selectFirst("link[rel=canonical][href]");
      url = canonical == null ? null : canonical.attr("abs:href");
    }
    JsonNode ld = jsonLd(doc);
    if (ld != null) {
      if (published == null) {
        published = text(ld.path("datePublished"));
      }
      if (outlet == null) {
        outlet = text(ld.path("publisher").path("name"));
      }
    }
    String language = doc.selectFirst("html") == null ? null : blankToNull(doc.selectFirst("html").attr("lang"));
    if (language == null) {
      language = firstMeta(doc, "meta[http-equiv=content-language]", "meta[property=og:locale]");
    }
    if (outlet == null) {
      outlet = titleOutlet(doc.title());
    }
    if (outlet == null) {
      outlet = leadingOutlet(doc);
    }
    String title = headline(doc, outlet);

    clean(doc);
    Element root = mainContent(doc);
    String text = root == null ? "" : blocksText(root, title);
    return new Page(text, title, outlet, published, language, url);
  }

  /** Extracts paragraph text from an HTML fragment, such as a feed item's content. */
  static String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    clean(doc);
    return blocksText(doc.body(), null);
  }

  /**
   * "Dock strike enters second day | Harbour Times": a page that names its outlet nowhere else
   * names it after its title's last separator (a few capitalized words).
   */
  /** How pages join headline and outlet in their title ("Headline | Outlet"). */
  private static final String[] TITLE_SEPARATORS = {" | ", " — ", " – ", " - ", " :: "};

  private static final java.util.Set<String> PAGE_NAMES = java.util.Set.of("home", "homepage",
      "home page", "front page", "latest news", "news", "index", "start");

  private static final java.util.Set<String> SECTIONS = java.util.Set.of("world", "world news",
      "news", "politics", "business", "economy", "sport", "sports", "top stories", "latest",
      "latest news", "breaking news", "headlines", "uk", "us", "europe", "tech", "technology",
      "science", "health", "opinion", "culture", "local", "national", "international", "home",
      "front page", "all stories", "rss", "feed", "news feed", "latest stories");

  /**
   * A feed's name without the section it carries: "Meridian Post - World" and "World news |
   * Meridian Post" are Meridian Post's feeds.
   */
  static String feedOutlet(String channel) {
    if (channel == null) {
      return null;
    }
    for (String sep : TITLE_SEPARATORS) {
      int i = channel.lastIndexOf(sep);
      if (i > 0) {
        String head = channel.substring(0, i).strip();
        String tail = channel.substring(i + sep.length()).strip();
        if (SECTIONS.contains(tail.toLowerCase(java.util.Locale.ROOT)) && !head.isEmpty()) {
          return head;
        }
        // "Regional Broadcast News - Eastvale": one word after a longer name is its region's
        // or desk's feed
        if (!tail.contains(" ") && head.split("\\s+").length >= 2) {
          return head;
        }
        if (SECTIONS.contains(head.toLowerCase(java.util.Locale.ROOT)) && !tail.isEmpty()) {
          return tail;
        }
      }
    }
    return channel;
  }

  /**
   * "Meridian Post - Bridge closure extended" over a footer "© Meridian Post 2025": a page that
   * puts its name before the headline, and signs its copyright with that name.
   */
  private static String leadingOutlet(Document doc) {
    String title = doc.title();
    for (String sep : TITLE_SEPARATORS) {
      int i = title == null ? -1 : title.indexOf(sep);
      if (i > 0) {
        String head = title.substring(0, i).strip();
        String[] words = head.split("\\s+");
        boolean named = words.length <= 4 && java.util.Arrays.stream(words)
            .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
        if (named && Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?"
            + Pattern.quote(head), Pattern.CASE_INSENSITIVE)
            .matcher(doc.text()).find()) {
          return head;
        }
        return null;
      }
    }
    return null;
  }

  static String titleOutlet(String title) {
    if (title == null) {
      return null;
    }
    for (String sep : TITLE_SEPARATORS) {
      int i = title.lastIndexOf(sep);
      if (i > 0) {
        String tail = title.substring(i + sep.length()).strip();
        if (PAGE_NAMES.contains(tail.toLowerCase(java.util.Locale.ROOT))) {
          // "Tidewater Today - Home": the page, not the outlet, follows the separator
          String head = title.substring(0, i).strip();
          return head.split("\\s+").length <= 5 && !head.isEmpty()
              && Character.isUpperCase(head.charAt(0)) ? head : null;
        }
        String[] words = tail.split("\\s+");
        boolean named = !tail.isEmpty() && words.length <= 5 && tail.length() <= 40
            && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty()
                && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
                    || w.equals("of") || w.equals("the") || w.equals("and") || w.equals("&")));
        return named ? tail : null;
      }
    }
    return null;
  }

  private static String headline(Document doc, String outlet) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String og = firstMeta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
    if (og != null) {
      return og;
    }
    String title = doc.title().strip();
    if (title.isEmpty()) {
      return null;
    }
    // "Headline | Outlet" and "Headline - Outlet": drop the outlet half.
    for (String sep : TITLE_SEPARATORS) {
      int i = title.lastIndexOf(sep);
      if (i > 0) {
        String tail = title.substring(i + sep.length()).strip();
        if (outlet == null || tail.equalsIgnoreCase(outlet) || tail.length() < 40) {
          return title.substring(0, i).strip();
        }
      }
    }
    return title;
  }

  /** Where a pull quote's signature waits, on its last paragraph, until the text is built. */
  private static final String SIGN = "data-parallax-sign";

  /**
   * A pull quote names its speaker in a footer, cite or caption ("— Councillor Ewan Mackay"),
   * which the footer and caption pruning below would drop, leaving the words to whoever spoke
   * last: the name is kept as the quotation's signature, "“…” ― Name", a convention the
   * attribution stage reads.
   */
  private static void keepQuoteSignatures(Document doc) {
    // A pull quote that repeats the body's words is display: the body has the quotation where
    // it was said, and a second copy would count it twice.
    String all = doc.body() == null ? "" : plain(doc.body().text());
    for (Element quote : doc.select("blockquote, aside")) {
      String marks = (quote.className() + " " + quote.id()).toLowerCase(java.util.Locale.ROOT);
      if (!marks.contains("pull")) {
        continue;
      }
      Element copy = quote.clone();
      copy.select("footer, cite, figcaption").remove();
      String words = plain(copy.text());
      String[] first = words.split(" ");
      String head = String.join(" ", java.util.Arrays.copyOfRange(first, 0,
          Math.min(8, first.length)));
      if (first.length >= 5 && all.indexOf(head) != all.lastIndexOf(head)) {
        quote.remove();
      }
    }
    for (Element quote : doc.select("blockquote")) {
      Element sign = quote.selectFirst("footer, cite");
      if (sign == null && quote.parent() != null && quote.parent().tagName().equals("figure")) {
        sign = quote.parent().selectFirst("figcaption");
      }
      if (sign == null) {
        // An embedded post signs itself in its own text: "— Danny Whitcombe (@DWhitcombe8)
        // March 8, 2026" after the post's paragraph.
        Matcher post = POST_SIGNATURE.matcher(quote.ownText());
        if (post.find() && !quote.select("p").isEmpty()) {
          quote.select("p").last().attr(SIGN, post.group(1).strip());
          for (org.jsoup.nodes.Node n : new ArrayList<>(quote.childNodes())) {
            if (n instanceof org.jsoup.nodes.TextNode
                || n instanceof Element e && e.tagName().equals("a")) {
              n.remove();
            }
          }
        }
        continue;
      }
      String name = sign.text().replaceAll("^[\\s\\u2014\\u2013\\u2015~-]+", "").strip();
      sign.remove();
      if (name.isEmpty() || name.length() > 120) {
        continue;
      }
      Elements paragraphs = quote.select("p");
      Element last = paragraphs.isEmpty() ? quote : paragraphs.last();
      last.attr(SIGN, name);
    }
  }

  private static final Pattern POST_SIGNATURE = Pattern.compile(
      "^\\s*[\u2014\u2013\u2015~-]\\s*([^()@]{2,60}?)\\s*\\(@\\w{1,30}\\)");

  /** Letters and digits only, lower case, one space between words. */
  private static String plain(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static void clean(Document doc) {
    keepQuoteSignatures(doc);
    doc.select("script, style, noscript, template, iframe, svg, canvas, form, button, input, "
        + "select, textarea, nav, aside, footer, figure figcaption, [role=navigation], "
        + "[role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]")
        .remove();
    for (Element header : doc.select("header")) {
      if (header.closest("article") == null) {
        header.remove();
      }
    }
    List<Element> furniture = new ArrayList<>();
    for (Element el : doc.getAllElements()) {
      String tag = el.tagName();
      if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")
          || tag.equals("#root")) {
        continue;
      }
      String marks = el.className() + " " + el.id();
      // A quoted post ("social-embed") is what someone said, whatever the page calls its box.
      if (!marks.isBlank() && FURNITURE.matcher(marks).find() && !tag.equals("blockquote")) {
        furniture.add(el);
      }
    }
    for (Element el : furniture) {
      if (el.parent() != null) {
        el.remove();
      }
    }
  }

  /** The element holding the report: an article, else the densest cluster of paragraphs. */
  private static Element mainContent(Document doc) {
    Element best = null;
    int bestLen = 0;
    for (Element el : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
      int len = paragraphChars(el);
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (best != null && bestLen > 0) {
      return best;
    }
    Map<Element, Integer> score = new IdentityHashMap<>();
    for (Element p : doc.select("p")) {
      int len = p.text().length();
      if (len < 25) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, len, Integer::sum);
        Element grand = parent.parent();
        if (grand != null) {
          score.merge(grand, len / 2, Integer::sum);
        }
      }
    }
    Element top = null;
    int topScore = 0;
    for (Map.Entry<Element, Integer> e : score.entrySet()) {
      if (e.getValue() > topScore) {
        top = e.getKey();
        topScore = e.getValue();
      }
    }
    return top != null ? top : doc.body();
  }

  private static int paragraphChars(Element el) {
    int n = 0;
    for (Element p : el.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static String blocksText(Element root, String title) {
    Elements blocks = root.select(BLOCKS);
    StringBuilder out = new StringBuilder();
    if (blocks.isEmpty()) {
      appendParagraphs(out, textWithBreaks(root));
      return out.toString().strip();
    }
    // A paragraph set in a bare <div> among <p>s (a standfirst, a lead) is report too.
    Elements candidates = root.select(BLOCKS + ", div");
    for (Element block : candidates) {
      // A list item or quote that wraps paragraphs is emitted through those paragraphs.
      if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
        continue;
      }
      if (block.tagName().equals("div") && !textDiv(block)) {
        continue;
      }
      String text = block.text().strip();
      if (text.isEmpty() || (title != null && text.equals(title)) || linkDense(block, text)) {
        continue;
      }
      // A subheading ("What we know", a live blog entry's "Survivor: 'I heard the mountain
      // roar'") is headline-speak over the paragraphs that report it, as the title is.
      // ("About Quillmark" over a release's closing paragraph stays: it names the issuer.)
      if (block.tagName().matches("h[2-5]") && text.split("\\s+").length <= 15
          && !text.startsWith("About ")) {
        continue;
      }
      boolean quoted = block.tagName().equals("blockquote") || (block.hasAttr(SIGN)
          && block.closest("blockquote") != null);
      if (quoted && !text.startsWith("\"") && !text.startsWith("“")) {
        text = "“" + text + "”";
      }
      if (block.hasAttr(SIGN)) {
        text = text + " ― " + block.attr(SIGN);
      }
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(text);
    }
    return out.toString();
  }

  /**
   * The element's text with a paragraph break at every block boundary: a page that sets its
   * paragraphs in bare {@code <div>}s (or separates them by {@code <br>}) has them apart, not
   * run together as {@code wholeText()} would ("…health office said.\"We have doubled …").
   */
  private static String textWithBreaks(Element root) {
    StringBuilder b = new StringBuilder();
    org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode t) {
          b.append(t.getWholeText());
        } else if (node instanceof Element e && (e.isBlock() || e.tagName().equals("br"))) {
          b.append(e.tagName().equals("br") ? "\n" : "\n\n");
        }
      }

      @Override
      public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          b.append("\n\n");
        }
      }
    }, root);
    return b.toString();
  }

  private static void appendParagraphs(StringBuilder out, String whole) {
    for (String para : whole.split("\\n\\s*\\n")) {
      String p = para.replaceAll("\\s+", " ").strip();
      if (!p.isEmpty()) {
        if (!out.isEmpty()) {
          out.append("\n\n");
        }
        out.append(p);
      }
    }
  }

  /**
   * A {@code <div>} holding a sentence of its own and no other block: long enough (80
   * characters) and ending as a sentence does, which captions ("Photo: Island Gazette") and
   * widgets rarely do.
   */
  private static boolean textDiv(Element div) {
    if (!div.select("div").stream().allMatch(e -> e == div)) {
      return false;
    }
    String own = div.text().strip();
    return own.length() >= 80 && ".!?\"”’".indexOf(own.charAt(own.length() - 1)) >= 0;
  }

  /** Short blocks that are mostly links ("Read more", tag lists) are navigation, not report. */
  private static boolean linkDense(Element block, String text) {
    if (text.length() > 200) {
      return false;
    }
    int linked = 0;
    for (Element a : block.select("a")) {
      linked += a.text().length();
    }
    return linked > 0 && linked >= text.length() * 0.6;
  }

  private static JsonNode jsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        if (node.isArray()) {
          for (JsonNode n : node) {
            if (n.has("datePublished")) {
              return n;
            }
          }
        } else if (node.has("@graph")) {
          for (JsonNode n : node.get("@graph")) {
            if (n.has("datePublished")) {
              return n;
            }
          }
        } else if (node.has("datePublished") || node.has("publisher")) {
          return node;
        }
      } catch (Exception e) {
        // Broken structured data is common and never fatal: the visible page still has the text.
      }
    }
    return null;
  }

  private static String firstMeta(Document doc, String... selectors) {
    for (String selector : selectors) {
      Element meta = doc.selectFirst(selector);
      if (meta != null) {
        String content = blankToNull(meta.attr("content"));
        if (content != null) {
          return content;
        }
      }
    }
    return null;
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? blankToNull(node.asText()) : null;
  }

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
