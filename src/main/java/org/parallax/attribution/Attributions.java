package org.parallax.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who-said-what in a text: each attribution's source, cue and content.
 *
 * <p>A sequence tagger trained on PolNeAR (see {@code MODELS.md}) labels each token of a
 * paragraph as part of a source, a cue, a content or none of them; the hand-written rules of
 * {@link AttributionRules} feed it as features, so conventions the corpus lacks (guillemets,
 * doubled apostrophes, dash speech) still count. Labelled spans are then grouped around their
 * cues: each source and content joins the nearest cue of its paragraph.
 */
public final class Attributions {
  /** The tagger that also weighs a dependency parse: the default, as it is the more accurate. */
  static final String MODEL_RESOURCE = "attribution-model.bin.gz";
  /** The same tagger without the parse: less accurate, and several times faster. */
  static final String FAST_MODEL_RESOURCE = "attribution-model-fast.bin.gz";

  private Attributions() {}

  /** Attributions of {@code text} in text order (the default tagger, used by analyze). */
  public static List<Attribution> find(String text) {
    return find(text, model());
  }

  /**
   * With {@code fast}, the tagger without the dependency parse (see BENCHMARKS.md for what each
   * buys and costs).
   */
  public static List<Attribution> find(String text, boolean fast) {
    return find(text, tagger(fast));
  }

  /** Whether who-said-what asked for without {@code fast} runs the parsing tagger. */
  public static boolean parsing(boolean fast) {
    return !fast && Syntax.available();
  }

  /** The tagger to run: the parsing one unless {@code fast} or the parser cannot load. */
  static SequenceModel tagger(boolean fast) {
    return parsing(fast) ? model() : fastModel();
  }

  // Holder classes: each model loads on first use, once, without explicit locking.
  private static final class Default {
    static final SequenceModel MODEL = load(MODEL_RESOURCE, "");
  }

  private static final class Fast {
    static final SequenceModel MODEL = load(FAST_MODEL_RESOURCE, " --fast");
  }

  static SequenceModel model() {
    return Default.MODEL;
  }

  static SequenceModel fastModel() {
    return Fast.MODEL;
  }

  /**
   * Weight of the fast tagger's scores added to the parsing tagger's. The two err in different
   * places (the parse misleads on word orders a translation leaves behind, the surface features
   * on long subjects and clauses), and their sum reads PolNeAR dev better than either: source
   * exact F1 0.7576 at 0.5 against 0.7508 alone (0.3: 0.7518, 0.7: 0.7547; BENCHMARKS.md).
   */
  static final float FAST_WEIGHT = 0.5f;

  /**
   * The labels of one paragraph's tokens. The parsing tagger's features include every fast
   * one, so the fast tagger scores the same hashes and ignores the parse's as unknown.
   */
  static int[] decode(SequenceModel model, List<long[]> features) {
    return decode(model, features, null);
  }

  /**
   * Weight of the fine-tuned encoder's label log-probabilities (see {@link EncoderTagger})
   * against the taggers' summed scores: 400, where PolNeAR dev reads best, source/cue exact F1
   * 0.8290/0.7753 with a bge-small and an e5-small adaptation averaged (0.8275/0.7749 at 340,
   * 0.8285/0.7741 at 480; two bge-small seeds: 0.8248/0.7716, 600: 0.8225/0.7702; one
   * adaptation, session 23: 0.8228/0.7662 at 400, 0.8213/0.7649 at 250, 0.8175/0.7627 at 700;
   * 0.7580/0.7058 without the encoder; BENCHMARKS.md).
   */
  static final float ENCODER_WEIGHT = 400f;

  /**
   * A paragraph's labels from the taggers' scores plus, when {@code encoded} is not null, the
   * encoder's log-probabilities per token at {@link #ENCODER_WEIGHT}.
   */
  static int[] decode(SequenceModel model, List<long[]> features, float[][] encoded) {
    if (!model.syntax && encoded == null) {
      return model.decode(features);
    }
    float[][] scores = model.emissions(features);
    float[] transitions = model.transitions;
    if (model.syntax) {
      SequenceModel fast = fastModel();
      fast.addEmissions(features, scores, FAST_WEIGHT);
      transitions = model == model() ? Summed.TRANSITIONS : summed(model, fast);
    }
    if (encoded != null) {
      float weight = ENCODER_WEIGHT;
      for (int i = 0; i < scores.length; i++) {
        for (int k = 0; k < scores[i].length; k++) {
          scores[i][k] += weight * encoded[i][k];
        }
      }
    }
    return SequenceModel.viterbi(scores, transitions);
  }

  // The shipped taggers' summed transitions, computed once rather than per paragraph.
  private static final class Summed {
    static final float[] TRANSITIONS = summed(model(), fastModel());
  }

  private static float[] summed(SequenceModel model, SequenceModel fast) {
    float[] transitions = model.transitions.clone();
    for (int k = 0; k < transitions.length; k++) {
      transitions[k] += FAST_WEIGHT * fast.transitions[k];
    }
    return transitions;
  }

  private static SequenceModel load(String resource, String option) {
    try (InputStream in = Attributions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("attribution model " + resource
            + " is missing from the class path: run ./parallax train attribution" + option);
      }
      return SequenceModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read attribution model " + resource, e);
    }
  }

  static List<Attribution> find(String text, SequenceModel model) {
    return find(text, Tokenizer.paragraphs(text), model);
  }

  /** As {@link #find(String, SequenceModel)}, over the text's already tokenized paragraphs. */
  static List<Attribution> find(String text, List<Tokenizer.Paragraph> paragraphs,
      SequenceModel model) {
    List<Attribution> rules = AttributionRules.find(text);
    List<Attribution> out = new ArrayList<>();
    Span carried = null; // an unclosed quotation paragraph waiting for its attribution
    Attribution lead = null; // a "He said:" paragraph waiting for what was said
    boolean leadAfterOthers = false; // that lead closed a paragraph that reported something else
    int previousQuote = -1; // index in out of the last paragraph's closing direct quote
    boolean quoteOpen = false; // and that quote's paragraph ended inside it
    EncoderTagger encoder = model.syntax ? EncoderTagger.shipped() : null;
    float[][][] read = encoder == null ? null : encoder.scores(paragraphs);
    for (int q = 0; q < paragraphs.size(); q++) {
      Tokenizer.Paragraph p = paragraphs.get(q);
      byte[] rl = ruleLabels(p, rules);
      int[] labels = decode(model, Features.of(p, model.lexicon, rl, model.syntax),
          read == null ? null : read[q]);
      List<Attribution> found;
      try {
        found = group(p, labels);
        if (found.isEmpty()) {
          // Conventions the training news never shows (dash-introduced speech, «…», ‹…›) reach
          // the tagger only as rule features, which it learned to trust partly; where it found
          // nothing, a direct quotation the rules matched, with its speaker, stands.
          found = directByRules(p, rules);
        }
        found = notIntoNextSentence(p, afterDateline(p, continuedQuotes(p, innerSpeech(p,
            nested(p, unquotedTails(p, quotationEnds(p, overClosingMarks(p,
                quotedHalves(p, found)))))))));
      } catch (RuntimeException e) {
        // Dozens of repairs meet text no test has shown; one that trips on a paragraph costs
        // that paragraph its repaired attributions, not the article all of them. Said once on
        // stderr, so the fault is seen and can be fixed.
        System.err.println("parallax: attribution repairs failed on a paragraph (\""
            + (p.size == 0 ? "" : p.text.substring(p.start[0],
                Math.min(p.text.length(), p.start[0] + 60)).replace('\n', ' '))
            + "…\"), kept the quotations the rules found there: " + e);
        found = directByRules(p, rules);
      }
      // A quotation running over paragraphs opens each one and closes only in the last, where
      // its speaker is named: the earlier paragraphs join that attribution's content.
      // A transcript line ("PENCE: …") names its own speaker: it continues nobody's quotation.
      if (carried != null && !found.isEmpty() && found.get(0).direct() && p.quote[0] == 2
          && !found.get(0).cue().of(text).equals(":")) {
        Attribution a = found.get(0);
        List<Span> content = new ArrayList<>();
        content.add(carried);
        content.addAll(a.content());
        found.set(0, new Attribution(a.source(), a.cue(), content, true));
      }
      carried = found.isEmpty() && unclosedQuotation(p)
          ? new Span(p.start[1], p.end[p.size - 1]) : null;
      // "He said:" closing a paragraph introduces the next one, when that one has no speaker
      // of its own.
      // What the tagger finds inside that paragraph, unless someone else is named saying it,
      // is part of the introduced words ("Limbaugh added:\n\nAnd … this reeks of fear …").
      // (A signed quotation, "“…” ― Name", names its own speaker too.)
      // (after a paragraph that reported something else, only a paragraph that is one
      // quotation is the lead's)
      if (lead != null && p.size > 0 && (!leadAfterOthers || p.quote[0] == 2)
          && found.stream().noneMatch(a -> a.source() != null
          && (speechCue(a.cue().of(text)) || a.direct() && a.cue().of(text).strip().equals("―")))) {
        found = new ArrayList<>();
        carried = null;
        int from = p.quote[0] == 2 && p.size > 1 ? 1 : 0;
        boolean direct = p.quote[0] == 2;
        out.add(new Attribution(lead.source(), lead.cue(),
            List.of(new Span(p.start[from], p.end[p.size - 1])), direct));
      }
      // "“…,” he said.\n\n“More words.”": a paragraph that is one quotation, no cue in it,
      // right after a paragraph closing on someone's direct quote, goes on with that quote.
      int close = wholeQuotation(p);
      // A quotation left open at the end of its speaker's paragraph goes on in the next
      // paragraphs that open with a mark, up to the one that closes it.
      boolean runsOn = found.isEmpty() && lead == null && quoteOpen && previousQuote >= 0
          && p.size > 3 && p.quote[0] == 2 && Character.isLetterOrDigit(p.text.charAt(p.start[1]));
      if (runsOn) {
        close = p.size;
        for (int i = 1; i < p.size; i++) {
          if (p.quote[i] == 3) {
            close = i;
            break;
          }
        }
      }
      if (found.isEmpty() && lead == null && close > 0 && previousQuote >= 0) {
        Attribution a = out.get(previousQuote);
        List<Span> content = new ArrayList<>(a.content());
        content.add(new Span(p.start[1], p.end[close - 1]));
        out.set(previousQuote, new Attribution(a.source(), a.cue(), content, a.direct()));
        quoteOpen = runsOn && close == p.size;
        continue; // the quote may run on into the next paragraph
      }
      previousQuote = -1;
      quoteOpen = false;
      // An indirect attribution whose content ends in a quotation left open ("X said she had
      // not seen it. “I will read it.\n\n“But …”") runs on too.
      boolean endsOpen = p.size > 0 && (p.quote[p.size - 1] == 1 || p.quote[p.size - 1] == 2);
      if (!found.isEmpty() && (found.get(found.size() - 1).direct() || endsOpen)
          && found.get(found.size() - 1).source() != null && p.size > 0
          && endsOnQuote(p, found.get(found.size() - 1))) {
        previousQuote = out.size() + found.size() - 1;
        quoteOpen = endsOpen;
      } else if (endsOpen && !found.isEmpty() && found.get(found.size() - 1).direct()
          && found.get(found.size() - 1).source() != null) {
        // "“We checked every cable,” Brink added. “Twice.\n\n“And then once more.”": a
        // quotation opened after the speaker's cue and left open goes on with that quote.
        Attribution a = found.get(found.size() - 1);
        int opened = p.size - 1;
        while (opened > 0 && p.quote[opened] != 2) {
          opened--;
        }
        int lastEnd = Math.max(a.cue().end(), a.content().get(a.content().size() - 1).end());
        if (p.quote[opened] == 2 && p.start[opened] >= lastEnd && opened + 1 < p.size) {
          List<Span> content = new ArrayList<>(a.content());
          content.add(new Span(p.start[opened + 1], p.end[p.size - 1]));
          found.set(found.size() - 1, new Attribution(a.source(), a.cue(), content, true));
          previousQuote = out.size() + found.size() - 1;
          quoteOpen = true;
        }
      }
      // ("Police Chief Morgan Ashdale announced extra patrols. He added:": the paragraph's
      // last sentence introduces the next paragraph, whatever its first one reported)
      final int lastSentence = p.size > 0 ? p.start[sentenceStart(p, p.size - 1)] : 0;
      lead = found.isEmpty() ? colonLead(p, labels)
          : p.size > 0 && found.stream().noneMatch(a -> a.cue().start() >= lastSentence)
              ? lastSentenceLead(p) : null;
      leadAfterOthers = lead != null && !found.isEmpty();
      out.addAll(found);
    }
    // Events the tagger took for attributions (PolNeAR's notion is broad, and its own labels of
    // such spans are inconsistent): reported words with no one reporting them and no verb of
    // saying, judging or finding; for the fast tagger, also those with a source but neither a
    // verb in the cue nor in what was "said". The encoder reads such acts as PolNeAR marks
    // them ("Blige sings …", "5 percent prefer …"): dropping them cost its dev reading 0.0011
    // cue and 0.0010 source exact F1 (session 32), where the fast tagger's gains 0.0015 and
    // 0.0018. The report leaves out what says nothing either way (WhoSaidWhat).
    // A document ("In the latest poll, …") speaks without a verb.
    boolean encoded = read != null;
    out.removeIf(a -> !a.direct() && !reportingCue(a.cue().of(text))
        && (a.source() == null || (!encoded && !PartsOfSpeech.hasVerb(paragraphs, a.cue())
            && a.content().stream().noneMatch(c -> PartsOfSpeech.hasVerb(paragraphs, c))
            && java.util.Arrays.stream(a.source().of(text).toLowerCase(java.util.Locale.ROOT)
                .split("[^\\p{L}-]+")).noneMatch(DOCUMENTS::contains))));
    out.removeIf(a -> passiveSubject(text, a));
    out.replaceAll(a -> withoutRelativeAdverb(text, a));
    out.replaceAll(a -> cueWithoutClause(text, a));
    out.replaceAll(a -> appositiveSubject(text, a));
    out.replaceAll(a -> contractedAuxiliary(text, a));
    out.replaceAll(a -> cueWithPreposition(text, a));
    for (int i = out.size() - 1; i >= 0; i--) {
      out.addAll(i, participleInContent(text, out.remove(i)));
    }
    out.sort(Comparator.comparingInt(a -> a.cue().start()));
    return out;
  }

  private static final Pattern PASSIVE_CUE = Pattern.compile(
      "(?i)\\s*(?:(?:has|have|had)\\s+)?(?:was|were|is|are|been|being)\\s+"
          + "(?:reported|expected|believed|estimated|alleged|rumou?red|projected|predicted|understood|thought|told|asked|urged|advised|ordered"
          + "|instructed|warned)(?:\\s+not)?");

  /**
   * "Replacement buses on the route were reported to be full": what the subject of a passive
   * cue is said to be, no one named says; the subject is no source. Nor is whom a passive cue
   * addresses ("Residents have been told not to expect to return").
   */
  private static boolean passiveSubject(String text, Attribution a) {
    if (a.direct() || a.source() == null || a.source().end() > a.cue().start()) {
      return false;
    }
    return PASSIVE_CUE.matcher(text.substring(a.source().end(), a.cue().end()).stripTrailing())
        .matches() && (text.startsWith(" to ", a.cue().end())
            || text.startsWith(" not to ", a.cue().end()));
  }

  private static final Pattern CUE_THEN_CLAUSE = Pattern.compile(
      "(?i)(?:say|says|said|claim|claims|claimed|believe|believes|believed|argue|argues|argued"
          + "|allege|alleges|alleged)(\\s+)(?:was|were|is|are|had|has|have|will|would|could"
          + "|should|may|might|must|can)\\b.*", Pattern.DOTALL);

  /**
   * "the new exam system, which critics say was introduced too quickly": the tagger may run the
   * cue on over the reported clause after its verb; the cue is the verb, the clause is what was
   * said.
   */
  private static Attribution cueWithoutClause(String text, Attribution a) {
    Matcher m = CUE_THEN_CLAUSE.matcher(a.cue().of(text));
    if (a.direct() || !m.matches()) {
      return a;
    }
    int cut = a.cue().start() + m.start(1);
    Span rest = new Span(a.cue().start() + m.end(1), a.cue().end());
    List<Span> content = new ArrayList<>(a.content());
    content.add(rest);
    content.sort(Comparator.comparingInt(Span::start));
    return new Attribution(a.source(), new Span(a.cue().start(), cut), content, false);
  }

  private static final Pattern APPOSITIVE_SUBJECT = Pattern
      .compile("(\\p{Lu}[\\p{L}\\-’'.]*(?:\\s+\\p{Lu}[\\p{L}\\-’'.]*){0,3},\\s+(?:the|a|an)\\s+"
          + "[^,;:\"“”]{3,90}),\\s+(?:(?:has|have|had|also)\\s+)?");

  /**
   * "Quillmark, the payroll platform used by some 900 companies, has confirmed a breach": the
   * name opening the sentence, with its apposition, is who confirms, where the tagger found
   * no one.
   */
  private static Attribution appositiveSubject(String text, Attribution a) {
    if (a.source() != null || a.direct()) {
      return a;
    }
    int from = a.cue().start();
    while (from > 0 && text.charAt(from - 1) != '\n'
        && !(from >= 2 && ".!?".indexOf(text.charAt(from - 2)) >= 0
            && Character.isWhitespace(text.charAt(from - 1)))) {
      from--;
    }
    Matcher m = APPOSITIVE_SUBJECT.matcher(text).region(from, a.cue().start());
    if (!m.matches()) {
      return a;
    }
    return new Attribution(new Span(m.start(1), m.end(1)), a.cue(), a.content(), false);
  }

  private static final Pattern CONTRACTED_AUXILIARY = Pattern
      .compile("(?i)\\p{L}(['’](?:re|ve|ll|d|m))\\s+");

  /**
   * "they've suggested": the tokenizer keeps the contraction on its pronoun, so the tagger
   * can only give the auxiliary to the source. PolNeAR puts it in the cue (48 train cues open
   * on "'re", "'ve", "'ll", "'d" or "'m"), and the source is the pronoun alone.
   */
  static Attribution contractedAuxiliary(String text, Attribution a) {
    if (a.source() == null || a.source().end() > a.cue().start()
        || a.source().end() - a.source().start() < 3) {
      return a;
    }
    Matcher m = CONTRACTED_AUXILIARY.matcher(text)
        .region(a.source().end() - 4 < a.source().start() ? a.source().start()
            : a.source().end() - 4, a.cue().start());
    while (m.find()) {
      if (m.end() == a.cue().start() && m.end(1) == a.source().end()) {
        return new Attribution(new Span(a.source().start(), m.start(1)),
            new Span(m.start(1), a.cue().end()), a.content(), a.direct());
      }
    }
    return a;
  }

  private static final Pattern PREPOSITION_AFTER = Pattern.compile(
      "[ \\t]+(of|for|about|against|over)\\b(?![ \\t]+(?:the[ \\t]+)?(?:\\d|(?:years?|months?"
          + "|weeks?|days?|decades?|hours?|minutes?|ages|now|more|some[ \\t]+time"
          + "|a[ \\t]+(?:long[ \\t]+)?time|first|last|past|next|one|two|three|four|five|six|seven"
          + "|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|half"
          + "|a[ \\t]+(?:dozen|third|quarter|half))\\b))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");
  /** Verbs of saying whose "of" or "about" names the topic, not the act ("said of the plan"). */
  private static final Set<String> TOPIC_AFTER = Set.of("say", "says", "said", "saying", "tell",
      "tells", "told", "telling", "add", "adds", "added", "adding", "recalled", "write", "writes",
      "wrote", "note", "notes", "noted", "explained", "declare", "declares", "declared",
      "declaring");

  /**
   * "called for", "was accused of", "warned against", "claims about": PolNeAR keeps a
   * preposition right after a cue in the cue (train: of 433 times in 484, for 408 in 466, about
   * 437 in 461, against 107 in 109, over 53 in 61, after any cue word but a verb of saying). The
   * taggers keep it in most (119 of 131 such dev cues) and hand the rest to the content. After a
   * verb of saying it names the topic ("said of the plan": 18 in 57 keep "of"), and a duration
   * or a number is a circumstance ("has said for weeks", "predicted about one-third"). On dev
   * the repair changes 11 cues, 9 to PolNeAR's, none away from it (cue exact F1 +0.004).
   */
  static Attribution cueWithPreposition(String text, Attribution a) {
    if (a.direct()) {
      return a;
    }
    Matcher m = PREPOSITION_AFTER.matcher(text).region(a.cue().end(), text.length());
    Matcher last = LAST_WORD.matcher(a.cue().of(text));
    if (!m.lookingAt() || !last.find()
        || TOPIC_AFTER.contains(last.group(1).toLowerCase(Locale.ROOT))
        || a.source() != null && a.source().start() >= a.cue().end()
            && a.source().start() < m.end()) {
      return a;
    }
    int after = m.end();
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    List<Span> content = new ArrayList<>();
    for (Span c : a.content()) {
      if (c.start() < m.end() && c.end() > a.cue().end()) {
        if (c.start() < m.start(1)) {
          return a; // a content running over the cue's end: not a cue this reads
        }
        if (c.end() > after) {
          content.add(new Span(after, c.end()));
        }
      } else {
        content.add(c);
      }
    }
    if (content.isEmpty()) {
      return a;
    }
    return new Attribution(a.source(), new Span(a.cue().start(), m.end()), content, false);
  }

  private static final Pattern PARTICIPLE_INSIDE = Pattern
      .compile(",\\s+(saying|adding|noting|warning)\\s+(?:that\\s+)?");

  /**
   * "He praised the rescue teams, saying they had worked …": a content the tagger ran on over
   * a participle of saying is two acts of the subject, what he praised and what he said.
   */
  private static List<Attribution> participleInContent(String text, Attribution a) {
    if (a.direct() || a.source() == null || a.content().size() != 1
        || a.content().get(0).start() < a.cue().end()) {
      return List.of(a);
    }
    Span c = a.content().get(0);
    Matcher m = PARTICIPLE_INSIDE.matcher(text).region(c.start(), c.end());
    if (!m.find() || m.start() == c.start() || m.end() >= c.end()
        || speechCue(a.cue().of(text))) {
      return List.of(a);
    }
    return List.of(new Attribution(a.source(), a.cue(), List.of(new Span(c.start(), m.start())),
            false),
        new Attribution(a.source(), new Span(m.start(1), m.end(1)),
            List.of(new Span(m.end(), c.end())), false));
  }

  private static final Pattern RELATIVE_ADVERB = Pattern.compile(
      "(?i)(?:where|when|whereas|while)\\s+");

  /** "…, where witnesses reported seeing …": the witnesses report, not "where witnesses". */
  private static Attribution withoutRelativeAdverb(String text, Attribution a) {
    if (a.source() == null) {
      return a;
    }
    Matcher m = RELATIVE_ADVERB.matcher(text)
        .region(a.source().start(), a.source().end());
    if (!m.lookingAt() || m.end() >= a.source().end()) {
      return a;
    }
    return new Attribution(new Span(m.end(), a.source().end()), a.cue(), a.content(),
        a.direct());
  }

  /**
   * The tagger gives each token one label, so where a reported clause holds another attribution
   * ("He said he plans to spend the $18 million he says he raised …") it cuts the outer content
   * at the inner one. The outer reported clause runs on over it to the inner one's end; the
   * inner one stays when it reports someone saying, judging or finding something.
   */
  static List<Attribution> nested(Tokenizer.Paragraph p, List<Attribution> found) {
    if (found.size() < 2) {
      return found;
    }
    String text = p.text;
    List<Attribution> out = new ArrayList<>(found);
    out.sort(Comparator.comparingInt(a -> a.cue().start()));
    for (int i = 0; i + 1 < out.size(); i++) {
      Attribution a = out.get(i);
      Attribution b = out.get(i + 1);
      if (a.direct() || b.direct() || a.source() == null || a.content().isEmpty()
          || !speechCue(a.cue().of(text))) {
        continue;
      }
      Span last = a.content().get(a.content().size() - 1);
      if (last.start() < a.cue().end()) {
        continue; // content before its cue: a closing attribution
      }
      int bStart = b.cue().start();
      int bEnd = b.cue().end();
      if (b.source() != null) {
        bStart = Math.min(bStart, b.source().start());
        bEnd = Math.max(bEnd, b.source().end());
      }
      for (Span c : b.content()) {
        bStart = Math.min(bStart, c.start());
        bEnd = Math.max(bEnd, c.end());
      }
      if (bStart < last.end() || sentenceOf(p, last.end()) != sentenceOf(p, bEnd)
          || !quietGap(text, last.end(), bStart)) {
        continue;
      }
      List<Span> content = new ArrayList<>(a.content());
      content.set(content.size() - 1, new Span(last.start(), bEnd));
      out.set(i, new Attribution(a.source(), a.cue(), content, false));
      if (b.source() == null || !reportingCue(b.cue().of(text))) {
        out.remove(i + 1);
        i--; // the widened clause may hold the next one too
      }
    }
    return out;
  }

  /**
   * "According to the Harbour Ledger, the port director said on Monday that the ferry would run
   * all winter": the taggers give each token one label, and where they read only the document's
   * attribution, the verb of saying inside what it reports is a second one, its subject and its
   * clausal complement as the parse gives them. (Only under "according to": inside other
   * reported clauses PolNeAR dev read 0.003 less source exact F1 with it.)
   */
  static List<Attribution> innerSpeech(Tokenizer.Paragraph p, List<Attribution> found) {
    Syntax.Parse parse = p.parse;
    if (parse == null || found.isEmpty()) {
      return found;
    }
    List<Attribution> out = null;
    int[][] extent = null;
    for (Attribution a : found) {
      if (a.direct() || a.source() == null
          || !a.cue().of(p.text).toLowerCase(java.util.Locale.ROOT).startsWith("according")) {
        continue;
      }
      Span last = a.content().get(a.content().size() - 1);
      for (int v = 1; v < p.size; v++) {
        if (p.start[v] <= last.start() || p.end[v] > last.end()
            || !SPEECH_VERBS.contains(p.word(v).toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        final int at = p.start[v];
        if (found.stream().anyMatch(b -> b.cue().start() <= at && at < b.cue().end())) {
          continue;
        }
        if (extent == null) {
          extent = Syntax.extents(parse.head(), p.size);
        }
        int subject = -1;
        int clause = -1;
        for (int k = 0; k < p.size; k++) {
          if (parse.head()[k] != v) {
            continue;
          }
          if (k < v && parse.label()[k].equals("nsubj")) {
            subject = k;
          } else if (k > v && parse.label()[k].equals("ccomp") && clause < 0) {
            clause = k;
          }
        }
        if (subject < 0 || clause < 0 || p.start[extent[0][subject]] < last.start()
            || extent[1][subject] >= v || p.end[extent[1][clause]] > last.end()) {
          continue;
        }
        int from = extent[0][clause];
        int to = extent[1][clause];
        while (to > from && TERMINAL.contains(p.word(to))) {
          to--;
        }
        if (to - from < 2) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.add(new Attribution(new Span(p.start[extent[0][subject]], p.end[extent[1][subject]]),
            new Span(p.start[v], p.end[v]), List.of(new Span(p.start[from], p.end[to])), false));
      }
    }
    if (out == null) {
      return found;
    }
    out.sort(Comparator.comparingInt(a -> a.cue().start()));
    return out;
  }

  /**
   * "“…,” said Tusk, summing up the talks. “People are concerned …”": a sentence that is one
   * quotation and holds no cue goes on with the direct quote attributed in the sentence before,
   * not with whatever phrase the tagger took for a cue between them.
   */
  /**
   * "…, the situation in which … Russia, the Russian President said, “This is not a
   * deadlock.”": when the words after the cue are a quotation, unquoted words before the source,
   * cut off from it by a comma, are the writer's (or an earlier cue's), not a first half.
   */
  static List<Attribution> quotedHalves(Tokenizer.Paragraph p, List<Attribution> found) {
    List<Attribution> out = new ArrayList<>(found.size());
    for (Attribution a : found) {
      List<Span> content = a.content();
      Span last = content.isEmpty() ? null : content.getLast();
      boolean quotedAfter = last != null && last.start() > a.cue().end() && opensQuote(p, last);
      int head = a.source() != null ? Math.min(a.source().start(), a.cue().start())
          : a.cue().start();
      if (!quotedAfter || content.size() < 2) {
        out.add(a);
        continue;
      }
      List<Span> kept = new ArrayList<>();
      for (Span c : content) {
        boolean before = c.end() <= head;
        String between = before ? p.text.substring(c.end(), head) : "";
        if (!(before && !opensQuote(p, c) && between.strip().equals(","))) {
          kept.add(c);
        }
      }
      out.add(kept.size() == content.size() ? a
          : new Attribution(a.source(), a.cue(), kept, opensQuote(p, kept.get(0))));
    }
    return out;
  }

  /** Whether a content span begins at, or right after, an opening quotation mark. */
  private static boolean opensQuote(Tokenizer.Paragraph p, Span c) {
    return c.start() < p.text.length() && Tokenizer.OPEN_QUOTES.indexOf(p.text.charAt(c.start())) >= 0
        || c.start() > 0 && Tokenizer.OPEN_QUOTES.indexOf(p.text.charAt(c.start() - 1)) >= 0;
  }

  /**
   * "McCaskill scolded him: “…,” she said. “When you call a product …”": the quotation after
   * the sentence goes on with whoever the sentence's later cue names ("she said"), who already
   * holds it, not with the opening speaker. A later cue that shares the opener's source
   * ("…,” DuVernay said, emphasizing why …") hands the quotation back to the opener.
   */
  private static boolean quotedByLaterSpeaker(List<Attribution> out, int owner, Span q) {
    Attribution o = out.get(owner);
    for (int i = 0; i < out.size(); i++) {
      Attribution b = out.get(i);
      if (i != owner && b.cue().start() > o.cue().end() && b.cue().end() <= q.start()
          && b.source() != null && !b.source().equals(o.source())
          && b.content().stream().anyMatch(c -> c.start() < q.end() && c.end() > q.start())) {
        return true;
      }
    }
    return false;
  }

  static List<Attribution> continuedQuotes(Tokenizer.Paragraph p, List<Attribution> found) {
    if (found.isEmpty()) {
      return found;
    }
    List<Attribution> out = new ArrayList<>(found);
    int owner = -1; // index in out of the direct attribution the last sentence closed on
    int ownerSentence = -1;
    for (int k = 0; k < p.size; ) {
      int s = p.sentence[k];
      int e = k;
      while (e < p.size && p.sentence[e] == s) {
        e++;
      }
      // A quotation of several sentences ("“Tolerance is on the ballot. Democracy is on the
      // ballot.”") is taken whole, up to its closing mark and the end of that sentence.
      if (p.quote[k] == 2) {
        int c = k + 1;
        while (c < p.size && p.quote[c] == 1) {
          c++;
        }
        if (c < p.size && p.quote[c] == 3 && c >= e) {
          int end = c + 1;
          while (end < p.size && p.sentence[end] == p.sentence[c]) {
            end++;
          }
          e = end;
        }
      }
      int last = p.sentence[e - 1];
      Span sentence = new Span(p.start[k], p.end[e - 1]);
      boolean hasCue = false;
      for (Attribution a : out) {
        hasCue |= a.cue().start() >= sentence.start() && a.cue().end() <= sentence.end();
      }
      if (!hasCue && owner >= 0 && ownerSentence == s - 1 && wholeQuotationSentence(p, k, e)
          && !quotedByLaterSpeaker(out, owner, sentence)) {
        Span q = sentence;
        Attribution a = out.get(owner);
        List<Span> content = new ArrayList<>(a.content());
        content.removeIf(c -> c.start() >= q.start() && c.end() <= q.end());
        content.add(q);
        out.set(owner, new Attribution(a.source(), a.cue(), content, true));
        for (int i = 0; i < out.size(); i++) {
          Attribution b = out.get(i);
          if (i == owner || b.content().stream().noneMatch(c -> c.start() < q.end()
              && c.end() > q.start())) {
            continue;
          }
          List<Span> rest = new ArrayList<>(b.content());
          rest.removeIf(c -> c.start() < q.end() && c.end() > q.start());
          if (rest.isEmpty()) {
            out.remove(i);
            owner -= i < owner ? 1 : 0;
            i--;
          } else {
            out.set(i, new Attribution(b.source(), b.cue(), rest, b.direct()));
          }
        }
        ownerSentence = last;
      } else {
        owner = -1;
        for (int i = 0; i < out.size(); i++) {
          Attribution a = out.get(i);
          if (a.direct() && a.source() != null && a.cue().start() >= sentence.start()
              && a.cue().end() <= sentence.end()
              && a.content().get(0).start() >= sentence.start()
              && a.content().get(0).start() < sentence.end()) {
            owner = i;
            ownerSentence = last;
          }
        }
      }
      k = e;
    }
    return out;
  }

  /**
   * "“…,” said Peter Morgan, a lawyer for the Sierra Club, who has been challenging the coal
   * industry for years. “…”": after a quotation's closing attribution, unquoted words in the
   * cue's sentence are no quoted words. Right after the source they are the rest of it (the
   * tagger cut it at "challenging"); elsewhere, the writer's circumstance ("on Saturday night at
   * the gala dinner"), left out.
   */
  static List<Attribution> unquotedTails(Tokenizer.Paragraph p, List<Attribution> found) {
    List<Attribution> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      if (!a.direct() || a.content().size() < 2 || a.content().get(0).end() > a.cue().start()) {
        continue;
      }
      int cueSentence = sentenceOf(p, a.cue().end());
      Span source = a.source();
      List<Span> content = new ArrayList<>();
      boolean changed = false;
      for (Span c : a.content()) {
        if (source == null && c.end() <= a.cue().start()) {
          // The tagger may leave the name between the role and the cue unlabelled: ",” the
          // minister, Ana Ruiz, told" still has Ana Ruiz for its source.
          Matcher name = NAME_BEFORE_CUE.matcher(p.text.substring(c.end(), a.cue().start()));
          if (name.matches()) {
            source = new Span(c.end() + name.start(1), c.end() + name.end(1));
          }
        }
        int first = tokenAt(p, c.start());
        boolean after = c.start() >= a.cue().end() && first >= 0 && p.quote[first] == 0
            && sentenceOf(p, c.start() + 1) == cueSentence
            && !(first > 0 && DASHES.contains(p.word(first - 1))) // dash speech resumed
            && !(first < p.size && DASHES.contains(p.word(first)));
        if (!after) {
          content.add(c);
          continue;
        }
        changed = true;
        if (source != null && source.end() <= c.start() && source.start() >= a.cue().end()
            && p.text.substring(source.end(), c.start()).isBlank()) {
          source = new Span(source.start(), wordsEndAt(p, c.end()));
        }
      }
      if (changed && !content.isEmpty()) {
        out.set(i, new Attribution(source, a.cue(), content, true));
      }
    }
    return out;
  }

  /**
   * "Mexicans often say: ''Poor Mexico, so far from God …'' Facing the prospect of …": a
   * direct quote's content ends with its quotation's sentence; unquoted words in the sentences
   * after it are the writer's.
   */
  static List<Attribution> quotationEnds(Tokenizer.Paragraph p, List<Attribution> found) {
    List<Attribution> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      int first = a.content().isEmpty() ? -1 : tokenAt(p, a.content().get(0).start());
      if (!a.direct() || first < 0 || p.quote[first] != 2
          || a.cue().start() > a.content().get(0).start()) {
        continue;
      }
      int close = first + 1;
      while (close < p.size && p.quote[close] == 1) {
        close++;
      }
      if (close >= p.size || p.quote[close] != 3) {
        continue;
      }
      int lastSentence = p.sentence[close];
      int limit = close + 1;
      while (limit < p.size && p.sentence[limit] == lastSentence) {
        limit++;
      }
      int end = limit < p.size ? p.start[limit] : Integer.MAX_VALUE;
      List<Span> content = new ArrayList<>();
      boolean changed = false;
      for (Span c : a.content()) {
        int t = tokenAt(p, c.start());
        if (c.start() >= end && (t < 0 || p.quote[t] != 2)) {
          changed = true; // a later, unquoted sentence
        } else if (c.start() < end && c.end() > end) {
          // the quotation's part ends with its mark; words after the mark, with its sentence
          content.add(new Span(c.start(), c.start() < p.end[close] ? p.end[close] : end));
          changed = true;
        } else {
          content.add(c);
        }
      }
      if (changed && !content.isEmpty()) {
        out.set(i, new Attribution(a.source(), a.cue(), content, true));
      }
    }
    return out;
  }

  /**
   * "“We have opened 120 extra beds,” the regional health minister, Carmen Ortega, told Canal
   * Sur.": words between a quotation's closing mark and its cue are no quoted words, though the
   * tagger may run the content over them; next to the source they are its start.
   */
  private static final Pattern NAME_BEFORE_CUE = Pattern.compile(
      "\\s*,\\s*(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3})\\s*,?\\s*");

  static List<Attribution> overClosingMarks(Tokenizer.Paragraph p, List<Attribution> found) {
    List<Attribution> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      if (!a.direct() || a.content().isEmpty()) {
        continue;
      }
      Span source = a.source();
      List<Span> content = new ArrayList<>();
      boolean changed = false;
      for (Span c : a.content()) {
        if (source == null && c.end() <= a.cue().start()) {
          // The tagger may leave the name between the role and the cue unlabelled: ",” the
          // minister, Ana Ruiz, told" still has Ana Ruiz for its source.
          Matcher name = NAME_BEFORE_CUE.matcher(p.text.substring(c.end(), a.cue().start()));
          if (name.matches()) {
            source = new Span(c.end() + name.start(1), c.end() + name.end(1));
          }
        }
        int first = tokenAt(p, c.start());
        if (first < 0 && c.start() > 0) {
          first = tokenAt(p, c.start() - 1); // a piece whose span starts inside its mark
        }
        int close = first;
        while (close >= 0 && close + 1 < p.size && p.start[close + 1] < c.end()
            && p.quote[close] != 3) {
          close++;
        }
        // Only the shape "…,” the minister, Ana Ruiz, told": a comma closing the quoted words,
        // then a noun phrase right before the source. Mixed quotes ("“You squeezed employees”
        // to drive up the stock price, she said") and nested marks keep their words.
        int next = close + 1;
        if (first < 0 || p.quote[first] != 2 || close < 1 || p.quote[close] != 3
            || p.end[close] >= c.end() || c.end() > a.cue().start() || source == null
            || !p.word(close - 1).equals(",") || next >= p.size
            || !(Character.isUpperCase(p.text.charAt(p.start[next]))
                || DETERMINERS_BEFORE_ROLE.contains(p.word(next)))
            || !p.text.substring(c.end(), source.start()).replaceAll("[\\s,]", "").isEmpty()
            || p.text.substring(p.end[close], c.end()).split("\\s+").length > 9) {
          content.add(c);
          continue;
        }
        changed = true;
        content.add(new Span(c.start(), p.end[close]));
        int rest = close + 1;
        while (rest < p.size && p.word(rest).equals(",")) {
          rest++;
        }
        if (rest < p.size && p.start[rest] < c.end()) {
          source = new Span(p.start[rest], source.end());
        }
      }
      if (changed) {
        out.set(i, new Attribution(source, a.cue(), content, true));
      }
    }
    return out;
  }

  private static final java.util.Set<String> DETERMINERS_BEFORE_ROLE = java.util.Set.of("the",
      "a", "an", "his", "her", "its", "their", "our");

  /** The token starting at {@code offset}, or -1. */
  private static int tokenAt(Tokenizer.Paragraph p, int offset) {
    for (int k = 0; k < p.size; k++) {
      if (p.start[k] >= offset) {
        return p.start[k] == offset ? k : -1;
      }
    }
    return -1;
  }

  /** {@code end}, less trailing punctuation. */
  private static int wordsEndAt(Tokenizer.Paragraph p, int end) {
    int e = end;
    while (e > 0 && !Character.isLetterOrDigit(p.text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Tokens [from, to) are one quotation, its final punctuation aside. */
  private static boolean wholeQuotationSentence(Tokenizer.Paragraph p, int from, int to) {
    int close = to - 1;
    while (close > from && p.quote[close] != 3 && ".!?".contains(p.word(close))) {
      close--;
    }
    if (close - from < 5 || p.quote[from] != 2 || p.quote[close] != 3) {
      return false;
    }
    for (int i = from + 1; i < close; i++) {
      if (p.quote[i] != 1) {
        return false;
      }
    }
    return true;
  }

  /** Only a few words between, and no stop, colon or quotation mark. */
  private static boolean quietGap(String text, int from, int to) {
    String gap = text.substring(from, to);
    return gap.split("\\s+").length <= 4 && gap.chars().noneMatch(c -> ",.;:!?\"“”«»—–".indexOf(c) >= 0)
        && !gap.contains("--")
        && !gap.matches("(?is).*\\b(but|and|though|although|while|even|whereas)\\b.*");
  }

  /**
   * The index of the closing mark when the paragraph is one quotation and nothing else (final
   * punctuation aside), with at least four tokens inside; else -1.
   */
  static int wholeQuotation(Tokenizer.Paragraph p) {
    if (p.size < 6 || p.quote[0] != 2) {
      return -1;
    }
    int close = p.size - 1;
    while (close > 0 && p.quote[close] != 3 && ".!?".contains(p.word(close))) {
      close--;
    }
    if (p.quote[close] != 3 || close < 5) {
      return -1;
    }
    for (int i = 1; i < close; i++) {
      if (p.quote[i] != 1) {
        return -1;
      }
    }
    return close;
  }

  /** Whether the paragraph ends with the attribution: its quote, then only its cue clause. */
  private static boolean endsOnQuote(Tokenizer.Paragraph p, Attribution a) {
    int lastContent = a.content().get(a.content().size() - 1).end();
    int end = Math.max(lastContent, Math.max(a.cue().end(),
        a.source() == null ? 0 : a.source().end()));
    // Within the paragraph's last sentence, and nothing but punctuation and a few words after.
    return p.end[p.size - 1] - end <= 40 && p.sentence[p.size - 1] == sentenceOf(p, lastContent);
  }

  private static int sentenceOf(Tokenizer.Paragraph p, int offset) {
    for (int i = p.size - 1; i >= 0; i--) {
      if (p.start[i] < offset) {
        return p.sentence[i];
      }
    }
    return p.size == 0 ? -1 : p.sentence[0];
  }

  private static List<Attribution> directByRules(Tokenizer.Paragraph p, List<Attribution> rules) {
    List<Attribution> out = new ArrayList<>();
    if (p.size == 0) {
      return out;
    }
    for (Attribution a : rules) {
      if (a.direct() && a.source() != null && a.cue().start() >= p.start[0]
          && a.cue().end() <= p.end[p.size - 1]) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean unclosedQuotation(Tokenizer.Paragraph p) {
    if (p.size < 4 || p.quote[0] != 2) {
      return false;
    }
    for (int i = 1; i < p.size; i++) {
      if (p.quote[i] == 3) {
        return false;
      }
    }
    return true;
  }

  /** 0 none, 1 source, 2 cue, 3 content, as the rules found them. */
  static byte[] ruleLabels(Tokenizer.Paragraph p, List<Attribution> rules) {
    byte[] out = new byte[p.size];
    if (p.size == 0) {
      return out;
    }
    int from = p.start[0];
    int to = p.end[p.size - 1];
    for (Attribution a : rules) {
      if (a.cue().end() < from || a.cue().start() > to) {
        continue;
      }
      if (a.source() != null) {
        mark(p, a.source(), (byte) 1, out);
      }
      mark(p, a.cue(), (byte) 2, out);
      for (Span s : a.content()) {
        mark(p, s, (byte) 3, out);
      }
    }
    return out;
  }

  private static void mark(Tokenizer.Paragraph p, Span s, byte label, byte[] out) {
    for (int i = 0; i < p.size; i++) {
      if (p.start[i] < s.end() && p.end[i] > s.start()) {
        out[i] = label;
      }
    }
  }

  private record Piece(int type, int from, int to) {} // tokens [from, to); type 1 src 2 cue 3 con

  /**
   * Speech introduced by an inverted cue after a closing quotation mark, common in dash-speech
   * translations ({@code "…", — said the Russian leader.}) and rare in the training corpus:
   * when the tagger gave such a cue no source, the noun phrase closing the sentence is its source
   * and the quotation before it its content.
   */
  static void invertedCues(Tokenizer.Paragraph p, int[] labels) {
    // "“…,” - added the head of the authority.": a verb of saying right after a closing mark
    // (and a comma or a dash) is a cue even where the tagger, meeting a role it never saw
    // there, left it out.
    for (int k = 1; k + 1 < p.size; k++) {
      if (p.quote[k] != 3) {
        continue;
      }
      int v = k + 1;
      while (v < p.size && v - k <= 2 && (p.word(v).equals(",") || DASHES.contains(p.word(v)))) {
        v++;
      }
      if (v < p.size && labels[v] == 0
          && SPEECH_VERBS.contains(p.word(v)) && v + 1 < p.size
          && speakerStart(p, v + 1)) {
        labels[v] = 3;
      }
    }
    for (int cf = 0; cf < labels.length; cf++) {
      if (labels[cf] != 3) {
        continue;
      }
      int ct = cf + 1;
      while (ct < labels.length && labels[ct] == 4) {
        ct++;
      }
      int e = ct;
      while (e < p.size && e - ct < 10 && p.sentence[e] == p.sentence[cf] && p.quote[e] == 0
          && !TERMINAL.contains(p.word(e)) && !p.word(e).equals(",")) {
        e++;
      }
      boolean closes = e == p.size || TERMINAL.contains(p.word(e));
      if (e == ct || !closes || !speakerStart(p, ct)) {
        continue;
      }
      boolean hasSource = false;
      for (int k = ct; k < e; k++) {
        hasSource |= labels[k] == 1 || labels[k] == 2;
      }
      int b = cf - 1;
      while (b >= 0 && (p.word(b).equals(",") || DASHES.contains(p.word(b)))) {
        b--;
      }
      // Dash speech has no closing mark: "— We will rebuild, — said the mayor."
      boolean dashSpeech = b > 0 && DASHES.contains(p.word(0)) && p.sentence[0] == p.sentence[cf]
          && p.quote[b] == 0;
      if (b < 0 || (p.quote[b] != 3 && !dashSpeech)) {
        continue;
      }
      int o = b - 1;
      while (!dashSpeech && o >= 0 && p.quote[o] != 2) {
        o--;
      }
      if (dashSpeech) {
        o = 1;
      }
      if (o < 0 || o > b) {
        continue;
      }
      if (holdsOtherParts(labels, o, b)) {
        continue; // the quotation holds another attribution's parts: keep the tagger's reading
      }
      boolean hasContent = false;
      for (int k = o; k <= b; k++) {
        hasContent |= labels[k] >= 5;
      }
      if (hasSource && hasContent) {
        continue;
      }
      for (int k = ct; k < e && !hasSource; k++) {
        labels[k] = k == ct ? 1 : 2;
      }
      for (int k = o; k <= b; k++) {
        labels[k] = k == o ? 5 : 6;
      }
      for (int k = b + 1; k < cf; k++) {
        labels[k] = 0;
      }
    }
  }

  /**
   * Dash speech, as translations from Russian, Polish or French print it: "— We will rebuild, —
   * said the mayor. — It will take a year." The opening dash starts the words, ", —" ends them
   * before the cue clause (verb first or speaker first), and a dash after that clause's full stop
   * resumes the same speaker's words. The training news never shows the convention, so the
   * tagger's reading of such a paragraph is replaced whole.
   */
  static void dashSpeech(Tokenizer.Paragraph p, int[] labels) {
    if (p.size < 5 || !DASHES.contains(p.word(0)) || p.quote[1] != 0) {
      return;
    }
    int k = -1;
    for (int i = 3; i < p.size && k < 0; i++) {
      String before = p.word(i - 2);
      if (DASHES.contains(p.word(i - 1))
          && (before.equals(",") || before.equals("?") || before.equals("!"))) {
        k = i;
      }
    }
    // "—We will not leave —added Ramona Ibarra.": Spanish and Portuguese set the cue after a
    // second dash with no comma.
    for (int i = 3; i < p.size && k < 0; i++) {
      String w = p.word(i).toLowerCase(java.util.Locale.ROOT);
      if (DASHES.contains(p.word(i - 1)) && Character.isLetterOrDigit(p.word(i - 2).charAt(0))
          && (SPEECH_VERBS.contains(w) || TRANSLATED_CUES.contains(w))) {
        k = i;
      }
    }
    // "— X, Ramsay said. — Y.": without the second dash, only the resumed words after the cue
    // clause tell dash speech from a bulleted report ("— Rents rose 4%, the agency said.").
    boolean noSecondDash = k < 0;
    // "— We will examine it, above all the jobs, said Lena Hartwig": the comma right before a
    // verb of saying, not the quotation's own first comma.
    for (int i = 3; i < p.size && k < 0 && p.sentence[i] == p.sentence[1]; i++) {
      String w = p.word(i).toLowerCase(java.util.Locale.ROOT);
      if (p.word(i - 1).equals(",") && (SPEECH_VERBS.contains(w) || TRANSLATED_CUES.contains(w))) {
        k = i;
      }
    }
    for (int i = 3; i < p.size && k < 0; i++) {
      if (p.word(i - 1).equals(",") && p.sentence[i] == p.sentence[1]) {
        k = i;
      }
    }
    // "— We will not retreat. Everyone in the danger zone will be taken out, the minister
    // said.": the cue clause after the last sentence's comma.
    for (int i = p.size - 2; k < 0 && i > 2 && p.size - i <= 16; i--) {
      if (p.word(i - 1).equals(",") && p.sentence[i] == p.sentence[p.size - 1]
          && p.sentence[i] != p.sentence[1]) {
        k = i;
      }
    }
    if (k < 0) {
      return;
    }
    int e = k;
    while (e < p.size && e - k < 16 && !TERMINAL.contains(p.word(e))
        && !DASHES.contains(p.word(e))) {
      e++;
    }
    if (e - k >= 16) {
      return;
    }
    int v = -1;
    for (int i = k; i < e && v < 0; i++) {
      String w = p.word(i).toLowerCase(java.util.Locale.ROOT);
      if (SPEECH_VERBS.contains(w) || TRANSLATED_CUES.contains(w)) {
        v = i;
      }
    }
    boolean resumes = e + 2 < p.size && TERMINAL.contains(p.word(e))
        && DASHES.contains(p.word(e + 1));
    // A bulleted item is one sentence in the writer's voice, its source named; words of
    // several sentences, in the first or second person, with a translation's verb of saying or
    // said by a pronoun (a bullet stands alone, so has no one for "she" to be) are speech.
    boolean spoken = v >= 0 && (p.sentence[k - 1] != p.sentence[1]
        || TRANSLATED_CUES.contains(p.word(v).toLowerCase(java.util.Locale.ROOT))
        || v > k && PRONOUNS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT)));
    for (int i = 1; i < k && v >= 0 && !spoken; i++) {
      spoken = FIRST_AND_SECOND.contains(p.word(i).toLowerCase(java.util.Locale.ROOT));
    }
    if (noSecondDash && !resumes && !spoken) {
      return;
    }
    if (v < 0 || v - k > 6 || (v > k && !nounPhraseStart(p.word(k))
        && !PRONOUNS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT)))) {
      return;
    }
    int sourceFrom;
    int sourceTo;
    int named = v == k ? namedBeforeVerb(p, k) : -1;
    if (named > 0) {
      sourceFrom = named;
      sourceTo = k - 1;
      k = named;
    } else if (v == k) { // "— said the mayor."
      sourceFrom = v + 1;
      sourceTo = v + 1 < e && speakerStart(p, v + 1) ? e : v + 1;
      // "said Lena Hartwig on Tuesday in the capital": when and where are no part of her
      for (int i = sourceFrom + 1; i < sourceTo; i++) {
        if (WHEN_OR_WHERE.contains(p.word(i))) {
          sourceTo = i;
        }
      }
    } else { // "— Ramsay told the Courier."
      sourceFrom = k;
      sourceTo = v;
    }
    java.util.Arrays.fill(labels, 0);
    int comma = DASHES.contains(p.word(k - 1)) ? k - 2 : k - 1;
    int contentTo = p.word(comma).equals(",") ? comma : comma + 1;
    for (int i = 1; i < contentTo; i++) {
      labels[i] = i == 1 ? 5 : 6;
    }
    labels[v] = 3;
    for (int i = sourceFrom; i < sourceTo; i++) {
      labels[i] = i == sourceFrom ? 1 : 2;
    }
    if (resumes) {
      for (int i = e + 2; i < p.size; i++) {
        labels[i] = i == e + 2 ? 5 : 6;
      }
    }
  }

  private static final java.util.Set<String> WHEN_OR_WHERE = java.util.Set.of("on", "in", "at",
      "during", "after");
  private static final java.util.Set<String> APPOSED_ROLE_OPENERS = java.util.Set.of("a", "an",
      "the", "one", "another", "his", "her", "their", "its");

  /**
   * "- We are not going back, one striker, Pavel Ruud, said." or "…, told the Courier.": a name
   * set off by commas right before the verb is who speaks when no speaker follows the verb
   * (nothing, a time or place, or the object of "told"). "…, in Berlin, said Lena Hartwig" has
   * its speaker after the verb, and a translation's "…, told the minister." has no name before
   * it. Returns the first token of that speaker, with a role apposed before the name ("one
   * striker, "), or -1.
   */
  private static int namedBeforeVerb(Tokenizer.Paragraph p, int verb) {
    if (verb + 1 >= p.size || !p.word(verb - 1).equals(",")) {
      return -1;
    }
    boolean told = p.word(verb).equalsIgnoreCase("told");
    String next = p.word(verb + 1);
    if (told ? TERMINAL.contains(next) : !TERMINAL.contains(next) && !DASHES.contains(next)
        && !WHEN_OR_WHERE.contains(next) && speakerStart(p, verb + 1)) {
      return -1;
    }
    int j = verb - 2;
    while (j > 1 && Character.isUpperCase(p.word(j).charAt(0))) {
      j--;
    }
    if (j == verb - 2 || verb - 2 - j > 4 || !p.word(j).equals(",")) {
      return -1;
    }
    int role = j - 1;
    while (role > 1 && !p.word(role).equals(",") && j - role <= 4) {
      role--;
    }
    if (role < j - 1 && p.word(role).equals(",")
        && APPOSED_ROLE_OPENERS.contains(p.word(role + 1).toLowerCase(java.util.Locale.ROOT))) {
      return role + 1;
    }
    return j + 1;
  }

  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they",
      "we", "i");
  private static final java.util.Set<String> FIRST_AND_SECOND = java.util.Set.of("i", "we",
      "me", "us", "my", "our", "you", "your");

  private static boolean holdsOtherParts(int[] labels, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (labels[k] != 0 && labels[k] < 5) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> TERMINAL = java.util.Set.of(".", "!", "?");
  static boolean isDash(String word) {
    return DASHES.contains(word);
  }

  private static final java.util.Set<String> DASHES = java.util.Set.of("—", "–", "-", "―");

  /**
   * "About 4,000 people were evacuated, reported the head of the administration Pavel Drunek."
   * and "The group had warned of cracks, reminded its director Ilona Varga.": translations from
   * languages that put the verb before its subject end a report with the cue and the speaker.
   * The tagger reads such a closing subject as more content; a verb of saying right after the
   * sentence's last comma, followed by nothing but a noun phrase, is the cue, and everything
   * before the comma what was said.
   */
  static void invertedIndirectCues(Tokenizer.Paragraph p, int[] labels) {
    int a = 0;
    while (a < p.size) {
      int b = a;
      while (b < p.size && p.sentence[b] == p.sentence[a]) {
        b++;
      }
      invertedIndirectCue(p, labels, a, b);
      a = b;
    }
  }

  private static void invertedIndirectCue(Tokenizer.Paragraph p, int[] labels, int a, int b) {
    int e = TERMINAL.contains(p.word(b - 1)) ? b - 1 : b;
    int v = -1;
    for (int i = e - 2; i > a + 3 && v < 0; i--) {
      if (p.word(i).equals(",") || p.quote[i] != 0) {
        if (p.word(i).equals(",") && p.quote[i] == 0) {
          v = i + 1;
        }
        break;
      }
    }
    if (v < 0 || v + 1 >= e) {
      return;
    }
    String verb = p.word(v).toLowerCase(java.util.Locale.ROOT);
    // "…, communicated the chief of the emergency inspectorate, Ana Moldovan.": a name set off
    // after the speaker's role; the cue follows the comma before it.
    boolean nameRun = e - v <= 4;
    for (int i = v; i < e && nameRun; i++) {
      nameRun = Character.isUpperCase(p.word(i).charAt(0));
    }
    if (nameRun && !(SPEECH_VERBS.contains(verb) || TRANSLATED_CUES.contains(verb))) {
      for (int i = v - 2; i > a + 3; i--) {
        if (p.quote[i] != 0) {
          break;
        }
        if (p.word(i).equals(",")) {
          v = i + 1;
          verb = p.word(v).toLowerCase(java.util.Locale.ROOT);
          break;
        }
      }
    }
    String first = p.word(v + 1);
    if (!(SPEECH_VERBS.contains(verb) || TRANSLATED_CUES.contains(verb))
        || !(nounPhraseStart(first) || first.equals("its") || POSSESSIVES.contains(first))
        || e - (v + 1) > 12) {
      return;
    }
    PartsOfSpeech pos = PartsOfSpeech.english();
    byte[] tags = pos.tag(p);
    for (int i = v + 1; i < e; i++) {
      String tag = pos.name(tags[i]);
      if (labels[i] == 1 || labels[i] == 2 || p.quote[i] != 0 || tag.startsWith("VERB")
          || tag.startsWith("AUX") || tag.startsWith("SCONJ")) {
        // the tagger saw the speaker, a quotation ends the sentence, or what follows the verb
        // is a clause ("…, said the hackers were demanding $2 million")
        return;
      }
    }
    boolean clause = false;
    boolean tagged = false;
    for (int i = a; i < v - 1; i++) {
      // Quoted words have their own repairs; a name in quotation marks, as translations set
      // them ("the organization \"Rivers Alive\""), is no quotation.
      if (p.quote[i] == 2 && !quotedName(p, i)) {
        return;
      }
      tagged |= labels[i] == 1 || labels[i] == 2;
      String tag = pos.name(tags[i]);
      clause |= tag.startsWith("VERB") || tag.startsWith("AUX");
    }
    // "Ramsay, the leading critic, said the ferry loses money, …": the tagger's source in the
    // clause speaks, unless a named person after the verb reports it all ("The organization
    // \"Rivers Alive\" warned about cracks, reminded its director Ilona Varga.").
    boolean named = false;
    for (int i = v + 1; i < e && !named; i++) {
      named = pos.name(tags[i]).startsWith("PROPN") && Character.isUpperCase(p.word(i).charAt(0));
    }
    if (tagged && !named) {
      return;
    }
    if (!clause) {
      return; // "Ivanka Trump, the nominee's daughter, noted the rule": the verb's subject
    }
    // "However debates … are not likely to alter the campaign, noted …": the connective links
    // the sentence to the article, it is not what was said.
    if (DISCOURSE_OPENERS.contains(p.word(a).toLowerCase(java.util.Locale.ROOT))) {
      labels[a] = 0;
      a++;
      if (p.word(a).equals(",")) {
        labels[a] = 0;
        a++;
      }
    }
    for (int i = a; i < e; i++) {
      labels[i] = i < v - 1 ? (i == a ? 5 : 6) : i == v ? 3 : i == v + 1 ? 1 : i > v ? 2 : 0;
    }
  }

  private static final java.util.Set<String> DISCOURSE_OPENERS = java.util.Set.of("however",
      "but", "and", "yet", "so", "still", "meanwhile", "indeed", "moreover", "also", "now");

  /** Up to four capitalized words between the opening mark at {@code open} and its close. */
  private static boolean quotedName(Tokenizer.Paragraph p, int open) {
    int i = open + 1;
    while (i < p.size && p.quote[i] == 1 && i - open <= 4
        && Character.isUpperCase(p.word(i).charAt(0))) {
      i++;
    }
    return i > open + 1 && i < p.size && p.quote[i] == 3;
  }

  /**
   * Where a noun chain ending right before {@code src} starts, when a comma stands before it
   * ("…, the district court in Halden"), or -1: nouns, adjectives, determiners and the
   * prepositions that chain nouns, untagged, at most eight words.
   */
  private static int nounChainAfterComma(Tokenizer.Paragraph p, int[] labels, int s, int src) {
    byte[] tags = PartsOfSpeech.english().tag(p);
    PartsOfSpeech pos = PartsOfSpeech.english();
    int k = src - 1;
    while (k > s && src - k <= 8 && labels[k] == 0 && !p.word(k).equals(",")
        && (nominal(pos.name(tags[k]))
            || CHAIN_PREPOSITIONS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT)))) {
      k--;
    }
    return k > s && p.word(k).equals(",") && k + 1 < src
        && !CHAIN_PREPOSITIONS.contains(p.word(k + 1).toLowerCase(java.util.Locale.ROOT))
        ? k + 1 : -1;
  }

  /** Participles of what is done to someone, never an act of saying ("was sentenced"). */
  private static final java.util.Set<String> PENAL_ACTS = java.util.Set.of("sentenced", "jailed",
      "imprisoned", "arrested", "detained", "convicted", "acquitted", "fined", "injured",
      "killed", "wounded", "hurt", "evacuated", "rescued", "hospitalised", "hospitalized",
      "extradited", "deported", "executed");

  /**
   * "Former mayor Oskar Lind was sentenced on Wednesday to four years …, the court ruled": one
   * who was sentenced, arrested or injured said nothing by it; the tagger, meeting such a
   * passive where PolNeAR's cues often stand, may read it as a cue. Its cue, the source before
   * it and the content after it are left to the rest of the sentence.
   */
  static void penalActs(Tokenizer.Paragraph p, int[] labels) {
    for (int c = 0; c + 1 < labels.length; c++) {
      if (labels[c] != 3 || !BE.contains(p.word(c).toLowerCase(java.util.Locale.ROOT))
          || labels[c + 1] != 4
          || !PENAL_ACTS.contains(p.word(c + 1).toLowerCase(java.util.Locale.ROOT))
          || c + 2 < labels.length && labels[c + 2] == 4) {
        continue;
      }
      labels[c] = 0;
      labels[c + 1] = 0;
      for (int k = c - 1; k >= 0 && (labels[k] == 1 || labels[k] == 2); k--) {
        labels[k] = 0;
      }
      int k = c + 2;
      while (k < labels.length && labels[k] == 0 && p.sentence[k] == p.sentence[c]
          && k - c < 6) {
        k++;
      }
      for (; k < labels.length && (labels[k] == 5 || labels[k] == 6)
          && p.sentence[k] == p.sentence[c]; k++) {
        labels[k] = 0;
      }
    }
  }

  /**
   * A noun phrase, or a title in lower case before a name ("said judge Mira Solberg", as
   * translations and some house styles write it).
   */
  private static boolean speakerStart(Tokenizer.Paragraph p, int k) {
    return nounPhraseStart(p.word(k)) || k + 1 < p.size
        && Names.TITLES.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))
        && Character.isUpperCase(p.word(k + 1).charAt(0));
  }

  private static boolean nounPhraseStart(String w) {
    return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("The")
        || (Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0)));
  }

  /**
   * "In his opinion, …" and "In the view of the ministry, …": the opinion phrase is the cue, its
   * owner the source, the rest of the sentence the content. The tagger sees few of them.
   */
  static void opinionPhrases(Tokenizer.Paragraph p, int[] labels) {
    for (int i = 0; i + 5 < p.size; i++) {
      // "In the opinion of the deputy speaker Igor Belov, the delay is …"
      boolean opens = i == 0 || p.sentence[i - 1] != p.sentence[i];
      if (!opens || !p.word(i).equalsIgnoreCase("in") || !p.word(i + 1).equalsIgnoreCase("the")
          || !OPINIONS.contains(p.word(i + 2).toLowerCase(java.util.Locale.ROOT))
          || !p.word(i + 3).equalsIgnoreCase("of")) {
        continue;
      }
      int comma = i + 4;
      while (comma < p.size && comma - i < 20 && p.sentence[comma] == p.sentence[i]
          && !p.word(comma).equals(",") && p.quote[comma] == 0) {
        comma++;
      }
      int end = comma + 1;
      while (end < p.size && p.sentence[end] == p.sentence[i]) {
        end++;
      }
      if (TERMINAL.contains(p.word(end - 1))) {
        end--;
      }
      if (comma >= p.size || !p.word(comma).equals(",") || comma == i + 4
          || end - (comma + 1) < 3) {
        continue;
      }
      for (int k = i; k < end; k++) {
        labels[k] = k == i ? 3 : k < i + 4 ? 4 : k == i + 4 ? 1 : k < comma ? 2 : k == comma ? 0
            : k == comma + 1 ? 5 : 6;
      }
    }
    for (int i = 0; i + 3 < p.size; i++) {
      boolean starts = i == 0 || p.sentence[i - 1] != p.sentence[i];
      if (!starts || !p.word(i).equalsIgnoreCase("in") || labels[i] != 0) {
        continue;
      }
      String owner = p.word(i + 1).toLowerCase(java.util.Locale.ROOT);
      String noun = p.word(i + 2).toLowerCase(java.util.Locale.ROOT);
      if (!OWNERS.contains(owner) || !OPINIONS.contains(noun) || !p.word(i + 3).equals(",")) {
        possessiveOpinion(p, labels, i);
        continue;
      }
      int end = i + 4;
      while (end < p.size && p.sentence[end] == p.sentence[i]) {
        end++;
      }
      if (end - (i + 4) < 3) {
        continue;
      }
      // PolNeAR's reading: the owner is the source and the noun the cue ("their | view").
      labels[i] = 0;
      labels[i + 1] = 1;
      labels[i + 2] = 3;
      labels[i + 3] = 0;
      for (int k = i + 4; k < end; k++) {
        labels[k] = k == i + 4 ? 5 : 6;
      }
    }
  }

  /** "In Berg's view, …", "In the minister's opinion, …": a named owner of the opinion. */
  private static void possessiveOpinion(Tokenizer.Paragraph p, int[] labels, int i) {
    int apostrophe = i + 2;
    while (apostrophe < p.size && apostrophe <= i + 5 && !p.word(apostrophe).equals("'s")
        && !p.word(apostrophe).equals("’s")) {
      apostrophe++;
    }
    if (apostrophe + 2 >= p.size || apostrophe > i + 5 || p.sentence[apostrophe] != p.sentence[i]
        || !OPINIONS.contains(p.word(apostrophe + 1).toLowerCase(java.util.Locale.ROOT))
        || !p.word(apostrophe + 2).equals(",")
        || !(nounPhraseStart(p.word(i + 1)) || p.word(i + 1).equals("the"))) {
      return;
    }
    for (int k = i + 1; k < apostrophe; k++) {
      // (a source the tagger already marked there is the same owner)
      if (labels[k] > 2 || p.quote[k] != 0) {
        return;
      }
    }
    int from = apostrophe + 3;
    int end = from;
    while (end < p.size && p.sentence[end] == p.sentence[i]) {
      end++;
    }
    while (end > from && TERMINAL.contains(p.word(end - 1))) {
      end--;
    }
    if (end - from < 3) {
      return;
    }
    // (PolNeAR's source mostly keeps the possessive; kept where the tagger kept it)
    boolean possessive = labels[apostrophe] == 2;
    for (int k = i; k < end; k++) {
      labels[k] = k == i || k == apostrophe + 2 ? 0 : k == apostrophe ? (possessive ? 2 : 0)
          : k == i + 1 ? 1 : k < apostrophe ? 2 : k == apostrophe + 1 ? 3 : k == from ? 5 : 6;
    }
  }

  /**
   * "It expressed hope that talks could resume": the feeling expressed belongs to the cue and
   * the clause after it is the content ("expressed concern | that …", "voiced support for |
   * the plan"), as PolNeAR marks them; the tagger sometimes stops the cue at the verb and
   * reports the bare noun.
   */
  static void expressedFeelings(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 1; k + 2 < p.size; k++) {
      int cueEnd = k - 1;
      if ((labels[cueEnd] != 3 && labels[cueEnd] != 4) || labels[k] != 5) {
        continue;
      }
      String verb = p.word(cueEnd).toLowerCase(java.util.Locale.ROOT);
      String noun = p.word(k).toLowerCase(java.util.Locale.ROOT);
      boolean feeling = (verb.startsWith("express") || verb.startsWith("voice"))
          && FEELINGS.contains(noun);
      // "have been making allegations that …", "raised concerns that …"
      boolean claim = MAKE_VERBS.contains(verb) && (CLAIM_NOUNS.contains(noun)
          || FEELINGS.contains(noun));
      if (!feeling && !claim) {
        continue;
      }
      String next = p.word(k + 1).toLowerCase(java.util.Locale.ROOT);
      boolean that = next.equals("that");
      boolean about = FEELING_PREPOSITIONS.contains(next);
      if ((!that && !about) || p.sentence[k + 1] != p.sentence[k]
          || (about && p.sentence[k + 2] != p.sentence[k])) {
        continue;
      }
      // Only the noun was taken: the clause runs on, over whatever the tagger made of it
      // ("that talks …" read as a source and its verb).
      boolean bare = labels[k + 1] != 6;
      labels[k] = 4;
      int from = k + 1;
      if (about) {
        labels[k + 1] = 4;
        from = k + 2;
      }
      labels[from] = 5;
      for (int e = from + 1; bare && e < p.size && p.sentence[e] == p.sentence[k]
          && p.quote[e] == 0 && !(TERMINAL.contains(p.word(e)) && e + 1 == p.size
              || TERMINAL.contains(p.word(e)) && p.sentence[e + 1] != p.sentence[k]); e++) {
        labels[e] = 6;
      }
    }
  }

  private static final java.util.Set<String> FEELINGS = java.util.Set.of("hope", "hopes",
      "concern", "concerns", "confidence", "doubt", "doubts", "fear", "fears", "regret",
      "optimism", "skepticism", "scepticism", "alarm", "frustration", "surprise", "dismay",
      "satisfaction", "disappointment", "support", "opposition", "sympathy", "interest",
      "astonishment", "amazement", "shock", "anger", "outrage", "reservations", "worry",
      "worries", "gratitude", "relief", "solidarity", "admiration", "displeasure");
  /**
   * "wrote in a note to clients that the fine …": whom it was said to belongs to the cue, and
   * the reported clause starts at "that".
   */
  static void addresseesBeforeThat(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 1; k + 2 < p.size; k++) {
      if (labels[k] != 5 || !p.word(k).equalsIgnoreCase("to")
          || (labels[k - 1] != 3 && labels[k - 1] != 4)) {
        continue;
      }
      int that = k + 1;
      while (that < p.size && that - k <= 5 && labels[that] == 6 && p.quote[that] == 0
          && !p.word(that).equalsIgnoreCase("that") && !p.word(that).equals(",")) {
        that++;
      }
      if (that >= p.size || that - k > 5 || that == k + 1 || labels[that] != 6
          || !p.word(that).equalsIgnoreCase("that") || that + 1 >= p.size
          || labels[that + 1] != 6) {
        continue;
      }
      // Whom ("to clients", "to the board"), not what for ("to make sure that").
      PartsOfSpeech pos = PartsOfSpeech.english();
      String next = pos.name(pos.tag(p)[k + 1]);
      String word = p.word(k + 1).toLowerCase(java.util.Locale.ROOT);
      boolean plural = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us");
      if (!(next.startsWith("NOUN") || next.startsWith("PROPN") || next.startsWith("DET")
          || next.startsWith("PRON") || next.startsWith("ADJ") || plural)) {
        continue;
      }
      for (int i = k; i < that; i++) {
        labels[i] = 4;
      }
      labels[that] = 5;
    }
  }

  private static final java.util.Set<String> MAKE_VERBS = java.util.Set.of("make", "makes",
      "made", "making", "level", "levels", "leveled", "levelled", "leveling", "levelling",
      "raise", "raises", "raised", "raising", "issue", "issues", "issued", "issuing");
  private static final java.util.Set<String> CLAIM_NOUNS = java.util.Set.of("allegation",
      "allegations", "claim", "claims", "accusation", "accusations", "assertion", "assertions",
      "charge", "charges", "statement", "statements", "comment", "comments", "remark", "remarks",
      "promise", "promises", "threat", "threats", "warning", "warnings", "prediction",
      "predictions", "suggestion", "suggestions", "argument", "questions", "point", "case",
      "pledge", "vow", "demand", "demands", "appeal");
  private static final java.util.Set<String> FEELING_PREPOSITIONS = java.util.Set.of("about",
      "at", "over", "for", "in", "with", "regarding");

  private static final java.util.Set<String> OWNERS = java.util.Set.of("his", "her", "their");
  private static final java.util.Set<String> OPINIONS = java.util.Set.of("opinion", "view",
      "words", "estimation", "judgment", "judgement", "assessment", "belief");

  /**
   * Two layouts of interviews and reader comments that the tagger sees too rarely to learn:
   * a paragraph opening with a speaker and a colon ({@code WALLACE: If I may…}), and a quotation
   * signed with a dash at the paragraph's end ({@code “…” ― Sonya Herridge}).
   */
  /** Whether every word before the colon is written in capitals ("DR HELENA MARCHETTI"). */
  private static boolean shoutedLabel(Tokenizer.Paragraph p, int first, int colon) {
    boolean letters = false;
    for (int k = first; k < colon; k++) {
      String w = p.word(k);
      if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
      letters |= w.chars().anyMatch(Character::isLetter);
    }
    return letters;
  }

  static void speakerLines(Tokenizer.Paragraph p, int[] labels) {
    // "HOST: …", "REPORTER: …": a broadcast's own people present the news; what they report
    // others saying is read as in any report, and their turn is no one's quotation.
    if (p.size > 2 && p.word(1).equals(":")
        && JOURNALIST_LABELS.contains(p.word(0).toLowerCase(java.util.Locale.ROOT))) {
      for (int k = 0; k <= 1; k++) {
        labels[k] = 0;
      }
      if (labels[2] >= 5) {
        // (the tagger's reading of the turn as one quotation goes with it)
        for (int k = 2; k < p.size && labels[k] >= 5; k++) {
          labels[k] = 0;
        }
      }
      return;
    }
    if (titleSpeaker(p, labels)) {
      return;
    }
    int first = p.size > 0 && p.quote[0] == 2 ? 1 : 0;
    int colon = -1;
    for (int k = first; k < Math.min(p.size, first + 5); k++) {
      if (p.word(k).equals(":")) {
        colon = k;
        break;
      }
      if (!Character.isUpperCase(p.text.charAt(p.start[k])) && !p.word(k).equals(".")) {
        break;
      }
    }
    // "The Latest: …", "The White House Doctor: …" are headlines; a transcript names its
    // speaker by surname or in capitals ("THE PRESIDENT:").
    boolean headline = colon > first + 1
        && (p.word(first).equals("The") || p.word(first).equals("A"));
    if (colon > first && p.size - colon > 3 && !headline
        && !NOT_SPEAKERS.contains(p.word(first).toLowerCase(java.util.Locale.ROOT))
        && Character.isLetter(p.text.charAt(p.start[colon - 1]))) {
      boolean free = true;
      for (int k = first; k <= colon; k++) {
        // (the tagger may have read the colon as the cue and cut the answer at its first
        // sentence: the line is the speaker's to its end all the same)
        free &= labels[k] == 0 || labels[k] == 1 || labels[k] == 2 || labels[k] >= 5
            || (k == colon && labels[k] == 3)
            // ("DR HELENA MARCHETTI:": a shouted label the tagger read a cue in is a label)
            || shoutedLabel(p, first, colon) && (k < colon || labels[k] == 4);
      }
      if (free) {
        if (first == 1) {
          labels[0] = 0; // the transcript's opening mark belongs to no part
        }
        for (int k = first; k < colon; k++) {
          labels[k] = k == first ? 1 : 2;
        }
        labels[colon] = 3;
        for (int k = colon + 1; k < p.size; k++) {
          labels[k] = k == colon + 1 ? 5 : 6;
        }
        return;
      }
    }
    // "… .” ― Name" closing the paragraph.
    int end = p.size;
    if (end > 1 && p.word(end - 1).equals(".")) {
      end--; // "― Christina Lastra."
    }
    int k = end - 1;
    while (k >= 0 && end - k <= 6 && (Character.isUpperCase(p.text.charAt(p.start[k]))
        || (p.word(k).equals(".") && k > 0 && p.word(k - 1).length() == 1))) { // "Edwin G. Monroy"
      k--;
    }
    if (k < 1 || k == end - 1 || !DASHES.contains(p.word(k))
        || (p.quote[k - 1] != 3 && !"”\"’»".contains(p.word(k - 1)))) {
      return;
    }
    // A signed comment that opens the paragraph is all of it, whatever marks it nests
    // ("… what he calls “hell” than …", a ‘ closed by ”).
    int o = p.quote[0] == 2 ? 0 : k - 2;
    while (o >= 0 && p.quote[o] != 2) {
      o--;
    }
    if (o < 0) {
      return;
    }
    for (int i = o; i < k && o > 0; i++) {
      if (labels[i] >= 1 && labels[i] <= 4) {
        return;
      }
    }
    labels[k] = 3;
    for (int i = k + 1; i < p.size; i++) {
      labels[i] = i >= end ? 0 : i == k + 1 ? 1 : 2;
    }
    for (int i = o; i < k; i++) {
      labels[i] = i == o ? 5 : 6;
    }
  }

  /**
   * A headline naming its speaker before a colon ("Elizabeth Warren Hammers Wells Fargo CEO:
   * ‘You Should Be …’", "A lesson from Loretta Lynch: ‘…’") attributes all after the colon to
   * the capitalized words right before it, whatever the tagger, which reads headlines poorly,
   * made of it. Only the text's first paragraph is a headline.
   */
  private static boolean titleSpeaker(Tokenizer.Paragraph p, int[] labels) {
    if (p.size < 4 || !p.text.substring(0, p.start[0]).isBlank()) {
      return false;
    }
    int colon = -1;
    for (int k = 1; k < Math.min(p.size, 9); k++) {
      if (p.word(k).equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon < 1 || p.size - colon < 4 || !Character.isLetter(p.text.charAt(p.start[colon - 1]))) {
      return false;
    }
    for (int k = 0; k < colon; k++) {
      String w = p.word(k);
      if (labels[k] == 3 || labels[k] == 4 || (Character.isLowerCase(w.charAt(0))
          && (SPEECH_VERBS.contains(w) || LEAD_VERBS.contains(w)))) {
        return false; // "The mayor said on Friday: …" is a sentence with its own cue
      }
    }
    int from = colon;
    while (from > 0 && (Character.isUpperCase(p.text.charAt(p.start[from - 1]))
        || p.word(from - 1).equals(".") || p.word(from - 1).equals("-"))) {
      from--;
    }
    if (from == colon || !Character.isUpperCase(p.text.charAt(p.start[from]))) {
      return false;
    }
    String head = p.word(from).toLowerCase(java.util.Locale.ROOT);
    if (head.equals("the") || head.equals("a") || head.equals("an")
        || NOT_SPEAKERS.contains(head) || NOT_SPEAKERS.contains(p.word(colon - 1)
            .toLowerCase(java.util.Locale.ROOT))
        || NOT_SPEAKERS.contains(p.word(0).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int k = 0; k < p.size; k++) {
      labels[k] = k < from ? 0 : k == from ? 1 : k < colon ? 2 : k == colon ? 3
          : k == colon + 1 ? 5 : 6;
    }
    return true;
  }

  private static final java.util.Set<String> JOURNALIST_LABELS = java.util.Set.of("host",
      "anchor", "presenter", "reporter", "correspondent", "interviewer", "moderator", "narrator",
      "announcer", "newsreader");
  private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("note", "update",
      "photo", "photos", "video", "editor", "related", "read", "watch", "listen", "source",
      "sources", "credit", "image", "see", "also", "correction", "disclosure", "warning",
      "advertisement", "tags", "share", "posted", "updated", "published", "filed",
      "clarification", "latest", "breaking", "caption", "subscribe", "follow", "interview",
      "analysis", "opinion", "editorial", "exclusive", "explainer", "review", "comment",
      "commentary", "live", "factbox", "timeline", "obituary", "profile", "feature", "poll");

  /**
   * "the slide came down at 7:52 a.m. A spokeswoman … said": the tokenizer keeps "a.m." whole
   * and reads on (the trained tagger's sentences are cut that way, so it stays), but before a
   * capital that does not go on with the time ("7 a.m. Monday", "9 p.m. GMT") the time closes
   * its sentence, and a content running over it stops there.
   */
  static void timesEndingSentences(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 0; k + 1 < labels.length; k++) {
      String w = p.word(k).toLowerCase(java.util.Locale.ROOT);
      if (!(w.equals("a.m.") || w.equals("p.m.")) || labels[k] < 5 || labels[k + 1] != 6) {
        continue;
      }
      if (p.quote[k + 1] == 2 && k + 2 < labels.length && labels[k + 2] == 6
          && Character.isUpperCase(p.text.charAt(p.start[k + 2]))) {
        // "woken at around 4 a.m. \"We grabbed …,\" said Jana Tomic": the quotation opens a
        // new sentence and is its own content, whoever the cue after it names.
        labels[k + 1] = 5;
        continue;
      }
      if (!Character.isUpperCase(p.text.charAt(p.start[k + 1]))) {
        continue;
      }
      String next = p.word(k + 1).toLowerCase(java.util.Locale.ROOT).replace(".", "");
      if (TIME_ZONES.contains(next) || DAYS.contains(next) || MONTHS.contains(next)) {
        continue;
      }
      for (int i = k + 1; i < labels.length && labels[i] == 6; i++) {
        labels[i] = 0;
      }
    }
  }

  /**
   * "…said the budget would be balanced by 2028. 'We will not raise income tax,' she told
   * parliament.": the tokenizer opens no sentence at a single quotation mark, so the tagger runs
   * the reported clause on into the quotation. A quotation opening after a full stop, whose own
   * cue follows it, is content of its own.
   */
  static void quotationsAfterStops(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 1; k + 2 < n; k++) {
      if (!TERMINAL.contains(p.word(k)) || p.quote[k + 1] != 2 || labels[k] != 6
          || labels[k + 1] != 6 || !Character.isUpperCase(p.word(k + 2).charAt(0))) {
        continue;
      }
      int close = k + 2;
      while (close < n && p.quote[close] != 3) {
        close++;
      }
      boolean cue = false;
      for (int j = close + 1; j < n && j <= close + 6 && !TERMINAL.contains(p.word(j)); j++) {
        cue |= labels[j] == 3;
      }
      if (close < n && cue) {
        labels[k] = 0;
        labels[k + 1] = 5;
      }
    }
  }

  /**
   * "Nils Rud said talks would resume on Thursday": a noun that can also be a verb of saying
   * ("talks", "claims", "reports") right after "said" and before a verb opens the reported
   * clause; it does not continue the cue.
   */
  static void nounsAfterSaid(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    byte[] tags = null;
    for (int k = 1; k + 1 < n; k++) {
      if (labels[k] != 3 && labels[k] != 4 || labels[k - 1] != 3 && labels[k - 1] != 4
          || labels[k + 1] != 0 || p.quote[k] != 0
          || !SAID.contains(p.word(k - 1).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (tags == null) {
        tags = PartsOfSpeech.english().tag(p);
      }
      PartsOfSpeech pos = PartsOfSpeech.english();
      String next = pos.name(tags[k + 1]);
      if (!pos.name(tags[k]).startsWith("NOUN")
          || !(next.startsWith("AUX") || next.startsWith("VERB"))) {
        continue;
      }
      labels[k] = 5;
      for (int i = k + 1; i < n && labels[i] == 0 && p.sentence[i] == p.sentence[k]
          && !(i + 1 == n || p.sentence[i + 1] != p.sentence[k]) ; i++) {
        labels[i] = 6;
      }
    }
  }

  private static final java.util.Set<String> SAID = java.util.Set.of("said", "says", "say");

  /**
   * 'Halvern Holdings plc ("Halvern" or "the Company") today announces …': a name opening the
   * sentence, its defined terms in parentheses, then the cue: the name is the source.
   */
  static void namesBeforeDefinitions(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 3; k < n; k++) {
      if (labels[k] != 3) {
        continue;
      }
      int close = k - 1;
      if (close > 0 && (p.word(close).equalsIgnoreCase("today")
          || p.word(close).equalsIgnoreCase("also"))) {
        close--;
      }
      if (!p.word(close).equals(")")) {
        continue;
      }
      int open = close - 1;
      while (open > 0 && !p.word(open).equals("(") && close - open < 12) {
        open--;
      }
      int s = sentenceStart(p, k);
      if (!p.word(open).equals("(") || open - s < 1 || open - s > 6) {
        continue;
      }
      // (a defined term is quoted: "Rep. Ann Holt (D-Ore.) said" keeps its parenthesis)
      boolean defined = false;
      for (int i = open + 1; i < close && !defined; i++) {
        defined = Tokenizer.OPEN_QUOTES.indexOf(p.word(i).charAt(0)) >= 0
            || "\"”»".indexOf(p.word(i).charAt(0)) >= 0;
      }
      if (!defined) {
        continue;
      }
      boolean name = true;
      boolean free = true;
      for (int i = s; i < open && name; i++) {
        name = Character.isUpperCase(p.word(i).charAt(0))
            || Names.isLegalForm(p.word(i).toLowerCase(java.util.Locale.ROOT))
            || p.word(i).equals(".") || p.word(i).equals("&");
      }
      for (int i = s; i < k && free; i++) {
        free = labels[i] == 0 || labels[i] == 1 || labels[i] == 2;
      }
      if (!name || !free) {
        continue;
      }
      labels[s] = 1;
      for (int i = s + 1; i < open; i++) {
        labels[i] = 2;
      }
      for (int i = open; i < k; i++) {
        labels[i] = 0;
      }
    }
  }

  /**
   * "Police put the crowd at 38,000", "organisers estimated the turnout at 120,000": whose count
   * it is, where the tagger found nothing, is an attribution (the disagreement between two such
   * counts is one the report should show with their sources).
   */
  static void estimatesPutAt(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 1; k + 1 < n; k++) {
      String verb = p.word(k).toLowerCase(java.util.Locale.ROOT);
      if (!(verb.equals("put") || verb.equals("puts") || verb.equals("estimated")
          || verb.equals("estimates") || verb.equals("counted")) || labels[k] != 0) {
        continue;
      }
      int at = -1;
      for (int i = k + 1; i < n && i <= k + 5 && p.sentence[i] == p.sentence[k]; i++) {
        if (p.word(i).equals("at") && i + 1 < n && Character.isDigit(p.word(i + 1).charAt(0))) {
          at = i;
          break;
        }
      }
      boolean counted = verb.equals("counted") && Character.isDigit(p.word(k + 1).charAt(0));
      if (at < 0 && !counted || at > 0 && !COUNTED.contains(p.word(at - 1).toLowerCase(
          java.util.Locale.ROOT))) {
        continue;
      }
      int s = sentenceStart(p, k);
      int from = subjectBefore(p, s, k);
      if (from < 0) {
        // "while the organisers, the Federation of Kestrian Workers, counted 120,000"
        from = k - 1;
        while (from > s && labels[from - 1] == 0 && !p.word(from - 1).equals(",")
            || from > s && p.word(from - 1).equals(",") && from - 2 > s
                && !p.word(from - 2).equalsIgnoreCase("while")
                && !p.word(from - 2).equalsIgnoreCase("and")
                && Character.isUpperCase(p.word(from).charAt(0))) {
          from--;
        }
        if (k - from > 8 || !p.word(from).toLowerCase(java.util.Locale.ROOT).matches(
            "the|police|organi[sz]ers|officials|authorities")) {
          continue;
        }
      }
      boolean free = true;
      for (int i = from; i < k && free; i++) {
        free = labels[i] == 0;
      }
      if (!free) {
        continue;
      }
      int e = k + 1;
      while (e < n && p.sentence[e] == p.sentence[k] && !TERMINAL.contains(p.word(e))
          && !(p.word(e).equals(",") && e + 1 < n && (p.word(e + 1).equals("while")
              || p.word(e + 1).equals("but") || p.word(e + 1).equals("and")))) {
        e++;
      }
      labels[from] = 1;
      for (int i = from + 1; i < k; i++) {
        labels[i] = p.word(i).equals(",") && i == k - 1 ? 0 : 2;
      }
      labels[k] = 3;
      labels[k + 1] = 5;
      for (int i = k + 2; i < e; i++) {
        labels[i] = 6;
      }
    }
  }

  private static final java.util.Set<String> COUNTED = java.util.Set.of("crowd", "number",
      "turnout", "toll", "attendance", "cost", "damage", "bill", "figure", "total", "losses",
      "size", "participation", "value", "deficit");

  /**
   * "…; the Holm port workers' branch said it would join": a noun phrase opening a clause, right
   * before a verb of saying that has what was said after it, is who said it, though the tagger
   * read it as content (and the grouping then gave it to the sentence's first speaker).
   */
  static void subjectsReadAsContent(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    PartsOfSpeech pos = null;
    for (int k = 2; k + 1 < n; k++) {
      if (labels[k] != 3 || labels[k - 1] < 5 || labels[k + 1] < 5 || p.quote[k] != 0
          || !SPEECH_VERBS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int b = k - 1;
      while (b > 0 && labels[b] == 6) {
        b--;
      }
      if (labels[b] != 5 || k - b > 8 || b == 0
          || !(p.word(b - 1).equals(";") || p.sentence[b - 1] != p.sentence[b])) {
        continue;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tags = pos.tag(p);
      boolean phrase = true;
      for (int i = b; i < k && phrase; i++) {
        String t = pos.name(tags[i]);
        phrase = p.quote[i] == 0 && !t.startsWith("VERB") && !t.startsWith("AUX")
            && !t.startsWith("PRON") && !p.word(i).equals(",");
      }
      if (!phrase) {
        continue;
      }
      labels[b] = 1;
      for (int i = b + 1; i < k; i++) {
        labels[i] = 2;
      }
    }
  }

  /**
   * "The leader of the opposition, Dragan Oster, said his party …": a role opening the sentence
   * before the name it describes belongs to the source, not to what was said.
   */
  static void rolesBeforeNamedSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    PartsOfSpeech pos = null;
    for (int j = 3; j + 1 < n; j++) {
      if (labels[j] != 1 || !p.word(j - 1).equals(",") || labels[j - 1] != 0) {
        continue;
      }
      int s = sentenceStart(p, j);
      if (j - 1 - s < 2 || j - 1 - s > 8 || labels[s] != 5) {
        continue;
      }
      int e = j + 1;
      while (e < n && labels[e] == 2) {
        e++;
      }
      if (e >= n || labels[e] != 3) {
        continue;
      }
      // ("The problem, Smith said, is that …": a content split by its cue stays content)
      if (e + 1 >= n || labels[e + 1] < 5 || p.word(e + 1).equals(",")) {
        continue;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tags = pos.tag(p);
      boolean phrase = true;
      boolean role = false;
      for (int i = s; i < j - 1 && phrase; i++) {
        String t = pos.name(tags[i]);
        phrase = labels[i] >= 5 && p.quote[i] == 0 && !t.startsWith("VERB") && !t.startsWith("AUX")
            && !p.word(i).equals(",");
        role |= Names.isTitle(p.word(i)) || Names.isDefiniteRole("the " + p.word(i).toLowerCase(
            java.util.Locale.ROOT));
      }
      if (!phrase || !role) {
        continue;
      }
      // PolNeAR's source is the name the description is set before
      for (int i = s; i < j; i++) {
        labels[i] = 0;
      }
    }
  }

  /**
   * "Halvern is prepared to raise its offer if shareholders push for it, according to people
   * familiar with the matter": what "according to" closes is the whole sentence before it,
   * where the tagger began the content partway.
   */
  static void wholeClausesBeforeAccordingTo(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 2; c + 1 < n; c++) {
      if (labels[c] != 3 || !p.word(c).equalsIgnoreCase("according") || labels[c + 1] != 4
          || !p.word(c - 1).equals(",")) {
        continue;
      }
      int s = sentenceStart(p, c);
      int first = -1;
      boolean plain = true;
      for (int i = s; i < c - 1 && plain; i++) {
        plain = labels[i] == 0 || labels[i] >= 5;
        if (first < 0 && labels[i] >= 5) {
          first = i;
        }
      }
      if (!plain || labels[c - 2] < 5) {
        continue;
      }
      // ("The bill raises the age and, according to the ministry, will save …": a source set
      // inside the sentence says where only the rest comes from.) The source closes the
      // sentence, or a relative clause about it does.
      int after = c + 2;
      while (after < n && (labels[after] == 1 || labels[after] == 2)) {
        after++;
      }
      boolean closes = after >= n || p.sentence[after] != p.sentence[c]
          || TERMINAL.contains(p.word(after)) || p.word(after).equals(",") && after + 1 < n
              && (p.word(after + 1).equals("who") || p.word(after + 1).equals("which"));
      if ((p.word(c - 2).equals("and") || p.word(c - 2).equals("but")) && !closes
          && p.word(after).equals(",") && after + 2 < n) {
        // what comes after the source is what it says
        int e = after + 1;
        while (e < n && p.sentence[e] == p.sentence[c] && !TERMINAL.contains(p.word(e))) {
          e++;
        }
        for (int i = s; i < c - 1; i++) {
          labels[i] = labels[i] >= 5 ? 0 : labels[i];
        }
        labels[after] = 0;
        labels[after + 1] = 5;
        for (int i = after + 2; i < e; i++) {
          labels[i] = 6;
        }
        continue;
      }
      if (!closes || p.word(c - 2).equals("and") || p.word(c - 2).equals("but") || first <= s) {
        continue;
      }
      boolean quiet = true;
      for (int i = s; i < first && quiet; i++) {
        quiet = p.quote[i] == 0;
      }
      if (!quiet) {
        continue;
      }
      labels[s] = 5;
      for (int i = s + 1; i < c - 1; i++) {
        labels[i] = 6;
      }
    }
  }

  /**
   * "Yulia Brenner, who was playing her first final since surgery, said she was proud": a name
   * opening the sentence, a relative clause set off by commas and a verb of saying are one
   * source and its cue, though the tagger read the clause as content or its verb as a cue.
   */
  static void relativeClausesOfNamedSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 3; k + 1 < n; k++) {
      String verb = p.word(k).toLowerCase(java.util.Locale.ROOT);
      // (the tagger may have taken the clause's own verb for the cue: the verb of saying after
      // the clause's closing comma is the one)
      if (!p.word(k - 1).equals(",") || p.quote[k] != 0
          || !(SPEECH_VERBS.contains(verb) || verb.equals("called") || verb.equals("calls"))
          || labels[k + 1] < 5 && p.quote[k + 1] != 2) {
        continue;
      }
      int s = sentenceStart(p, k);
      int r = -1;
      for (int i = k - 2; i > s + 1; i--) {
        if (p.word(i).equalsIgnoreCase("who") && p.word(i - 1).equals(",")) {
          r = i;
          break;
        }
      }
      if (r < 0 || r - 1 - s > 5) {
        continue;
      }
      // ("Tobias Wrenfield, 54, who has led …": an age between the name and the clause)
      int nameEnd = r - 1;
      if (nameEnd - 2 > s && p.word(nameEnd - 2).equals(",")
          && p.word(nameEnd - 1).matches("\\d{1,3}")) {
        nameEnd -= 2;
      }
      boolean named = true;
      for (int i = s; i < nameEnd && named; i++) {
        named = Character.isUpperCase(p.text.charAt(p.start[i])) || p.word(i).equals(".")
            || Names.isTitle(p.word(i)) || p.word(i).equals("member"); // "Council member Ada Price"
      }
      for (int i = s; i < k && named; i++) {
        named = p.quote[i] == 0;
      }
      if (!named) {
        continue;
      }
      labels[s] = 1;
      for (int i = s + 1; i < k; i++) {
        labels[i] = 2;
      }
      labels[k] = 3;
    }
  }

  /**
   * "Marisol Arrieta, a nurse, said officers had knocked on her door": the tagger, led by the
   * apposition, may read the reported clause's own verb as a second cue and its subject as that
   * cue's source. A verb that reports nothing, after "said" in one sentence with nothing but
   * that subject between, is the reported clause's, which runs to the sentence's end.
   */
  static void actsInsideReportedClauses(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 0; k + 2 < n; k++) {
      if (labels[k] != 3 || labels[k + 1] == 4 || p.quote[k] != 0 || k == 0
          || (labels[k - 1] != 1 && labels[k - 1] != 2) // a source before it, not "…," says X
          || !SAID.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int j = k + 1;
      while (j < n && p.sentence[j] == p.sentence[k] && labels[j] != 3 && labels[j] != 0) {
        j++;
      }
      if (j == k + 1 || j - k > 6 || j >= n || labels[j] != 3 || p.sentence[j] != p.sentence[k]) {
        continue;
      }
      int c = j + 1;
      while (c < n && labels[c] == 4) {
        c++;
      }
      if (reportingCue(p.text.substring(p.start[j], p.end[c - 1]))) {
        continue;
      }
      int e = c;
      boolean other = false;
      while (e < n && p.sentence[e] == p.sentence[k]) {
        other |= labels[e] == 1 || labels[e] == 3;
        e++;
      }
      while (e > c && ".!?".contains(p.word(e - 1))) {
        e--;
      }
      if (other || p.quote[e - 1] != 0) {
        continue;
      }
      labels[k + 1] = 5;
      for (int i = k + 2; i < e; i++) {
        labels[i] = 6;
      }
    }
  }

  /** What may follow a time besides a day or a month ("9 p.m. GMT", "8 a.m. Eastern"). */
  private static final java.util.Set<String> TIME_ZONES = java.util.Set.of("gmt", "utc", "et",
      "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "cet", "cest", "bst", "eet", "eest",
      "msk", "eastern", "pacific", "central");

  static List<Attribution> group(Tokenizer.Paragraph p, int[] labels) {
    attachedNegations(p, labels);
    datelines(p, labels);
    timesEndingSentences(p, labels);
    quotationsAfterStops(p, labels);
    nounsAfterSaid(p, labels);
    quotationsOpenSentences(p, labels);
    sentenceBoundSources(p, labels);
    speakerLines(p, labels);
    asNoted(p, labels);
    speechVerbsReadAsSources(p, labels);
    invertedCues(p, labels);
    invertedIndirectCues(p, labels);
    opinionPhrases(p, labels);
    expressedFeelings(p, labels);
    bareComplementizers(p, labels);
    addresseesBeforeThat(p, labels);
    circumstancesBeforeThat(p, labels);
    reportedClauses(p, labels);
    actsAfterQuotedWords(p, labels);
    circumstanceTails(p, labels);
    circumstanceHeads(p, labels);
    coordinatedCues(p, labels);
    possessiveViews(p, labels);
    penalActs(p, labels);
    closingAttributions(p, labels);
    accordingToOpening(p, labels);
    accordingToClauses(p, labels);
    accordingToThenCue(p, labels);
    relativeSources(p, labels);
    givenNamesBeforeSources(p, labels);
    appositiveSources(p, labels);
    relativeClausesBeforeCues(p, labels);
    objectPronounsAfterCues(p, labels);
    subjectSubtrees(p, labels);
    conjoinedSubjects(p, labels);
    namesBeforeSources(p, labels);
    clausesBeforeContent(p, labels);
    whichClausesInSources(p, labels);
    relativeClausesAfterInvertedCues(p, labels);
    quotedWordsBeforeParticiples(p, labels);
    participleSubjects(p, labels);
    ofChainSources(p, labels);
    sourcesBeforeAsides(p, labels);
    sourcesAfterInvertedCues(p, labels);
    clausesBeforeSplitQuotes(p, labels);
    adverbAsides(p, labels);
    quotedAsSaying(p, labels);
    participialAsides(p, labels);
    coordinatedSubjects(p, labels);
    bareSpeechVerbs(p, labels);
    untaggedThatClauses(p, labels);
    untaggedClosingCues(p, labels);
    initialsInSources(p, labels);
    documentLeads(p, labels);
    parentheticalCues(p, labels);
    unclosedParentheses(p, labels);
    sharedSubjects(p, labels);
    namesInApposition(p, labels);
    openingParticiples(p, labels);
    gesturesInSplitQuotes(p, labels);
    namesSplitBeforeSources(p, labels);
    anonymousSources(p, labels);
    circumstancesAfterInvertedCues(p, labels);
    invertedContentTails(p, labels);
    namedAddressees(p, labels);
    relativeAsides(p, labels);
    passiveInnerCues(p, labels);
    quotationsWithUntaggedCues(p, labels);
    placesAfterInvertedSources(p, labels);
    expectationsCompared(p, labels);
    objectPronounSources(p, labels);
    coordinatedReportedClauses(p, labels);
    relativeSpeechInSources(p, labels);
    relativeClausesOfNamedSources(p, labels);
    actsInsideReportedClauses(p, labels);
    wholeClausesBeforeAccordingTo(p, labels);
    rolesBeforeNamedSources(p, labels);
    subjectsReadAsContent(p, labels);
    estimatesPutAt(p, labels);
    namesBeforeDefinitions(p, labels);
    passiveListeners(p, labels);
    colonIntroductions(p, labels);
    // Last: it replaces the reading of a dash-speech paragraph whole, and the repairs above,
    // made for the tagger's readings, would cut its words ("Now the time is for work, he
    // declared" lost "Now" to the inverted cue's discourse opener).
    dashSpeech(p, labels);
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < labels.length; ) {
      if (labels[i] == 0) {
        i++;
        continue;
      }
      int type = (labels[i] + 1) / 2;
      int j = i + 1;
      while (j < labels.length && labels[j] == type * 2) {
        j++;
      }
      if (type != 1 || hasLetter(p, i, j)) {
        pieces.add(new Piece(type, i, j)); // a dash is never a source by itself
      }
      i = j;
    }
    List<Piece> cues = pieces.stream().filter(x -> x.type == 2).toList();
    if (cues.isEmpty()) {
      return List.of();
    }
    Piece[] source = new Piece[cues.size()];
    int[] sourceDistance = new int[cues.size()];
    List<List<Piece>> contents = new ArrayList<>();
    for (int c = 0; c < cues.size(); c++) {
      contents.add(new ArrayList<>());
      sourceDistance[c] = Integer.MAX_VALUE;
    }
    List<Piece> lost = new ArrayList<>();
    for (Piece x : pieces) {
      if (x.type == 2) {
        continue;
      }
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int c = 0; c < cues.size(); c++) {
        Piece cue = cues.get(c);
        int d = x.to <= cue.from ? cue.from - x.to : x.from - cue.to;
        // A span in another sentence belongs to that sentence's cue when it has one.
        if (p.sentence[x.from] != p.sentence[cue.from]) {
          d += 1000;
        }
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      if (x.type == 1) {
        if (bestDistance < sourceDistance[best]) {
          if (source[best] != null) {
            lost.add(source[best]);
          }
          source[best] = x;
          sourceDistance[best] = bestDistance;
        } else {
          lost.add(x);
        }
      } else {
        contents.get(best).add(x);
      }
    }
    // "Mira Dahl, who, according to her office, urged …": a source beaten to the nearer cue
    // ("according to" has its own) is the subject of the next cue of its sentence that has none.
    for (Piece x : lost) {
      for (int c = 0; c + 1 < cues.size(); c++) {
        Piece aside = cues.get(c);
        Piece next = cues.get(c + 1);
        if (aside.from == x.to + 1 && p.word(x.to).equals(",") && source[c] != null
            && source[c] != x && source[c + 1] == null && !contents.get(c + 1).isEmpty()
            && p.sentence[next.from] == p.sentence[x.from]) {
          source[c + 1] = x;
        }
      }
    }
    // "The fisheries minister, according to two aides, warned colleagues that …": the tagger
    // reads the subject before the aside as the aside's words; it is also who speaks through
    // the cue right after the aside, which would otherwise take the aside's source.
    for (int c = 0; c + 1 < cues.size(); c++) {
      Piece aside = cues.get(c);
      Piece next = cues.get(c + 1);
      Piece by = source[c];
      if (source[c + 1] != null || by == null || by.from < aside.to || next.from != by.to + 1
          || !p.word(by.to).equals(",") || aside.to - aside.from != 2
          || !p.word(aside.from).equalsIgnoreCase("according")
          || p.sentence[next.from] != p.sentence[aside.from]) {
        continue;
      }
      for (Piece x : contents.get(c)) {
        if (x.to + 1 == aside.from && p.word(x.to).equals(",") && x.to - x.from <= 12
            && (x.from == 0 || p.sentence[x.from - 1] != p.sentence[x.from])
            && p.sentence[x.from] == p.sentence[aside.from]) {
          source[c + 1] = new Piece(1, x.from, x.to);
          break;
        }
      }
    }
    clausesBetweenCues(p, labels, cues, contents);
    // "As reported earlier, the government instructed …. Kozlova earlier said that …": a
    // reported clause of an earlier sentence is not the words of a cue that has its own clause
    // after it in its sentence.
    for (int c = 0; c < cues.size(); c++) {
      Piece cue = cues.get(c);
      boolean ownAfter = contents.get(c).stream().anyMatch(x -> x.from >= cue.to
          && p.sentence[x.from] == p.sentence[cue.from]);
      if (ownAfter) {
        contents.get(c).removeIf(x -> x.to <= cue.from && p.sentence[x.to - 1] < p.sentence[cue.from]
            && p.quote[x.from] == 0 && !(x.from + 1 < p.size && p.quote[x.from + 1] != 0));
      }
    }
    inheritSources(p, cues, source, contents);
    nestedAccordingTo(p, cues, source, contents);
    List<Attribution> out = new ArrayList<>();
    for (int c = 0; c < cues.size(); c++) {
      if (contents.get(c).isEmpty()) {
        continue;
      }
      List<Span> content = new ArrayList<>();
      for (Piece x : contents.get(c)) {
        content.add(span(p, x));
      }
      Span first = content.get(0);
      int firstToken = contents.get(c).get(0).from;
      boolean direct = Tokenizer.OPEN_QUOTES.indexOf(p.text.charAt(first.start())) >= 0
          || p.quote[firstToken] == 2 || p.text.startsWith("''", first.start())
          || (firstToken == 1 && DASHES.contains(p.word(0)))
          // "PENCE: Well, look, …" is a transcript line: verbatim, though no mark opens it.
          || (cues.get(c).to - cues.get(c).from == 1 && p.word(cues.get(c).from).equals(":")
              && cues.get(c).from <= 6);
      Piece src = source[c];
      out.add(new Attribution(src == null ? null
          : span(p, new Piece(1, src.from, sourceEnd(p, src.from, src.to))),
          span(p, cues.get(c)), content, direct));
    }
    return out;
  }

  /**
   * "Brandt, who has led the city since 2019, said the budget …": the tagger may read the
   * relative clause as the source and the name before it as content. The name and its clause
   * are the source when the cue has its content after it.
   */
  static void relativeSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    // "…,” asked Mairi Flett, who runs the island's only shop.": a source after its cue keeps
    // its relative clause to the sentence's end, where the tagger may stop short.
    for (int r = 2; r + 1 < n; r++) {
      String w = p.word(r).toLowerCase(java.util.Locale.ROOT);
      if (labels[r] != 2 || !(w.equals("who") || w.equals("which")) || !p.word(r - 1).equals(",")) {
        continue;
      }
      int b = r - 1;
      while (b > 0 && labels[b] == 2) {
        b--;
      }
      if (labels[b] != 1 || b == 0 || (labels[b - 1] != 3 && labels[b - 1] != 4)) {
        continue;
      }
      int e = r + 1;
      while (e < n && labels[e] == 2) {
        e++;
      }
      int end = e;
      while (end < n && labels[end] == 0 && p.sentence[end] == p.sentence[r]
          && !TERMINAL.contains(p.word(end)) && !p.word(end).equals(",") && p.quote[end] == 0) {
        end++;
      }
      if (end > e && end < n && TERMINAL.contains(p.word(end))
          && p.sentence[end] == p.sentence[r]) {
        for (int k = e; k < end; k++) {
          labels[k] = 2;
        }
      }
    }
    for (int r = 2; r < n; r++) {
      String w = p.word(r).toLowerCase(java.util.Locale.ROOT);
      if (labels[r] != 1 || !(w.equals("who") || w.equals("which")) || !p.word(r - 1).equals(",")) {
        continue;
      }
      int cue = r + 1;
      while (cue < n && labels[cue] == 2) {
        cue++;
      }
      if (cue + 1 >= n || labels[cue] != 3) {
        continue;
      }
      // The content follows the cue, perhaps after whom it was told to ("told the board that").
      int said = cue + 1;
      while (said < n && said < cue + 5 && labels[said] == 0 && p.sentence[said] == p.sentence[r]) {
        said++;
      }
      if (said >= n || labels[said] < 5) {
        continue;
      }
      int s = sentenceStart(p, r);
      boolean nameBefore = r - 1 > s;
      // A relative clause set off by commas describes the named source ("Tom Reyes, who has two
      // children there, told"); "Mr. Obama, who understood that …" has its own cue, and PolNeAR
      // makes "who" its source.
      boolean closedClause = cue > r + 2 && p.word(cue - 1).equals(",");
      for (int k = s; k < r - 1 && nameBefore; k++) {
        // read as content, or left out when capitalized ("Councillor Ewan Mackay, who …"), or
        // a source of its own that the clause cut off
        nameBefore = (labels[k] >= 5 || closedClause && labels[k] == (k == s ? 1 : 2)
            || (labels[k] == 0 && Character.isUpperCase(p.text.charAt(p.start[k]))))
            && p.quote[k] == 0;
      }
      if (!nameBefore || r - 1 - s > 6) {
        continue;
      }
      labels[s] = 1;
      for (int k = s + 1; k < cue; k++) {
        labels[k] = 2;
      }
    }
  }

  /**
   * "…," said Ola Nordmann, a captain from Ålesund. Another protester, Kari Hansen, said …": a
   * source ends with its sentence; the tagger may run one on into the next sentence's source.
   */
  static void sentenceBoundSources(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 1; k < labels.length; k++) {
      if (labels[k] == 2 && p.sentence[k] != p.sentence[k - 1]) {
        labels[k] = 1;
        if (TERMINAL.contains(p.word(k - 1)) && labels[k - 1] == 2) {
          labels[k - 1] = 0;
        }
      }
    }
  }

  /**
   * "Solheim, however, warned that …": a name opening its sentence, set off from its cue by an
   * adverb between commas, is the source, though after a quotation the tagger may read it as
   * the quotation's last words.
   */
  static void adverbAsides(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 1; c + 3 < n; c++) {
      if (!p.word(c).equals(",") || !ASIDES.contains(p.word(c + 1).toLowerCase(java.util.Locale.ROOT))
          || !p.word(c + 2).equals(",") || labels[c + 3] != 3) {
        continue;
      }
      int s = sentenceStart(p, c);
      if (c - s < 1 || c - s > 3 || p.quote[s] != 0) {
        continue;
      }
      boolean name = true;
      for (int k = s; k < c && name; k++) {
        name = Character.isUpperCase(p.text.charAt(p.start[k])) && labels[k] != 3
            && labels[k] != 4 && p.word(k).chars().allMatch(Character::isLetter);
      }
      if (!name) {
        continue;
      }
      for (int k = s; k < c; k++) {
        labels[k] = k == s ? 1 : 2;
      }
      labels[c] = 0;
      labels[c + 1] = 0;
      labels[c + 2] = 0;
    }
  }

  private static final java.util.Set<String> ASIDES = java.util.Set.of("however", "meanwhile",
      "though", "too", "also", "instead", "nonetheless", "nevertheless", "moreover");

  /**
   * "“…,” the statement quoted harbour master Ingrid Solheim as saying.": the one quoted is the
   * speaker; the statement only carries the words.
   */
  /**
   * "Berg called the ruling “a victory for common sense” and left the court.": after the quoted
   * words, "and" with a verb is the speaker's next act, not what was said.
   */
  static void actsAfterQuotedWords(Tokenizer.Paragraph p, int[] labels) {
    PartsOfSpeech pos = null;
    for (int k = 2; k + 1 < labels.length; k++) {
      if (labels[k] != 6 || p.quote[k - 1] != 3 || labels[k - 1] != 6
          || !(p.word(k).equals("and") || p.word(k).equals("but"))) {
        continue;
      }
      // Only after a verb of naming, whose content is an object and its quoted label; a
      // reported clause may coordinate verbs of its own ("she wanted to speak “…” and let them
      // know").
      int start = k - 1;
      while (start > 0 && labels[start] == 6) {
        start--;
      }
      int cue = start - 1;
      while (cue >= 0 && labels[cue] == 0 && start - cue <= 3) {
        cue--;
      }
      if (labels[start] != 5 || cue < 0 || labels[cue] < 3 || labels[cue] > 4
          || !NAMING.contains(p.word(cue).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tags = pos.tag(p);
      if (!pos.name(tags[k + 1]).startsWith("VERB") || labels[k + 1] != 6) {
        continue;
      }
      for (int e = k; e < labels.length && labels[e] == 6; e++) {
        labels[e] = 0;
      }
    }
  }

  /**
   * "said that the port will not be sold, in an interview with the channel SVN.": where and how
   * it was said, after a comma closing the reported clause, is the writer's circumstance.
   */
  static void circumstanceTails(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 2; k + 2 < labels.length; k++) {
      if (!p.word(k).equals(",") || labels[k] != 6 || labels[k - 1] != 6 || p.quote[k] != 0) {
        continue;
      }
      String rest = p.text.substring(p.end[k], Math.min(p.text.length(), p.end[k] + 40))
          .stripLeading().toLowerCase(java.util.Locale.ROOT);
      if (!CIRCUMSTANCES.matcher(rest).lookingAt()) {
        continue;
      }
      int e = k;
      while (e < labels.length && labels[e] == 6 && p.sentence[e] == p.sentence[k]
          && p.quote[e] == 0) {
        e++;
      }
      // Only when the circumstance runs to the end of the content.
      if (e < labels.length && labels[e] == 6) {
        continue;
      }
      for (int i = k; i < e; i++) {
        labels[i] = 0;
      }
    }
  }

  /**
   * "said on social media the Commission would look closely at the evidence": where it was said,
   * opening the tagged content right after the cue, is no part of what was said but of the cue.
   */
  static void circumstanceHeads(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 1; k + 3 < labels.length; k++) {
      // (the tagger may also leave the circumstance out and start the content inside it)
      if (labels[k] != 5 && labels[k] != 0 && labels[k] != 4
          || labels[k - 1] != 3 && labels[k - 1] != 4 || p.quote[k] != 0) {
        continue;
      }
      String rest = p.text.substring(p.start[k], Math.min(p.text.length(), p.start[k] + 60))
          .toLowerCase(java.util.Locale.ROOT);
      Matcher m = CIRCUMSTANCES.matcher(rest);
      if (!m.lookingAt()) {
        continue;
      }
      int e = k;
      while (e < labels.length && p.start[e] < p.start[k] + m.end()
          && (labels[e] >= 4 || labels[e] == 0)) {
        e++;
      }
      if (e >= labels.length || labels[e] < 5 || p.word(e).equals(",") && e + 1 < labels.length
          && labels[e + 1] < 5) {
        continue;
      }
      if (p.word(e).equals(",")) {
        labels[e] = 0;
        e++;
      }
      // (into the cue, as the tagger marks "said in a statement")
      for (int i = k; i < e; i++) {
        labels[i] = p.word(i).equals(",") ? 0 : 4;
      }
      labels[e] = 5;
    }
  }

  /**
   * Where and how words were said, lower case ("in an interview", "at a news conference"):
   * the writer's circumstance around an attribution, read here and by the comparison's units.
   */
  public static final String SAID_WHERE = "(?:in an? (?:interview|statement|televised address"
      + "|speech|letter|radio interview|post|message|e-?mail|video|news release|press release)"
      + "|at an? (?:news|press) conference|at a briefing|by (?:tele)?phone"
      + "|speaking (?:to|at|on)|on (?:twitter|facebook|television|state television"
      + "|social media))";
  private static final Pattern CIRCUMSTANCES = Pattern.compile(
      SAID_WHERE + "\\b");

  private static final java.util.Set<String> NAMING = java.util.Set.of("called", "calls",
      "call", "calling", "described", "describes", "describing", "labeled", "labelled",
      "dubbed", "branded", "termed", "deemed");
  private static final java.util.Set<String> PASSIVE = java.util.Set.of("was", "were", "is",
      "are", "been", "being");

  static void quotedAsSaying(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int q = 0; q + 3 < n; q++) {
      if (!p.word(q).equalsIgnoreCase("quoted") || p.quote[q] != 0) {
        continue;
      }
      int as = q + 2;
      while (as + 1 < n && as - q <= 8 && !p.word(as).equals("as")
          && p.sentence[as] == p.sentence[q]) {
        as++;
      }
      if (as + 1 >= n || !p.word(as).equals("as") || !p.word(as + 1).startsWith("say")) {
        continue;
      }
      // "The minister was quoted by Tass as saying …": the passive's subject is who said it.
      int start = sentenceStart(p, q);
      if (q - 1 > start && PASSIVE.contains(p.word(q - 1).toLowerCase(java.util.Locale.ROOT))) {
        for (int k = start; k < as; k++) {
          labels[k] = k == start ? 1 : k < q - 1 ? 2 : 0;
        }
        labels[as] = 3;
        labels[as + 1] = 4;
        continue;
      }
      for (int k = sentenceStart(p, q); k <= q; k++) {
        if (labels[k] >= 1 && labels[k] <= 4) {
          labels[k] = 0; // "the statement quoted"
        }
      }
      for (int k = q + 1; k < as; k++) {
        labels[k] = k == q + 1 ? 1 : 2;
      }
      labels[as] = 3;
      labels[as + 1] = 4;
    }
  }

  /**
   * "Trump, speaking to a veterans group in Virginia, said …": whom a source spoke to, in a
   * participial aside between the source and its cue, is not the source, though the tagger may
   * read it as one.
   */
  /**
   * Participles around the subject of a verb of saying, which the tagger reads as the content:
   * "Speaking outside court, the lawyer said …" opens with how it was said, no part of what;
   * "Manager Tomas Lindqvist, speaking after training, said …" and "The prosecution, led by
   * Simon Achebe, had argued that …" have the name before the aside for their source.
   */
  static void openingParticiples(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    byte[] tags = null;
    for (int s = 0; s + 3 < n; s++) {
      if (s > 0 && p.sentence[s - 1] == p.sentence[s] || labels[s] != 5) {
        continue;
      }
      int cue = s;
      while (cue < n && p.sentence[cue] == p.sentence[s] && labels[cue] != 3) {
        cue++;
      }
      if (cue >= n || labels[cue] != 3 || p.quote[s] != 0) {
        continue;
      }
      boolean contentAfter = false;
      for (int k = cue + 1; k < n && p.sentence[k] == p.sentence[s] && !contentAfter; k++) {
        contentAfter = labels[k] >= 5;
      }
      if (!contentAfter) {
        continue;
      }
      if (tags == null) {
        tags = PartsOfSpeech.english().tag(p);
      }
      int comma = s;
      while (comma < cue && !p.word(comma).equals(",")) {
        comma++;
      }
      if (comma >= cue || comma == s) {
        continue;
      }
      boolean opensWithParticiple = participle(p.word(s));
      boolean sourceAfter = comma + 1 < cue && labels[comma + 1] == 1;
      if (opensWithParticiple && sourceAfter) {
        for (int k = s; k <= comma; k++) {
          labels[k] = 0; // "Speaking outside court,"
        }
        continue;
      }
      boolean named = Character.isUpperCase(p.word(s).charAt(0)) && comma - s <= 6
          && comma + 1 < cue && participle(p.word(comma + 1)) && p.word(cue - 1).equals(",");
      for (int k = s; k < comma && named; k++) {
        String tag = PartsOfSpeech.english().name(tags[k]);
        named = labels[k] >= 5 && !tag.startsWith("VERB") && !tag.startsWith("AUX");
      }
      for (int k = comma; k < cue && named; k++) {
        named = labels[k] != 3 && labels[k] != 4; // (the aside's "led by X" is no source)
      }
      if (named) {
        for (int k = s; k < cue; k++) {
          labels[k] = k == s ? 1 : k < comma ? 2 : 0;
        }
      }
    }
  }

  /**
   * "A senior official, who spoke on condition of anonymity because he was not authorised to
   * discuss party matters, said …": the relative clause describes the source, as PolNeAR marks
   * it, and nothing in it ("he", "was not authorised to discuss") is an attribution of its own.
   */
  static void relativeAsides(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 0; k + 3 < n; k++) {
      if (labels[k] != 1 && labels[k] != 2 || !p.word(k + 1).equals(",")
          || !p.word(k + 2).equalsIgnoreCase("who") || labels[k + 1] == 2) {
        continue;
      }
      int c = k + 3;
      while (c < n && c - k < 40 && p.sentence[c] == p.sentence[k] && !p.word(c).equals(",")
          && p.quote[c] == 0) {
        c++;
      }
      if (c + 1 >= n || !p.word(c).equals(",") || labels[c + 1] != 3) {
        continue;
      }
      // Only where the clause's own "source" is a pronoun standing for the described person
      // ("because he was not authorised"): "who understood that …" may be an attribution.
      boolean inner = false;
      for (int i = k + 3; i < c; i++) {
        inner |= labels[i] == 1 && PRONOUNS.contains(p.word(i).toLowerCase(java.util.Locale.ROOT));
      }
      if (inner) {
        for (int i = k + 1; i <= c; i++) {
          labels[i] = 2;
        }
      }
    }
  }

  /**
   * "said at least nine rebels had been promised seats on the board": a passive verb with no
   * source of its own, right after a reported clause's subject, is that clause's verb, not a
   * cue splitting it.
   */
  static void passiveInnerCues(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 1; k + 2 < n; k++) {
      if (labels[k] != 3 || labels[k - 1] != 6 && labels[k - 1] != 5
          || !INNER_AUXILIARIES.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int e = k + 1;
      while (e < n && labels[e] == 4) {
        e++;
      }
      String last = p.word(e - 1).toLowerCase(java.util.Locale.ROOT);
      boolean passive = false;
      for (int i = k; i < e - 1; i++) {
        passive |= BE.contains(p.word(i).toLowerCase(java.util.Locale.ROOT));
      }
      if (e - k < 2 || !passive
          || !(last.endsWith("ed") || last.equals("told") || last.equals("given"))
          || e >= n || labels[e] != 5) {
        continue;
      }
      // the clause it sits in belongs to a cue before it in the sentence
      int cue = k - 1;
      while (cue >= 0 && labels[cue] >= 5 && p.sentence[cue] == p.sentence[k]) {
        cue--;
      }
      if (cue < 0 || labels[cue] != 3 && labels[cue] != 4 || p.sentence[cue] != p.sentence[k]
          || !SPEECH_VERBS.contains(p.word(cue).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (int i = k; i <= e; i++) {
        labels[i] = 6;
      }
    }
  }

  private static final java.util.Set<String> BE = java.util.Set.of("was", "were", "is", "are",
      "been", "be", "being");
  private static final java.util.Set<String> INNER_AUXILIARIES = java.util.Set.of("had",
      "has", "have", "was", "were", "is", "are", "been", "be", "would", "will");

  /**
   * "'We hit the post,' said the manager, shaking his head, 'and then we switch off.'": a
   * gesture between the two halves of a split quotation is no cue; the second half goes on
   * with the first's.
   */
  static void gesturesInSplitQuotes(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 1; k + 2 < n; k++) {
      if (labels[k] != 3 || !p.word(k - 1).equals(",") || p.quote[k] != 0
          || !GESTURES.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        continue; // ("adding later" and "asserting" are cues of their own)
      }
      int open = k + 1;
      while (open < n && open - k <= 6 && p.quote[open] == 0 && p.sentence[open] == p.sentence[k]) {
        open++;
      }
      if (open >= n || open - k > 6 || p.quote[open] != 2 || !p.word(open - 1).equals(",")) {
        continue;
      }
      // an earlier quotation of the sentence, closed before the cue of the speaker
      boolean closedBefore = false;
      for (int i = k - 1; i >= 0 && p.sentence[i] == p.sentence[k] && !closedBefore; i--) {
        closedBefore = p.quote[i] == 3 && labels[i] >= 5;
      }
      if (!closedBefore) {
        continue;
      }
      for (int i = k; i < open; i++) {
        labels[i] = 0;
      }
      for (int i = open; i < n && (i == open || p.quote[i - 1] != 3); i++) {
        labels[i] = i == open ? 5 : 6;
      }
    }
  }

  private static final java.util.Set<String> GESTURES = java.util.Set.of("shaking", "smiling",
      "laughing", "pausing", "gesturing", "nodding", "sighing", "grinning", "shrugging", "waving",
      "frowning", "looking", "turning", "standing", "sitting", "holding", "wiping", "clutching",
      "leaning", "glancing", "visibly", "fighting", "choking", "struggling");

  /**
   * "The Health and Safety Executive said": a body's name the tagger cut at its "and", the
   * first part read as content, is the source whole.
   */
  static void namesSplitBeforeSources(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 2; k < labels.length; k++) {
      if (labels[k] != 1 || labels[k - 1] < 5 || !Character.isUpperCase(p.word(k).charAt(0))) {
        continue;
      }
      int from = k - 1;
      while (from > 0 && labels[from] == 6) {
        from--;
      }
      if (labels[from] != 5) {
        continue;
      }
      boolean name = true;
      boolean and = false;
      for (int i = from; i < k && name; i++) {
        String w = p.word(i);
        and |= w.equals("and") || w.equals("&");
        name = Character.isUpperCase(w.charAt(0)) || w.equals("and") || w.equals("&")
            || w.equals("of") || w.equals("the");
      }
      if (name && and && p.quote[from] == 0) {
        for (int i = from; i <= k; i++) {
          labels[i] = i == from ? 1 : 2;
        }
      }
    }
  }

  /**
   * "Callum's family paid tribute to him in a statement: \"…\"": a lone object pronoun after the
   * cue is whom the words went to, not words said, and the medium up to the colon is the cue's.
   */
  static void objectPronounsAfterCues(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 1; k + 1 < n; k++) {
      if (labels[k] != 5 || labels[k + 1] == 6 || labels[k - 1] != 3 && labels[k - 1] != 4
          || !OBJECT_PRONOUNS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int colon = -1;
      for (int j = k + 1; j < Math.min(n, k + 8) && p.sentence[j] == p.sentence[k]; j++) {
        if (labels[j] != 0 || p.quote[j] != 0) {
          break;
        }
        if (p.word(j).equals(":")) {
          colon = j;
          break;
        }
      }
      if (colon < 0 || colon + 1 >= n || labels[colon + 1] != 5) {
        continue;
      }
      for (int j = k; j <= colon; j++) {
        labels[j] = 4;
      }
    }
  }

  /**
   * "A neighbour who did not want to be named said …": the wish for anonymity describes the
   * source, and only the verb of saying after it is the cue.
   */
  static void anonymousSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 1; c + 1 < n; c++) {
      if (labels[c] != 3) {
        continue;
      }
      int e = c + 1;
      while (e < n && labels[e] == 4) {
        e++;
      }
      boolean anonymity = false;
      for (int i = c; i < e; i++) {
        String w = p.word(i).toLowerCase(java.util.Locale.ROOT);
        anonymity |= w.equals("named") || w.equals("identified") || w.equals("anonymity");
      }
      // (the tagger may also close the clause's run and begin a cue of its own at the verb)
      if (e < n && labels[e] == 3 && (e + 1 >= n || labels[e + 1] != 4)
          && SPEECH_VERBS.contains(p.word(e).toLowerCase(java.util.Locale.ROOT))) {
        e++;
      }
      String last = p.word(e - 1).toLowerCase(java.util.Locale.ROOT);
      if (!anonymity || e - c < 3 || !SPEECH_VERBS.contains(last)) {
        continue;
      }
      // the description the relative clause belongs to ("A neighbour who …")
      int from = c;
      while (from > 0 && p.sentence[from - 1] == p.sentence[c] && labels[from - 1] != 3
          && labels[from - 1] != 4 && labels[from - 1] < 5 && !p.word(from - 1).equals(",")
          && c - from < 8) {
        from--;
      }
      for (int i = from; i < e - 1; i++) {
        labels[i] = i == from ? 1 : 2;
      }
      labels[e - 1] = 3;
    }
  }

  /**
   * "Forty-two people were killed when the quake struck, officials said, as rescuers dug through
   * rubble.": after an inverted cue, a clause opened by "as" or "while" is the writer's scene;
   * what the officials said is the sentence before them (a dateline opening it left aside).
   */
  static void circumstancesAfterInvertedCues(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 2; c + 3 < n; c++) {
      if (labels[c] != 3) {
        continue;
      }
      int cueEnd = c + 1;
      while (cueEnd < n && labels[cueEnd] == 4) {
        cueEnd++;
      }
      // "the union said on Tuesday, ahead of …": the cue's time is no part of the scene test
      int comma = cueEnd;
      while (comma < n && comma - cueEnd < 4 && p.sentence[comma] == p.sentence[c]
          && CUE_TIMES.contains(p.word(comma).toLowerCase(java.util.Locale.ROOT))) {
        comma++;
      }
      if (comma + 1 >= n || !p.word(comma).equals(",")
          || labels[comma + 1] != 5 && (comma == cueEnd || labels[cueEnd] != 5)
          || !SCENE_OPENERS.contains(p.word(comma + 1).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int sc = c;
      while (sc > 0 && (labels[sc - 1] == 1 || labels[sc - 1] == 2)) {
        sc--;
      }
      int start = sentenceStart(p, c);
      if (sc == c || sc - 1 <= start || !p.word(sc - 1).equals(",")) {
        continue;
      }
      boolean free = true;
      for (int i = start; i < sc - 1 && free; i++) {
        free = (labels[i] == 0 || labels[i] >= 5) && p.quote[i] == 0;
      }
      if (!free) {
        continue;
      }
      // "DRAVIK, Vostrana - Forty-two people …": a dateline opening the paragraph is no part
      int from = start;
      if (start == 0) {
        for (int i = 0; i < Math.min(8, sc - 1); i++) {
          if (DASHES.contains(p.word(i))) {
            from = i + 1;
            break;
          }
          if (!Character.isUpperCase(p.word(i).charAt(0)) && !p.word(i).equals(",")) {
            break;
          }
        }
      }
      if (sc - 1 - from < 3) {
        continue;
      }
      for (int i = start; i < sc - 1; i++) {
        labels[i] = i < from ? 0 : i == from ? 5 : 6;
      }
      int e = cueEnd;
      while (e < n && p.sentence[e] == p.sentence[c] && labels[e] != 1 && labels[e] != 3) {
        labels[e] = 0;
        e++;
      }
    }
  }

  private static final java.util.Set<String> SCENE_OPENERS = java.util.Set.of("as", "while",
      "amid", "ahead", "in", "after", "following", "despite", "days", "hours", "weeks");
  private static final java.util.Set<String> CUE_TIMES = java.util.Set.of("on", "late", "early",
      "earlier", "later", "last", "this", "today", "yesterday", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
      "week", "month");

  /**
   * "Ticket prices will be frozen for two seasons, the club confirmed.": what a source and cue
   * closing the sentence report runs from the sentence's start to the comma before them; the
   * tagger sometimes stops at the subject.
   */
  static void invertedContentTails(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int s = 0; s + 4 < n; s++) {
      if (s > 0 && p.sentence[s - 1] == p.sentence[s] || labels[s] != 5 || p.quote[s] != 0) {
        continue;
      }
      int end = s + 1;
      while (end < n && labels[end] == 6 && p.quote[end] == 0) {
        end++;
      }
      int comma = end;
      while (comma < n && p.sentence[comma] == p.sentence[s] && labels[comma] == 0
          && p.quote[comma] == 0 && !p.word(comma).equals(",")) {
        comma++;
      }
      if (comma == end || comma + 2 >= n || !p.word(comma).equals(",")
          || labels[comma] != 0 || labels[comma + 1] != 1) {
        continue;
      }
      int k = comma + 2;
      while (k < n && labels[k] == 2) {
        k++;
      }
      if (k >= n || labels[k] != 3) {
        continue;
      }
      k++;
      while (k < n && labels[k] == 4) {
        k++;
      }
      if (k < n && p.sentence[k] == p.sentence[s] && !TERMINAL.contains(p.word(k))) {
        continue; // the cue must close the sentence
      }
      for (int i = end; i < comma; i++) {
        labels[i] = 6;
      }
    }
  }

  private static boolean participle(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.length() > 4 && w.endsWith("ing") && !w.equals("according") && !w.equals("during")
        || w.equals("led") || w.equals("backed") || w.equals("asked") || w.equals("pressed")
        || w.equals("joined") || w.equals("flanked") || w.equals("questioned");
  }

  static void participialAsides(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 0; k + 3 < n; k++) {
      String ing = p.word(k + 2).toLowerCase(java.util.Locale.ROOT);
      if (labels[k] != 1 && labels[k] != 2 || !p.word(k + 1).equals(",")
          || !ing.endsWith("ing") || ing.length() < 6 || ing.equals("including")
          || ing.equals("according") || ing.equals("representing")) {
        continue;
      }
      int c = k + 3;
      while (c < n && !p.word(c).equals(",") && labels[c] != 3 && p.sentence[c] == p.sentence[k]) {
        c++;
      }
      if (c + 1 >= n || !p.word(c).equals(",") || labels[c + 1] != 3) {
        continue;
      }
      boolean source = false;
      for (int i = k + 2; i <= c; i++) {
        source |= labels[i] == 1 || labels[i] == 2;
      }
      if (source) {
        for (int i = k + 1; i <= c; i++) {
          labels[i] = 0;
        }
      }
    }
  }

  /**
   * "Ramsay, the leading critic, said the ferry …": a lone surname opening the sentence looks to
   * the tagger like the start of a reported clause. A capitalized name of up to three words
   * before an apposition that the tagger already reads as the source is part of that source.
   */
  /**
   * "Marlowe argued that policy “no longer needs to be as restrictive”, pointing to the February
   * figures": quoted words right after a reported clause are the rest of it, and what follows
   * "pointing to" or "citing" is what the speaker points to, not someone speaking the quotation
   * as in "'…,' said X".
   */
  static void quotedWordsBeforeParticiples(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 3; c + 1 < n; c++) {
      if (labels[c] != 3 || !POINTING.contains(p.word(c).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int close = c - 1;
      if (p.word(close).equals(",") && p.quote[close] == 0) {
        close--;
      }
      if (close < 2 || p.quote[close] != 3 || labels[close] < 5) {
        continue;
      }
      int open = close;
      while (open > 0 && p.quote[open] != 2) {
        open--;
      }
      if (p.quote[open] != 2 || open == 0 || p.quote[open - 1] != 0
          || p.sentence[open - 1] != p.sentence[c] || labels[open - 1] < 5) {
        continue;
      }
      for (int i = open; i <= close; i++) {
        labels[i] = 6;
      }
      for (int i = close + 1; i < c; i++) {
        labels[i] = labels[i] == 5 || labels[i] == 6 ? 6 : labels[i];
      }
      int e = c + 1;
      while (e < n && labels[e] == 4) {
        e++;
      }
      for (int i = e; i < n && (labels[i] == 1 || labels[i] == 2); i++) {
        labels[i] = i == e ? 5 : 6;
      }
    }
  }

  private static final java.util.Set<String> POINTING = java.util.Set.of("pointing", "citing",
      "referring", "noting", "arguing");

  /**
   * "The school board on Monday put off a vote, saying it needed more data": whoever acts in
   * the main clause speaks through the participle, and PolNeAR marks that subject as the
   * source (261 of 276 such cues in train). The tagger often leaves it out, and reads a
   * dateline ("ELM HOLLOW --") opening the paragraph as a source instead.
   */
  static void participleSubjects(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 3; c + 1 < n; c++) {
      if (labels[c] != 3 || !p.word(c - 1).equals(",")
          || !PARTICIPLES.contains(p.word(c).toLowerCase(java.util.Locale.ROOT))
          || labels[c + 1] < 5 && labels[c + 1] != 0) {
        continue;
      }
      int s = sentenceStart(p, c);
      int dateline = datelineEnd(p, s, c);
      boolean sourced = false;
      for (int k = dateline; k < n && p.sentence[k] == p.sentence[c] && !sourced; k++) {
        sourced = labels[k] == 1 || labels[k] == 2 || k < c && labels[k] >= 3 && labels[k] <= 4;
      }
      if (sourced || p.quote[dateline] != 0) {
        continue;
      }
      PartsOfSpeech pos = PartsOfSpeech.english();
      byte[] tags = pos.tag(p);
      int e = dateline;
      boolean head = false;
      while (e < c) {
        String t = pos.name(tags[e]);
        // "The Reserve Bank of Calverra cut …": "of" chains a name on
        boolean of = head && p.word(e).equals("of") && e + 1 < c
            && pos.name(tags[e + 1]).startsWith("PROPN");
        if (!(of || t.startsWith("DET") || t.startsWith("PROPN") || t.startsWith("NOUN")
            || t.startsWith("ADJ") || t.startsWith("NUM") || t.startsWith("PART")
            || t.startsWith("PRON") && e == dateline)) {
          break;
        }
        head |= t.startsWith("PROPN") || t.startsWith("NOUN") || t.startsWith("PRON");
        e++;
      }
      // The phrase is the subject only when the clause's verb comes next, perhaps after when
      // ("on Monday put off"), and the phrase is short enough to be a name or a description.
      int v = e;
      if (v < c && pos.name(tags[v]).startsWith("ADP") && v + 1 < c
          && WEEKDAYS.contains(p.word(v + 1).toLowerCase(java.util.Locale.ROOT))) {
        v += 2;
      }
      if (!head || e - dateline > 8 || v >= c || !(pos.name(tags[v]).startsWith("VERB")
          || pos.name(tags[v]).startsWith("AUX") || pos.name(tags[v]).startsWith("ADV"))) {
        continue;
      }
      for (int k = s; k < dateline; k++) {
        labels[k] = 0;
      }
      markSource(labels, dateline, e);
    }
  }

  /**
   * "X said the plan was ‘rushed’. ‘One member told me …,’ he said.": the tagger may run the
   * first reported clause on into the next sentence's quotation. A quotation opening a sentence
   * that has a cue of its own starts a new piece, which goes to that cue.
   */
  static void quotationsOpenSentences(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 1; k < labels.length; k++) {
      if (labels[k] != 6 || p.quote[k] != 2 || p.sentence[k] == p.sentence[k - 1]) {
        continue;
      }
      boolean cue = false;
      for (int e = k + 1; e < labels.length && p.sentence[e] == p.sentence[k] && !cue; e++) {
        cue = labels[e] == 3 && p.quote[e] == 0;
      }
      if (cue) {
        labels[k] = 5;
        if (TERMINAL.contains(p.word(k - 1)) && labels[k - 1] == 6 && p.quote[k - 1] == 0) {
          labels[k - 1] = 0;
        }
      }
    }
  }

  /**
   * A dateline ("KARSTEN (Northline News) —") opening a paragraph is neither what anyone said
   * nor who said it: PolNeAR's spans start after it (26 times in 26 in train).
   */
  /**
   * "He didn't suggest retaliation": the tokenizer splits "n't" from its host, and the taggers
   * sometimes open a second cue there, which leaves the auxiliary a cue of its own that nothing
   * follows. PolNeAR's cues keep the whole word ("didn't know" in all 149 train cues with such a
   * negation), so the negation goes on the span its host began.
   */
  static void attachedNegations(Tokenizer.Paragraph p, int[] labels) {
    for (int i = 1; i < p.size; i++) {
      int l = labels[i];
      if (l % 2 == 1 && p.start[i] == p.end[i - 1] && (labels[i - 1] == l
          || labels[i - 1] == l + 1) && NEGATIONS.contains(p.word(i).toLowerCase(java.util.Locale.ROOT))) {
        labels[i] = l + 1;
      }
    }
  }

  private static final java.util.Set<String> NEGATIONS = java.util.Set.of("n't", "n’t");

  static void datelines(Tokenizer.Paragraph p, int[] labels) {
    int d = datelineEnd(p, 0, Math.min(p.size - 1, 16));
    if (d == 0) {
      return;
    }
    for (int k = 0; k < d; k++) {
      labels[k] = 0;
    }
    if (labels[d] == 2 || labels[d] == 4 || labels[d] == 6) {
      labels[d]--;
    }
  }

  /**
   * "According to the operator, the slide came down at 7:52 a.m. A spokeswoman for the company,
   * Lena Osk, said …": a content run on past its sentence into the source or cue of another
   * attribution ends where its sentence does. (Inside one sentence, a content may hold another
   * attribution: "said that the mayor had told him …".)
   */
  static List<Attribution> notIntoNextSentence(Tokenizer.Paragraph p,
      List<Attribution> found) {
    if (found.size() < 2) {
      return found;
    }
    List<Attribution> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      Span last = a.content().get(a.content().size() - 1);
      int first = tokenAt(p, last.start());
      if (first < 0) {
        continue;
      }
      int cut = Integer.MAX_VALUE;
      for (Attribution b : found) {
        if (b == a) {
          continue;
        }
        int at = b.source() != null && b.source().start() < b.cue().start() ? b.source().start()
            : b.cue().start();
        int t = tokenAt(p, at);
        // (the tokenizer keeps "7:52 a.m. A spokeswoman" one sentence: "a.m." may end one)
        boolean opens = t > first && (p.sentence[t - 1] != p.sentence[t]
            || p.word(t - 1).endsWith(".") && Character.isUpperCase(p.word(t).charAt(0)));
        if (at > last.start() && at < last.end() && opens) {
          cut = Math.min(cut, p.end[t - 1]);
        }
      }
      if (cut != Integer.MAX_VALUE) {
        List<Span> content = new ArrayList<>(a.content());
        content.set(content.size() - 1, new Span(last.start(), cut));
        out.set(i, new Attribution(a.source(), a.cue(), content, a.direct()));
      }
    }
    return out;
  }

  /** Spans that repairs ran back to the paragraph's start begin after its dateline. */
  static List<Attribution> afterDateline(Tokenizer.Paragraph p, List<Attribution> found) {
    int d = p.size < 2 ? 0 : datelineEnd(p, 0, Math.min(p.size - 1, 16));
    if (d == 0) {
      return found;
    }
    int from = p.start[0];
    int to = p.start[d];
    java.util.function.UnaryOperator<Span> cut = x -> x == null || x.start() >= to
        || x.end() <= to ? x : new Span(to, x.end());
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : found) {
      if (a.source() != null && a.source().end() <= to && a.source().start() >= from) {
        a = new Attribution(null, a.cue(), a.content(), a.direct());
      }
      out.add(new Attribution(cut.apply(a.source()), a.cue(),
          a.content().stream().map(cut).toList(), a.direct()));
    }
    return out;
  }

  /** Where a sentence's words start after a dateline ("ELM HOLLOW --", "OSLO —"). */
  static int datelineEnd(Tokenizer.Paragraph p, int s, int limit) {
    // "13:40 - All ferries …": a live page's time stamp, set off by a dash, is no one's words.
    int t = s;
    if (t < limit && p.word(t).matches("\\d{1,2}[:.]\\d{2}")) {
      t++;
    } else if (t + 2 < limit && p.word(t).matches("\\d{1,2}")
        && (p.word(t + 1).equals(":") || p.word(t + 1).equals("."))
        && p.word(t + 2).matches("\\d{2}")) {
      t += 3;
    }
    for (int z = 0; z < 2 && t > s && t < limit; z++) { // "1:40 p.m. GMT -"
      String w = p.word(t).toLowerCase(java.util.Locale.ROOT);
      t += HALF_DAYS.contains(w) || TIME_ZONES.contains(w) ? 1 : 0;
    }
    if (t > s && t < limit && DASHES.contains(p.word(t))) {
      while (t < limit && DASHES.contains(p.word(t))) {
        t++;
      }
      return t;
    }
    // "Moscow. December 1. - The quota …": a place in title case is a dateline's when a date
    // follows it (a translated agency's way), not when the sentence goes on
    int place = s;
    while (place < limit && place - s < 4 && p.word(place).chars().allMatch(Character::isLetter)
        && Character.isUpperCase(p.word(place).charAt(0))) {
      place++;
    }
    if (place == s || place + 1 >= limit || !(p.word(place).equals(".") || p.word(place).equals(","))
        || !(MONTHS.contains(p.word(place + 1).toLowerCase(java.util.Locale.ROOT))
            || p.word(place + 1).matches("\\d{1,2}"))) {
      place = s;
    }
    int k = s;
    while (k < limit && k - s < 10 && !DASHES.contains(p.word(k))) {
      String w = p.word(k);
      if (k < place) {
        k++;
        continue;
      }
      if (w.equals("(") && k > s) { // "KARSTEN (Northline News) —"
        int close = k + 1;
        while (close < limit && close - k < 6 && !p.word(close).equals(")")) {
          close++;
        }
        if (close >= limit || !p.word(close).equals(")")) {
          return s;
        }
        k = close + 1;
        continue;
      }
      // "MOSCOW, October 12 -": the date after the place
      boolean date = k > s && (MONTHS.contains(w.toLowerCase(java.util.Locale.ROOT))
          || w.matches("\\d{1,2}|\\d{4}"));
      if (!date && (!w.equals(",") && !w.equals(".") && !w.equals(w.toUpperCase(java.util.Locale.ROOT))
          || !w.equals(",") && !w.equals(".") && w.chars().noneMatch(Character::isLetter))) {
        return s;
      }
      k++;
    }
    int words = 0;
    for (int i = s; i < k; i++) {
      words += Character.isLetter(p.word(i).charAt(0))
          && !MONTHS.contains(p.word(i).toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
    }
    // A dateline is a place: a few words, the dash set off from them ("OZ'S BOSS THINKS HE'S
    // FULL OF YOU-KNOW-WHAT" is a headline shouting).
    if (k == s || k >= limit || !DASHES.contains(p.word(k)) || words > 4
        || p.start[k] == p.end[k - 1]) {
      return s;
    }
    while (k < limit && DASHES.contains(p.word(k))) {
      k++;
    }
    return k;
  }

  private static final java.util.Set<String> HALF_DAYS = java.util.Set.of("a.m.", "p.m.", "am",
      "pm");

  private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec");
  private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("saying", "adding",
      "arguing", "noting", "warning", "insisting", "explaining", "claiming", "stating",
      "declaring", "contending", "suggesting", "stressing", "acknowledging", "asserting",
      "citing", "pointing");
  private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");

  /**
   * "The press service of the port of Azovsk reported …", "Data from the 2024 Harbour Survey
   * show …", "The Tax Policy Center at the Urban Institute estimates …": the tagger may take
   * only the last noun of the chain for the source; the whole noun phrase opening the sentence
   * is. Only nouns, names, adjectives, numbers and the prepositions that chain nouns may stand
   * before the source, and no day ("Monday the company said" keeps its source).
   */
  static void ofChainSources(Tokenizer.Paragraph p, int[] labels) {
    PartsOfSpeech pos = null;
    for (int src = 1; src < labels.length; src++) {
      if (labels[src] != 1 || labels[src - 1] != 0) {
        continue;
      }
      int s = sentenceStart(p, src);
      if (src - s > 12 || src == s) {
        continue;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tags = pos.tag(p);
      String before = p.word(src - 1).toLowerCase(java.util.Locale.ROOT);
      boolean chained = CHAIN_PREPOSITIONS.contains(before)
          || before.equals("the") && src - 2 > s
              && CHAIN_PREPOSITIONS.contains(p.word(src - 2).toLowerCase(java.util.Locale.ROOT))
          || pos.name(tags[src - 1]).startsWith("PROPN")
              && Character.isUpperCase(p.word(src).charAt(0));
      int end = endOfRun(labels, src);
      // Not a headline's "A lesson from Loretta Lynch:" nor "Contrary to his claim".
      boolean phrase = chained && (nominal(pos.name(tags[s])) || modifyingGerund(p, tags, pos, s))
          && Character.isUpperCase(p.word(s).charAt(0))
          && end < labels.length && labels[end] == 3 && !p.word(end).equals(":")
          && !POSSESSIVES.contains(p.word(src).toLowerCase(java.util.Locale.ROOT))
          && !Features.PRONOUNS.contains(p.word(src).toLowerCase(java.util.Locale.ROOT));
      for (int k = s; k < src && phrase; k++) {
        String t = pos.name(tags[k]);
        String w = p.word(k).toLowerCase(java.util.Locale.ROOT);
        phrase = labels[k] == 0 && p.quote[k] == 0 && !WEEKDAYS.contains(w)
            && !MONTHS.contains(w)
            && (nominal(t) || t.startsWith("NUM") || CHAIN_PREPOSITIONS.contains(w)
                || k == s && modifyingGerund(p, tags, pos, k)
                || w.equals("'s") || w.equals("’s")
                // "Economists polled by Baltic Wire"
                || POLLED.contains(w) && k + 1 < src && p.word(k + 1).equals("by"));
      }
      if (!phrase) {
        continue;
      }
      markSource(labels, s, src + 1);
    }
  }

  static final java.util.Set<String> POLLED = java.util.Set.of("polled", "surveyed",
      "interviewed", "questioned", "consulted", "contacted", "asked");

  private static final java.util.Set<String> CHAIN_PREPOSITIONS = java.util.Set.of("of", "at",
      "from", "for", "on", "to", "in", "by");

  /**
   * "The Sund Courier, citing unnamed sources, reported …": a noun phrase opening the sentence,
   * then a comma and a participle the tagger read as a cue, is the source of both cues.
   */
  static void sourcesBeforeAsides(Tokenizer.Paragraph p, int[] labels) {
    PartsOfSpeech pos = null;
    for (int c = 2; c + 1 < labels.length; c++) {
      if (labels[c] != 3 || !p.word(c - 1).equals(",")
          || !p.word(c).toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
        continue;
      }
      int s = sentenceStart(p, c);
      if (c - 1 - s < 1 || c - 1 - s > 6) {
        continue;
      }
      boolean sourced = false;
      for (int k = c + 1; k < labels.length && p.sentence[k] == p.sentence[c]; k++) {
        sourced |= labels[k] == 1;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tags = pos.tag(p);
      boolean phrase = !sourced && Character.isUpperCase(p.word(s).charAt(0));
      boolean head = false;
      for (int k = s; k < c - 1 && phrase; k++) {
        String t = pos.name(tags[k]);
        phrase = labels[k] == 0 && p.quote[k] == 0 && (nominal(t) || t.startsWith("NUM"));
        head |= t.startsWith("PROPN") || t.startsWith("NOUN");
      }
      if (!phrase || !head) {
        continue;
      }
      markSource(labels, s, c - 1);
    }
  }

  /**
   * "‘We can’t wait,’ said the harbour master, Jan Olsen.": after a quotation and its inverted
   * cue, the rest of the sentence (no verb in it) is who said it, a name set off by a comma
   * included; the tagger may read it as more content, or stop at the comma.
   */
  static void sourcesAfterInvertedCues(Tokenizer.Paragraph p, int[] labels) {
    PartsOfSpeech pos = null;
    for (int c0 = 2; c0 + 1 < labels.length; c0++) {
      // "», has told Delphine Okafor": a translation's auxiliary before the verb of saying
      int c = c0;
      if (labels[c0] == 3 && labels[c0 + 1] == 4 && c0 + 2 < labels.length
          && HAVE.contains(p.word(c0).toLowerCase(java.util.Locale.ROOT))) {
        c = c0 + 1;
      }
      if (c != c0 && labels[c0] == 3) {
        labels[c] = 4; // (the cue stays one piece from the auxiliary)
      }
      String verb = p.word(c).toLowerCase(java.util.Locale.ROOT);
      boolean saying = SPEECH_VERBS.contains(verb) || MANNER_OF_SAYING.contains(verb)
          || TRANSLATED_CUES.contains(verb);
      // («…», declared: the comma after the closing mark)
      int q = p.quote[c0 - 1] == 3 ? c0 - 1 : p.word(c0 - 1).equals(",") && p.quote[c0 - 2] == 3
          ? c0 - 2 : -1;
      if (labels[c0] == 3 && labels[c + 1] == 4 && saying && q > 0 && labels[q] >= 5) {
        // "», declared the coach in his message of farewell": the tagger ran the cue over
        // the source after it; a determiner or a name after the verb starts the source.
        pos = pos == null ? PartsOfSpeech.english() : pos;
        String t = pos.name(pos.tag(p)[c + 1]);
        if (t.startsWith("DET") || t.startsWith("PROPN")) {
          for (int k = c + 1; k < labels.length && labels[k] == 4; k++) {
            labels[k] = 0;
          }
        }
      }
      if (labels[c0] != 3 || (c + 1 < labels.length && labels[c + 1] == 4)
          || !saying || q < 0 || labels[q] < 5) {
        continue;
      }
      int end = sentenceEnd(p, c);
      int last = end;
      while (last > c + 1 && TERMINAL.contains(p.word(last - 1))) {
        last--;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      // "fumed chairman Sir Declan Moor in a statement": the circumstance after the source is
      // no part of it
      for (int k = c + 2; k < last; k++) {
        if (pos.name(pos.tag(p)[k]).startsWith("ADP") && !p.word(k).equalsIgnoreCase("of")) {
          last = k;
          break;
        }
      }
      if (last - (c + 1) < 1 || last - (c + 1) > 10) {
        continue;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tags = pos.tag(p);
      boolean phrase = Character.isLetter(p.word(c + 1).charAt(0));
      boolean changed = false;
      for (int k = c + 1; k < last && phrase; k++) {
        String t = pos.name(tags[k]);
        phrase = p.quote[k] == 0 && labels[k] != 3 && labels[k] != 4
            && !t.startsWith("VERB") && !t.startsWith("AUX")
            && (!t.startsWith("ADP") || p.word(k).equalsIgnoreCase("of")) // "nurse of Ostreva"
            && !t.startsWith("SCONJ") && !t.startsWith("PRON") || p.word(k).equals(",");
        changed |= labels[k] != (k == c + 1 ? 1 : 2);
      }
      if (!phrase || !changed || p.word(last - 1).equals(",")) {
        continue;
      }
      markSource(labels, c + 1, last);
    }
  }

  private static final java.util.Set<String> OPENERS = java.util.Set.of("her", "his", "their",
      "its", "our", "my", "the", "a", "an");

  /**
   * "The sirens sounded at 2:15 p.m., he said, “as soon as …”": a clause opening the sentence,
   * then its speaker and cue, is what was said, though the tagger, seeing the quotation after
   * the cue, may leave the clause out.
   */
  static void clausesBeforeSplitQuotes(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 3; c + 2 < n; c++) {
      if (labels[c] != 3 || labels[c - 1] != 1 || !p.word(c + 1).equals(",")
          || p.quote[c + 2] != 2 || labels[c + 2] < 5) {
        continue;
      }
      int comma = c - 2;
      if (!p.word(comma).equals(",")) {
        continue;
      }
      int s = sentenceStart(p, c);
      boolean free = comma - s >= 3;
      for (int k = s; k < comma && free; k++) {
        free = labels[k] == 0 && p.quote[k] == 0;
      }
      if (!free) {
        continue;
      }
      // A clause, not a topic ("As for the budget, he said, …") or an adverbial opener.
      PartsOfSpeech pos = PartsOfSpeech.english();
      byte[] tags = pos.tag(p);
      String first = pos.name(tags[s]);
      boolean verb = false;
      for (int k = s + 1; k < comma; k++) {
        verb |= pos.name(tags[k]).startsWith("VERB") || pos.name(tags[k]).startsWith("AUX");
      }
      if (!verb || first.startsWith("ADP") || first.startsWith("SCONJ") || first.startsWith("ADV")
          || first.startsWith("VERB")) {
        continue;
      }
      for (int k = s; k < comma; k++) {
        labels[k] = k == s ? 5 : 6;
      }
    }
  }

  /**
   * "Quillmark, Inc. today announced" and "Quillmark, the payroll platform used by some 900
   * companies, has confirmed": the tagger starts the source after the name's comma, at the
   * legal form or inside the description. The name opening the sentence and what its commas
   * set off are the source.
   */
  static void namesBeforeSources(Tokenizer.Paragraph p, int[] labels) {
    for (int i = 2; i < labels.length; i++) {
      if (labels[i] != 1 || labels[i - 1] != 0) {
        continue;
      }
      int q = i + 1;
      while (q < labels.length && labels[q] == 2) {
        q++;
      }
      if (q >= labels.length || labels[q] != 3) {
        continue;
      }
      if (p.word(i - 1).equals(",") && Names.isLegalForm(p.word(i))) {
        int j = i - 2;
        while (j > 0 && labels[j - 1] == 0 && p.sentence[j - 1] == p.sentence[i]
            && Character.isUpperCase(p.word(j - 1).charAt(0)) && i - j < 5) {
          j--;
        }
        if (labels[i - 2] == 0 && Character.isUpperCase(p.word(i - 2).charAt(0))) {
          for (int k = j; k <= i; k++) {
            labels[k] = k == j ? 1 : 2;
          }
        }
        continue;
      }
      // the description's opening comma, and the name before it opening the sentence
      int s = sentenceStart(p, i);
      int c = s + 1;
      while (c < i && !p.word(c).equals(",")) {
        c++;
      }
      if (c >= i - 1 || c - s > 4 || !p.word(q - 1).equals(",")
          || !Character.isUpperCase(p.word(s).charAt(0))
          || !(p.word(c + 1).equals("the") || p.word(c + 1).equals("a")
              || p.word(c + 1).equals("an"))) {
        continue;
      }
      boolean free = true;
      for (int k = s; k < i; k++) {
        free &= labels[k] == 0 && p.quote[k] == 0 && (k == c || !p.word(k).equals(","));
      }
      for (int k = s; k < c && free; k++) {
        free = Character.isUpperCase(p.word(k).charAt(0)) || p.word(k).equals("&");
      }
      if (free) {
        for (int k = s; k <= i; k++) {
          labels[k] = k == s ? 1 : 2;
        }
      }
    }
  }

  /**
   * "Michael Mulgrew, president of the United Federation of Teachers, which represents New York
   * City educators, said": a clause on "which" describes the body in the source, not who
   * speaks; the source ends before it (PolNeAR's reading), while a clause on "who" describing
   * the speaker stays.
   */
  static void whichClausesInSources(Tokenizer.Paragraph p, int[] labels) {
    for (int i = 0; i + 2 < labels.length; i++) {
      if (labels[i] != 1) {
        continue;
      }
      int e = i + 1;
      while (e < labels.length && labels[e] == 2) {
        e++;
      }
      boolean cue = e < labels.length && (labels[e] == 3 || labels[e] == 0
          && p.word(e).equals(",") && e + 1 < labels.length && labels[e + 1] == 3);
      if (!cue) {
        continue;
      }
      // The clause closes with its own comma before the cue; without one, "which" is the cue's
      // subject ("the Harbour Commission, which last month urged …").
      boolean closed = p.word(e - 1).equals(",") || p.word(e).equals(",");
      for (int k = i + 2; k + 1 < e && closed; k++) {
        if (p.word(k).equals(",") && p.word(k + 1).equals("which")) {
          for (int j = k + 1; j < e; j++) { // PolNeAR keeps the comma closing the apposition
            labels[j] = 0;
          }
          break;
        }
      }
    }
  }

  /**
   * "“…,” said Ronald Fieldstone, a Miami lawyer who has been involved in using the funds for
   * development projects.": after an inverted cue, a relative clause on "who" describing the
   * speaker runs to the end of the sentence, and all of it is the source (the tagger stops it
   * early, or reads its verb as another cue).
   */
  static void relativeClausesAfterInvertedCues(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 1; c + 1 < n; c++) {
      if (labels[c] != 3 || labels[c + 1] != 1) {
        continue;
      }
      int q = c - 1;
      if (p.word(q).equals(",")) {
        q--;
      }
      if (q < 0 || p.quote[q] != 3 && labels[q] < 5) {
        continue; // not after quoted words or a reported clause
      }
      int e = c + 2;
      while (e < n && labels[e] == 2) {
        e++;
      }
      boolean who = false;
      for (int k = c + 2; k < e; k++) {
        who |= p.word(k).equals("who") || p.word(k).equals("whom");
      }
      int end = e;
      while (end < n && p.sentence[end] == p.sentence[c] && !TERMINAL.contains(p.word(end))
          && p.quote[end] == 0) {
        end++;
      }
      if (!who || end == e || end >= n || !TERMINAL.contains(p.word(end)) || end - e > 15) {
        continue;
      }
      for (int k = e; k < end; k++) {
        labels[k] = 2;
      }
    }
  }

  private static final java.util.Set<String> CUE_GAP = java.util.Set.of("had", "has", "have",
      "also", "previously", "recently", "later", "earlier", "already", "repeatedly", "once",
      "then", "now", "again");

  /**
   * "Eastport Terminals said wind speeds had reached 90 km/h shortly before the accident and
   * that …": the tagger began the content late, after a measure it had never seen, leaving a
   * clause between the verb of saying and its content unlabelled. A clause there (a noun phrase
   * and a verb, no comma) is the content's beginning; circumstance ("said on Tuesday that") is
   * not a clause and stays out.
   */
  static void clausesBeforeContent(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    PartsOfSpeech pos = null;
    byte[] tags = null;
    for (int c = 0; c + 3 < n; c++) {
      String said = p.word(c).toLowerCase(java.util.Locale.ROOT);
      // Not "told an invited crowd … that": after "told", whom it was said to.
      if ((labels[c] != 3 && labels[c] != 4) || labels[c + 1] != 0
          || !SPEECH_VERBS.contains(said) || said.equals("told") || said.equals("tells")) {
        continue;
      }
      int g = c + 1;
      while (g < n && labels[g] == 0 && p.sentence[g] == p.sentence[c] && g - c <= 16
          && !p.word(g).equals(",") && p.quote[g] == 0 && !TERMINAL.contains(p.word(g))) {
        g++;
      }
      if (g >= n || labels[g] != 5 || p.sentence[g] != p.sentence[c] || g - c < 3) {
        continue;
      }
      if (tags == null) {
        pos = PartsOfSpeech.english();
        tags = pos.tag(p);
      }
      String first = pos.name(tags[c + 1]);
      boolean verb = false;
      for (int k = c + 2; k < g; k++) {
        String t = pos.name(tags[k]);
        verb |= t.startsWith("VERB") || t.startsWith("AUX");
      }
      // ("wind" may be read as a verb; a preposition, adverb or conjunction opens circumstance)
      if (!verb || first.startsWith("ADP") || first.startsWith("ADV")
          || first.startsWith("SCONJ") || first.startsWith("CCONJ") || first.startsWith("PART")
          || first.startsWith("PUNCT") || first.startsWith("AUX")) {
        continue;
      }
      labels[c + 1] = 5;
      for (int k = c + 2; k <= g; k++) {
        labels[k] = 6;
      }
    }
  }

  /**
   * "« … », declared M. Orlek": a verb of saying (or of how words came out) right after a
   * quotation's closing mark and comma is the cue, though the tagger, misled by the
   * translation's order, began the source with it.
   */
  static void speechVerbsReadAsSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int i = 2; i + 1 < n; i++) {
      // (English puts the comma inside the marks: "'…,' fumed chairman Sir Declan Moor")
      boolean afterQuotation = p.word(i - 1).equals(",") && p.quote[i - 2] == 3
          || p.quote[i - 1] == 3 && p.word(i - 2).equals(",");
      if (labels[i] != 1 || labels[i + 1] != 2 || !afterQuotation
          || !(SPEECH_VERBS.contains(p.word(i).toLowerCase(java.util.Locale.ROOT))
              || MANNER_OF_SAYING.contains(p.word(i).toLowerCase(java.util.Locale.ROOT)))) {
        continue;
      }
      labels[i] = 3;
      labels[i + 1] = 1;
    }
  }

  /**
   * "It expressed hope that talks with the ministry could resume": a reported clause cut to its
   * "that" by a word the tagger read as a cue ("talks") runs on to the sentence's end when
   * nothing there is anyone's source.
   */
  static void bareComplementizers(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int i = 1; i + 1 < n; i++) {
      if (labels[i] != 5 || labels[i + 1] == 6 || !p.word(i).equalsIgnoreCase("that")
          || labels[i - 1] != 3 && labels[i - 1] != 4) {
        continue;
      }
      int end = sentenceEnd(p, i);
      boolean free = end > i + 2;
      for (int k = i + 1; k < end && free; k++) {
        free = labels[k] != 1 && labels[k] != 2 && labels[k] != 5 && p.quote[k] == 0;
      }
      if (!free) {
        continue;
      }
      int last = TERMINAL.contains(p.word(end - 1)) ? end - 1 : end;
      for (int k = i + 1; k < last; k++) {
        labels[k] = 6;
      }
    }
  }

  /**
   * "Keeper Lara Meier, who has looked after the leopards for six years, described …": the
   * relative clause between a source the tagger closed at the name and its cue describes the
   * source and belongs to it, with its closing comma, as PolNeAR has it.
   */
  static void relativeClausesBeforeCues(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int e = 1; e + 2 < n; e++) {
      if (labels[e] != 0 || labels[e - 1] != 1 && labels[e - 1] != 2 || !p.word(e).equals(",")
          || !p.word(e + 1).equalsIgnoreCase("who")) {
        continue;
      }
      int f = e + 2;
      while (f < n && labels[f] == 0 && !p.word(f).equals(",") && p.quote[f] == 0
          && p.sentence[f] == p.sentence[e] && f - e < 25) {
        f++;
      }
      if (f + 1 >= n || !p.word(f).equals(",") || labels[f] != 0 || labels[f + 1] != 3) {
        continue;
      }
      for (int k = e; k <= f; k++) {
        labels[k] = 2;
      }
    }
  }

  /**
   * "The Estonian Railway Workers' Union, which had cut its demand from 12 to 9 percent, said":
   * where the parse makes the cue's subject a phrase that the tagger's source lies inside of,
   * the source is the whole subject, not the object of its relative clause.
   */
  private static final java.util.Set<String> RELATIVE_OPENERS = java.util.Set.of("which", "who",
      "whose");

  static void subjectSubtrees(Tokenizer.Paragraph p, int[] labels) {
    Syntax.Parse parse = p.parse;
    if (parse == null) {
      return;
    }
    int n = labels.length;
    int[][] extent = Syntax.extents(parse.head(), n);
    for (int c = 1; c < n; c++) {
      if (labels[c] != 3) {
        continue;
      }
      int subject = -1;
      for (int k = 0; k < c; k++) {
        if (parse.head()[k] == c && parse.label()[k].equals("nsubj")) {
          subject = k;
        }
      }
      if (subject < 0) {
        continue;
      }
      int left = extent[0][subject];
      int right = extent[1][subject];
      // (the last source before the cue: the tagger may have found the subject's head too,
      // "The Harbour Pilots' Association", and a second source in its relative clause)
      int start = -1;
      for (int k = c - 1; k >= left; k--) {
        if (labels[k] == 1) {
          start = k;
          break;
        }
      }
      if (start <= left || start > right) {
        continue;
      }
      int end = start + 1;
      while (end < c && labels[end] == 2) {
        end++;
      }
      // "which appointed a mediator | last week": the tagger may stop short of the clause's end
      boolean shortOfEnd = end <= right;
      for (int k = end; k <= right && shortOfEnd; k++) {
        shortOfEnd = labels[k] == 0 && p.quote[k] == 0;
      }
      if (shortOfEnd) {
        end = right + 1;
      }
      boolean free = end >= right && end - 1 <= right + 1;
      // only a source the tagger found inside the subject's relative clause, or that is the
      // clause ("The regional council, which appointed a mediator, said": the pronoun is not
      // the cue's subject, the council is)
      boolean relative = false;
      for (int k = left; k < start && free; k++) {
        boolean head = !relative && (labels[k] == 1 || labels[k] == 2);
        free = (labels[k] == 0 || head) && p.quote[k] == 0;
        relative |= p.word(k).equals(",") && k + 1 <= start
            && RELATIVE_OPENERS.contains(p.word(k + 1).toLowerCase(java.util.Locale.ROOT));
      }
      free &= relative;
      if (!free) {
        continue;
      }
      labels[left] = 1;
      for (int k = left + 1; k < end; k++) {
        labels[k] = 2;
      }
    }
  }

  /**
   * "The transport authority added extra buses … and reported that …": a cue the parse joins by
   * "and" to an earlier verb, with no source of its own in the sentence, speaks with that verb's
   * subject. So does a participle hanging from it ("The fire chief spoke to reporters on
   * Wednesday, saying …").
   */
  static void conjoinedSubjects(Tokenizer.Paragraph p, int[] labels) {
    Syntax.Parse parse = p.parse;
    if (parse == null) {
      return;
    }
    int n = labels.length;
    int[][] extent = null;
    for (int c = 1; c < n; c++) {
      int h = parse.head()[c];
      String word = p.word(c).toLowerCase(java.util.Locale.ROOT);
      String relation = parse.label()[c];
      boolean joined = relation.equals("conj") && SPEECH_VERBS.contains(word);
      boolean participle = SPEECH_PARTICIPLES.contains(word)
          && (relation.equals("advcl") || relation.equals("xcomp") || relation.equals("dep"));
      if (labels[c] == 3 && SPEECH_PARTICIPLES.contains(word)) {
        receivedCarrier(p, labels, c);
      }
      if (labels[c] != 3 || !(joined || participle) || h < 0 || h >= c) {
        continue;
      }
      // "picked up a distress call at 11 a.m. saying …": the call says it, however the parse
      // attached the participle.
      boolean carrier = false;
      for (int k = h + 1; k < c && participle && !carrier; k++) {
        carrier = CARRIERS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT));
      }
      if (carrier) {
        continue;
      }
      boolean sourced = false;
      for (int k = 0; k < n && !sourced; k++) {
        sourced = p.sentence[k] == p.sentence[c] && (labels[k] == 1 || labels[k] == 2);
      }
      int subject = -1;
      for (int k = 0; k < h; k++) {
        if (parse.head()[k] == h && parse.label()[k].equals("nsubj")) {
          subject = k;
        }
      }
      if (sourced || subject < 0) {
        continue;
      }
      if (extent == null) {
        extent = Syntax.extents(parse.head(), n);
      }
      int left = extent[0][subject];
      int right = extent[1][subject];
      boolean free = right < h;
      for (int k = left; k <= right && free; k++) {
        free = labels[k] == 0 && p.quote[k] == 0;
      }
      if (!free) {
        continue;
      }
      labels[left] = 1;
      for (int k = left + 1; k <= right; k++) {
        labels[k] = 2;
      }
    }
  }

  /**
   * "After the Varna picked up a distress call from a trawler saying it was taking on water":
   * who received the call the participle hangs from did not say its words, so the tagger's
   * source there goes. ("The ministry issued a statement saying …" keeps its source.)
   */
  private static void receivedCarrier(Tokenizer.Paragraph p, int[] labels, int cue) {
    int carrier = -1;
    for (int k = cue - 1; k >= Math.max(0, cue - 10) && p.sentence[k] == p.sentence[cue]; k--) {
      if (CARRIERS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        carrier = k;
        break;
      }
    }
    int received = -1;
    for (int k = carrier - 1; k >= Math.max(0, carrier - 5) && carrier > 0; k--) {
      if (RECEIVED.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        received = k;
        break;
      }
    }
    if (received < 0) {
      return;
    }
    for (int k = received - 1; k >= 0 && p.sentence[k] == p.sentence[cue]; k--) {
      if (labels[k] == 1 || labels[k] == 2) {
        labels[k] = 0;
      }
    }
  }

  private static final java.util.Set<String> RECEIVED = java.util.Set.of("picked", "received",
      "receives", "receiving", "got", "intercepted", "answered", "took");

  /**
   * "According to Varga, talks are under way with Croatia …": the content of an opening
   * "According to X," is the rest of its sentence, though the tagger stopped after a word.
   */
  static void accordingToClauses(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int i = 0; i + 4 < n; i++) {
      if (labels[i] != 3 || !p.word(i).equalsIgnoreCase("according") || i != sentenceStart(p, i)) {
        continue;
      }
      int comma = i + 1;
      while (comma < n && !p.word(comma).equals(",") && p.sentence[comma] == p.sentence[i]) {
        comma++;
      }
      int c = comma + 1;
      if (c >= n || labels[c] != 5 || p.sentence[c] != p.sentence[i]) {
        continue;
      }
      int end = sentenceEnd(p, c);
      int k = c + 1;
      while (k < end && labels[k] == 6) {
        k++;
      }
      boolean free = k < end;
      for (int j = k; j < end && free; j++) {
        free = labels[j] == 0;
      }
      if (!free) {
        continue;
      }
      int last = TERMINAL.contains(p.word(end - 1)) ? end - 1 : end;
      for (int j = k; j < last; j++) {
        labels[j] = 6;
      }
    }
  }

  /**
   * "Maria do Céu Ramos, who runs a café, said": a given name the tagger read as content right
   * before the source it begins (a lower-case particle began the source) is the source's.
   */
  private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("do", "da", "dos",
      "das", "de", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "al");

  static void givenNamesBeforeSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int i = 0; i + 1 < n; i++) {
      if (labels[i] != 5 || i != sentenceStart(p, i)) {
        continue;
      }
      int e = i + 1;
      while (e < n && labels[e] == 6) {
        e++;
      }
      if (e >= n || labels[e] != 1 || e - i > 3
          || !NAME_PARTICLES.contains(p.word(e).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      boolean names = true;
      for (int k = i; k < e && names; k++) {
        String w = p.word(k);
        names = Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
            && p.quote[k] == 0;
      }
      if (!names) {
        continue;
      }
      labels[i] = 1;
      for (int k = i + 1; k <= e; k++) {
        labels[k] = 2;
      }
    }
  }

  static void appositiveSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    // "Its president, Stefan Herz, accused …": a subject set off by two commas, opening the
    // sentence right before a cue that has no source, all of it left unlabelled.
    for (int c = 4; c < n; c++) {
      if (labels[c] != 3) {
        continue;
      }
      // "Another host, Abby Martin, had previously denounced": an auxiliary or adverb may stand
      // between the subject's closing comma and the cue.
      int q = c;
      while (q > c - 2 && q > 1 && labels[q - 1] == 0
          && CUE_GAP.contains(p.word(q - 1).toLowerCase(java.util.Locale.ROOT))) {
        q--;
      }
      if (!p.word(q - 1).equals(",")) {
        continue;
      }
      int s = sentenceStart(p, q);
      // "But Tomas Reindl, …, said": the conjunction joins the sentence, it names no one.
      if (s + 1 < q && CONJUNCTIONS.contains(p.word(s))) {
        s++;
      }
      if (q - s > 16 || q - s < 4 || p.quote[s] != 0) {
        continue;
      }
      int commas = 0;
      boolean free = true;
      boolean name = false;
      boolean sourceElsewhere = false;
      for (int k = s; k < q; k++) {
        commas += p.word(k).equals(",") ? 1 : 0;
        // "a geologist who has studied the slope for a decade": a relative clause describing
        // the subject, which the tagger may read as reported words, is no one's content.
        boolean relative = commas == 1 && (labels[k] == 5 && RELATIVES.contains(p.word(k))
            || labels[k] == 6 && RELATIVES.contains(p.word(firstOfRun(labels, k))));
        free &= (labels[k] == 0 || relative) && p.quote[k] == 0;
        name |= k > s && Character.isUpperCase(p.text.charAt(p.start[k]))
            && Character.isLetter(p.text.charAt(p.start[k]));
      }
      // (A source after the cue's content is another cue's: "…, which RT pointed to".)
      boolean content = false;
      for (int k = q + 1; k < n && p.sentence[k] == p.sentence[q]
          && !(content && labels[k] < 5); k++) {
        sourceElsewhere |= labels[k] == 1;
        content |= labels[k] >= 5;
      }
      // "Fjordlink, which runs the line, described …": what a relative clause describes is
      // the subject, though a name opening the sentence looks like any capitalized word.
      for (int k = s + 1; k + 1 < q; k++) {
        if (p.word(k).equals(",")) {
          name |= RELATIVES.contains(p.word(k + 1)); // "The 58-year-old mayor, who …, called"
          break;
        }
      }
      if (!free || commas != 2 || !name || sourceElsewhere || p.word(s + 1).equals(",")
          && !Character.isUpperCase(p.text.charAt(p.start[s]))) {
        continue;
      }
      // The subject is a noun phrase ("Its president", "Keeper Lara Meier"), not an opening
      // adverbial or clause ("On Monday night", "Trump has targeted her since Clinton"), and
      // what the commas set off describes it ("who has …", "the …"), not the time or place of
      // the act ("at Monday's debate", "for instance").
      PartsOfSpeech pos = PartsOfSpeech.english();
      byte[] tags = pos.tag(p);
      int firstComma = s;
      while (!p.word(firstComma).equals(",")) {
        firstComma++;
      }
      boolean nounPhrase = firstComma - s <= 5;
      for (int k = s; k < firstComma && nounPhrase; k++) {
        String t = pos.name(tags[k]);
        // ("The minister of Economy, Pau Serra, affirmed": "of" joins a title to its portfolio)
        nounPhrase = !t.startsWith("VERB") && !t.startsWith("AUX")
            && !(t.startsWith("ADP") && !(k > s && p.word(k).equals("of")))
            && !t.startsWith("SCONJ") && !t.startsWith("ADV");
      }
      String opener = pos.name(tags[firstComma + 1]);
      if (!nounPhrase || opener.startsWith("ADP") || opener.startsWith("ADV")
          || opener.startsWith("SCONJ")) {
        continue;
      }
      for (int k = s; k < q; k++) {
        labels[k] = k == s ? 1 : 2;
      }
    }
    // "“…,” Malkia Cyril, the executive director of …, told the Post.": a name right after the
    // quotation that the tagger read as a cue starts the source its apposition continues.
    for (int c = 2; c + 2 < n; c++) {
      if (!p.word(c).equals(",") || labels[c + 1] != 1) {
        continue;
      }
      int s = c;
      while (s > 0 && c - s < 3 && (labels[s - 1] == 3 || labels[s - 1] == 4)
          && Character.isUpperCase(p.text.charAt(p.start[s - 1]))
          && p.word(s - 1).chars().allMatch(Character::isLetter)) {
        s--;
      }
      if (s == c || s == 0 || p.quote[s - 1] != 3) {
        continue;
      }
      int cue = c + 2;
      while (cue < n && labels[cue] == 2) {
        cue++;
      }
      if (cue >= n || labels[cue] != 3 || !SPEECH_VERBS.contains(p.word(cue))) {
        continue;
      }
      labels[s] = 1;
      for (int k = s + 1; k < cue; k++) {
        labels[k] = 2;
      }
    }
    for (int c = 1; c + 2 < n; c++) {
      if (!p.word(c).equals(",") || labels[c + 1] != 1) {
        continue;
      }
      int s = sentenceStart(p, c);
      if (c - s < 1 || c - s > 3 || labels[s] != 5) {
        continue;
      }
      boolean name = true;
      // "Her neighbour, Per Moen, said": a possessive or article opens a description.
      boolean described = OPENERS.contains(p.word(s).toLowerCase(java.util.Locale.ROOT));
      for (int k = s; k < c && name; k++) {
        String w = p.word(k);
        name = (k == s ? labels[k] == 5 : labels[k] == 6) && p.quote[k] == 0
            && (Character.isUpperCase(w.charAt(0)) || described) && w.chars().allMatch(Character::isLetter);
      }
      int cue = c + 2;
      while (cue < n && labels[cue] == 2) {
        cue++;
      }
      if (!name || cue + 1 >= n || labels[cue] != 3 || labels[cue + 1] < 5
          || p.sentence[cue] != p.sentence[s]) {
        continue;
      }
      labels[s] = 1;
      for (int k = s + 1; k < cue; k++) {
        labels[k] = 2;
      }
    }
    // "The Green Alliance, the main opposition party, said": the tagger may take the
    // description for the whole source and leave the name it describes outside.
    for (int c = 2; c + 3 < n; c++) {
      if (!p.word(c).equals(",") || labels[c + 1] != 1 || labels[c - 1] != 0
          || !OPENERS.contains(p.word(c + 1).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int cue = c + 2;
      while (cue < n && labels[cue] == 2) {
        cue++;
      }
      if (cue >= n || labels[cue] != 3 || !p.word(cue - 1).equals(",")) {
        continue;
      }
      int s = sentenceStart(p, c);
      if (s + 1 < c && CONJUNCTIONS.contains(p.word(s))) {
        s++;
      }
      boolean name = c - s >= 1 && c - s <= 5;
      boolean capital = false;
      for (int k = s; k < c && name; k++) {
        String w = p.word(k);
        // ("Transport councillor Elena Soto, a critic of the project, said": titles too)
        name = labels[k] == 0 && p.quote[k] == 0 && w.chars().allMatch(Character::isLetter)
            && (Character.isUpperCase(w.charAt(0)) || k == s && w.equalsIgnoreCase("the")
                || Names.TITLES.contains(w));
        capital |= k > s && Character.isUpperCase(w.charAt(0)) || c - s == 1;
      }
      if (!name || !capital) {
        continue;
      }
      labels[s] = 1;
      for (int k = s + 1; k < cue; k++) {
        labels[k] = 2;
      }
    }
  }

  private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("But", "And",
      "Yet", "So");
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which",
      "whose", "whom");

  /** The token after the run that the B- label at {@code start} opens (its I- labels after it). */
  private static int endOfRun(int[] labels, int start) {
    int inside = labels[start] + 1;
    int k = start + 1;
    while (k < labels.length && labels[k] == inside) {
      k++;
    }
    return k;
  }

  /** The first token of the content run {@code k} lies in. */
  private static int firstOfRun(int[] labels, int k) {
    while (k > 0 && labels[k] == 6) {
      k--;
    }
    return k;
  }

  /**
   * Where a source piece [from, to) really ends. "Trump, speaking to a veterans group in
   * Virginia, warned …": a participial phrase set off after the speaker says what the speaker
   * was doing ("Proponents, including the mayors," stays). "Wells Fargo just this month
   * announced", "The Times on Saturday wrote": the time of the act is not who acted ("a poll
   * released last week" keeps the time that identifies it). A comma closes an apposition
   * ("Paul Ryan, R-Wis.,") but after a bare name only leads on ("Donald Tusk, summing up").
   * Applied once the pieces are grouped, so the words cut still tie the source to its cue.
   */
  static int sourceEnd(Tokenizer.Paragraph p, int from, int to) {
    // "said M. Lindqvist to journalists": whom it was said to is no part of who said it.
    for (int k = from + 1; k + 1 < to; k++) {
      if (p.word(k).equals("to") && PRESS.contains(
          p.word(k + 1).toLowerCase(java.util.Locale.ROOT))) {
        to = k;
        break;
      }
    }
    for (int k = from + 1; k + 1 < to; k++) {
      String w = p.word(k + 1).toLowerCase(java.util.Locale.ROOT);
      if (p.word(k).equals(",") && w.endsWith("ing") && w.length() > 5
          && !w.equals("including") && !w.equals("according") && !w.equals("excluding")
          && !w.equals("representing")) {
        return k;
      }
    }
    boolean described = false;
    for (int k = from; k < to; k++) {
      String w = p.word(k);
      described |= w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0));
    }
    int cut = to;
    while (!described && cut - from >= 3) {
      String last = p.word(cut - 1).toLowerCase(java.util.Locale.ROOT);
      String before = p.word(cut - 2).toLowerCase(java.util.Locale.ROOT);
      int len = 0;
      if ((TIME_UNITS.contains(last) && (before.equals("this") || before.equals("last")
          || before.equals("next") || before.equals("earlier")))
          || (DAYS.contains(last) && before.equals("on"))) {
        len = 2;
      } else if ((last.equals("today") || last.equals("yesterday") || last.equals("tonight"))
          && Character.isLowerCase(p.word(cut - 1).charAt(0))
          && (Character.isLowerCase(p.word(cut - 2).charAt(0))
              || p.word(cut - 2).endsWith("."))) { // not "USA Today"; "Helvar Foods N.V. today"
        len = 1;
      }
      if (len == 0) {
        break;
      }
      cut -= len;
      String w = p.word(cut - 1).toLowerCase(java.util.Locale.ROOT);
      if (cut - from >= 2 && (w.equals("just") || w.equals("earlier") || w.equals("only"))) {
        cut--;
      }
    }
    if (cut == to && cut - from >= 2 && p.word(cut - 1).equals(",")) {
      boolean inner = false;
      for (int k = from; k < cut - 1; k++) {
        inner |= p.word(k).equals(",");
      }
      if (!inner) {
        cut--;
      }
    }
    return cut;
  }

  private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("week", "month",
      "year", "weekend", "morning", "afternoon", "evening", "spring", "summer", "fall",
      "autumn", "winter");
  private static final java.util.Set<String> DAYS = java.util.Set.of("monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday");

  /**
   * "France and Germany unveiled …", "The United States, Britain and France support …": the
   * tagger may start the source at the last conjuncts. When only nouns, names, adjectives and
   * commas (up to eight words) and then "and" or "or" stand between the sentence's start and
   * such a source, the whole subject is the source.
   */
  static void coordinatedSubjects(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    PartsOfSpeech pos = null;
    for (int src = 2; src < n; src++) {
      if (labels[src] != 1) {
        continue;
      }
      String joint = p.word(src - 1).toLowerCase(java.util.Locale.ROOT);
      int sentence = sentenceStart(p, src);
      int end = endOfRun(labels, src);
      // "The United States, Britain and France support": a comma joins the earlier conjuncts
      // to a source that holds the last "and" itself.
      boolean listed = joint.equals(",") && src >= 3 && conjunction(p, src + 1, end);
      if (!(joint.equals("and") || joint.equals("or") || listed) || src - sentence < 2
          || labels[src - 1] != 0) {
        continue;
      }
      // The conjuncts open the sentence, or follow an opening phrase and its comma ("At the
      // debate, Trump and Clinton said"): the first conjunct starts after that comma.
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tagged = pos.tag(p);
      if (listed && src - 1 - sentence <= 4 && (labels[sentence] == 5)) {
        // "The family, protesters and civic leaders have been demanding": the tagger may read
        // the first conjunct as a content of its own, though it holds no verb.
        boolean noun = true;
        for (int k = sentence; k < src - 1; k++) {
          String t = pos.name(tagged[k]);
          noun &= (labels[k] == 5 || labels[k] == 6) && (nominal(t) || t.startsWith("DET")
              || t.startsWith("ADJ"));
        }
        if (noun) {
          for (int k = sentence; k < src - 1; k++) {
            labels[k] = 0;
          }
        }
      }
      int s = src - 1;
      int afterComma = -1;
      while (s > sentence && labels[s - 1] == 0 && p.quote[s - 1] == 0) {
        String t = pos.name(tagged[s - 1]);
        String w = p.word(s - 1);
        if (!(nominal(t) || t.startsWith("NUM") || t.startsWith("CCONJ") || w.equals(",")
            || t.startsWith("DET") || POSSESSIVES.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
          break;
        }
        if (w.equals(",") && afterComma < 0) {
          afterComma = s;
        }
        s--;
      }
      if (s > sentence) {
        if (afterComma < 0) {
          continue;
        }
        s = afterComma; // only the words after the opening phrase's comma
      }
      if (src - s < 2 || src - s > 8 || p.word(s).equals(",")) {
        continue;
      }
      if (end >= n || labels[end] != 3) {
        continue; // a subject before its cue only
      }
      // The walk above has checked every word from s: unlabelled, unquoted, a noun phrase.
      markSource(labels, s, src + 1);
    }
  }

  private static boolean conjunction(Tokenizer.Paragraph p, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = p.word(k);
      if (w.equals("and") || w.equals("or")) {
        return true;
      }
    }
    return false;
  }

  /** Tags of the words a noun phrase is made of ("the regional road agency"). */
  /**
   * "Shipping brokers in Varnos said": a word in -ing opening the sentence right before a noun
   * modifies it, whatever part of speech the tagger gave it.
   */
  private static boolean modifyingGerund(Tokenizer.Paragraph p, byte[] tags, PartsOfSpeech pos,
      int k) {
    String w = p.word(k).toLowerCase(java.util.Locale.ROOT);
    return w.endsWith("ing") && w.length() > 5 && k + 1 < p.size
        && pos.name(tags[k + 1]).startsWith("NOUN");
  }

  private static boolean nominal(String tag) {
    return tag.startsWith("NOUN") || tag.startsWith("PROPN") || tag.startsWith("DET")
        || tag.startsWith("ADJ");
  }

  /** Labels tokens {@code from} (inclusive) to {@code to} (exclusive) as one source. */
  private static void markSource(int[] labels, int from, int to) {
    for (int k = from; k < to; k++) {
      labels[k] = k == from ? 1 : 2;
    }
  }

  private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her",
      "their", "my", "our");

  /**
   * "'…,' Luka Savenko emphasised." and "'…,' declared she in front of …": a quotation closed by
   * a comma, then a speaker and a verb of saying (or the verb, then the speaker), is a direct
   * quote, however rare the verb is in the tagger's training (state agencies' "underlined",
   * "emphasised"; a translation's inverted pronoun).
   */
  static void quotationsWithUntaggedCues(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int close = 2; close + 2 < n; close++) {
      if (p.quote[close] != 3) {
        continue;
      }
      int open = close - 1;
      while (open > 0 && p.quote[open] != 2) {
        open--;
      }
      int a = close + 1;
      boolean comma = p.word(close - 1).equals(",") || p.word(close - 1).equals("?")
          || p.word(close - 1).equals("!");
      if (!comma && p.word(a).equals(",")) {
        a++;
        comma = true;
      }
      if (p.quote[open] != 2 || !comma || a >= n) {
        continue;
      }
      // The speaker, pronoun, or name or description of up to six words, and the verb.
      int verb = -1;
      int from = a;
      int to = a;
      // "«…», has added the woman": a translation's auxiliary before the verb
      int aux = -1;
      if (a + 1 < n && HAVE.contains(p.word(a).toLowerCase(java.util.Locale.ROOT))
          && sayingVerb(p.word(a + 1))) {
        aux = a;
        a++;
      }
      if (sayingVerb(p.word(a))) { // "…," declared she
        verb = a;
        from = a + 1;
        to = from;
        while (to < n && to - from < 6 && p.sentence[to] == p.sentence[a]
            && speakerWord(p, to, to == from)) {
          to++;
        }
      } else {
        while (to < n && to - from < 6 && speakerWord(p, to, to == from)) {
          to++;
        }
        verb = to < n && sayingVerb(p.word(to)) ? to : -1;
      }
      if (verb < 0 || to == from) {
        continue;
      }
      // Only where the tagger saw nothing: its own readings are left to the repairs above.
      boolean untouched = true;
      for (int k = open; k <= Math.max(to - 1, verb) && untouched; k++) {
        untouched = labels[k] == 0 || k == verb && labels[k] == 3 || k > close && k != verb
            && labels[k] != 3 && labels[k] != 4 || k <= close && labels[k] >= 5;
      }
      boolean missing = labels[verb] != 3 || labels[from] != 1;
      if (!untouched || !missing) {
        continue;
      }
      for (int k = open; k <= close; k++) {
        labels[k] = k == open ? 5 : 6;
      }
      for (int k = close + 1; k < Math.max(to, verb + 1); k++) {
        labels[k] = 0;
      }
      markSource(labels, from, to);
      labels[verb] = 3;
      if (aux >= 0 && aux + 1 == verb) {
        labels[aux] = 3;
        labels[verb] = 4;
      }
      // (what the tagger ran on from a speaker it read as content is no part of anything)
      for (int k = Math.max(to, verb + 1); k < n && (labels[k] == 6 || labels[k] == 2); k++) {
        labels[k] = 0;
      }
    }
  }

  private static boolean sayingVerb(String w) {
    String l = w.toLowerCase(java.util.Locale.ROOT);
    return SPEECH_VERBS.contains(l) || THAT_VERBS.contains(l) || l.equals("emphasised")
        || l.equals("underlined") || l.equals("stressed") || l.equals("affirmed")
        || l.equals("recalled") || l.equals("concluded") || l.equals("continued")
        || MANNER_OF_SAYING.contains(l);
  }

  /** A word of a short speaker phrase: a pronoun first, or capitalized, or a description. */
  private static boolean speakerWord(Tokenizer.Paragraph p, int k, boolean first) {
    String w = p.word(k);
    String l = w.toLowerCase(java.util.Locale.ROOT);
    if (p.quote[k] != 0 || sayingVerb(w) || TERMINAL.contains(w) || w.equals(",")) {
      return false;
    }
    if (first) {
      return SUBJECT_PRONOUNS.contains(l) || Character.isUpperCase(w.charAt(0))
          || l.equals("the") || l.equals("a") || l.equals("an");
    }
    return !SUBJECT_PRONOUNS.contains(p.word(k - 1).toLowerCase(java.util.Locale.ROOT))
        && !PLACE_PREPOSITIONS.contains(l) && !l.equals("that") && !l.equals("who");
  }

  /** "'…,' she laughed": verbs of how words came out that report them in such a frame. */
  private static final java.util.Set<String> MANNER_OF_SAYING = java.util.Set.of("laughed",
      "smiled", "joked", "sighed", "quipped", "chuckled", "grinned", "shouted", "yelled",
      "whispered", "cried", "sobbed", "wept", "pleaded", "urged", "conceded", "agreed",
      "exclaimed", "muttered", "mused", "recounted", "remarked", "observed",
      "snapped", "boasted", "beamed", "fumed", "raged", "blasted", "gushed", "enthused",
      "stormed", "thundered", "hissed", "growled", "scoffed", "sneered");
  private static final java.util.Set<String> MEDIUM_OWNERS = java.util.Set.of("his", "her",
      "their", "its");
  private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("at", "in",
      "on", "during", "outside", "inside", "from", "after", "before", "while", "near", "to",
      "with", "as", "when", "amid", "following");

  /**
   * "'…,' said the 63-year-old at the headquarters of his party": where the speaker named after
   * an inverted cue stands, or when, is no part of who it is ("Dravos in front of her
   * supporters", "Halden at his campaign office").
   */
  static void placesAfterInvertedSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int s = 1; s < n; s++) {
      if (labels[s] != 1 || labels[s - 1] != 3 && labels[s - 1] != 4) {
        continue;
      }
      int e = s + 1;
      while (e < n && labels[e] == 2) {
        e++;
      }
      // Only after a bare name, a pronoun or "the 63-year-old": a description with an
      // apposition ("Smith, a professor at Harvard") keeps its place words.
      boolean bare = true;
      int k = s;
      int age = -1; // "said Jana Tomic, 41, from Podgaj": the age goes with the place
      while (k < e && bare
          && !PLACE_PREPOSITIONS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        String w = p.word(k);
        if (age < 0 && k > s && w.equals(",") && k + 2 < e && p.word(k + 2).equals(",")
            && p.word(k + 1).chars().allMatch(Character::isDigit)) {
          age = k;
          k += 3;
          continue;
        }
        bare = Character.isUpperCase(w.charAt(0)) || w.equals(".") || k == s
            && (SUBJECT_PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT)) || w.equals("the"))
            || w.endsWith("-year-old");
        k++;
      }
      // "declared the coach in his message of farewell": the speaker's own medium is no part
      // of who the speaker is, however described.
      int own = -1;
      for (int i = s + 1; i + 1 < e && own < 0; i++) {
        if (p.word(i).equalsIgnoreCase("in") && MEDIUM_OWNERS.contains(p.word(i + 1))) {
          own = i;
        }
      }
      if (!bare && own > s) {
        java.util.Arrays.fill(labels, own, e, 0);
        continue;
      }
      String l = k < e ? p.word(k).toLowerCase(java.util.Locale.ROOT) : "";
      if (!bare || k == s || k >= e || l.equals("to") || l.equals("with") || l.equals("as")) {
        continue;
      }
      for (int i = age >= 0 ? age : k; i < e; i++) {
        labels[i] = 0;
      }
    }
  }

  /**
   * "far more than analysts had expected", "not what many had predicted": an expectation set
   * against what happened, no one's statement.
   */
  static void expectationsCompared(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 1; c < n; c++) {
      if (labels[c] != 3) {
        continue;
      }
      int e = c + 1;
      while (e < n && labels[e] == 4) {
        e++;
      }
      if (!EXPECTING.contains(p.word(e - 1).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int s = c;
      while (s > 0 && (labels[s - 1] == 1 || labels[s - 1] == 2)) {
        s--;
      }
      // "than analysts had expected", "what many had expected", "as traders had feared"
      String before = s > 0 ? p.word(s - 1).toLowerCase(java.util.Locale.ROOT) : "";
      if (s == c || !before.equals("than") && !before.equals("what") && !before.equals("as")) {
        continue;
      }
      int from = s;
      int to = e;
      // the content the tagger gave this cue, before or after it
      while (from > 0 && labels[from - 1] >= 5 && p.sentence[from - 1] == p.sentence[c]) {
        from--;
      }
      while (to < n && (labels[to] == 6 || labels[to] == 5 && to == e)
          && p.sentence[to] == p.sentence[c]) {
        to++;
      }
      for (int k = from; k < to; k++) {
        labels[k] = 0;
      }
    }
  }

  /**
   * "Callum's family paid tribute to him in a statement: '…'": the pronoun the tribute went to
   * is no speaker; the sentence's subject is, and what it did, up to the colon, the cue.
   */
  static void objectPronounSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 1; k < n; k++) {
      if (labels[k] != 1 || k + 1 < n && labels[k + 1] == 2
          || !OBJECT_PRONOUNS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))
          || !p.word(k - 1).equals("to") && !p.word(k - 1).equals("for")) {
        continue;
      }
      int s = sentenceStart(p, k);
      PartsOfSpeech pos = PartsOfSpeech.english();
      byte[] tags = pos.tag(p);
      int verb = s;
      while (verb < k && !pos.name(tags[verb]).startsWith("VERB")) {
        verb++;
      }
      boolean subject = verb > s && verb - s <= 6;
      for (int i = s; i < verb && subject; i++) {
        subject = labels[i] == 0 && p.quote[i] == 0;
      }
      if (!subject) {
        continue;
      }
      markSource(labels, s, verb);
      for (int i = verb; i <= k; i++) {
        labels[i] = i == verb ? 3 : 4;
      }
      for (int i = k + 1; i < n && labels[i] == 3 || i < n && labels[i] == 4; i++) {
        labels[i] = 4; // "… in a statement:"
      }
    }
  }

  /**
   * "told the judge his client had shown genuine remorse … and had reacted in panic": a second
   * reported clause joined by "and" and an auxiliary is reported too, to the sentence's end.
   */
  static void coordinatedReportedClauses(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int e = 1; e + 2 < n; e++) {
      if (labels[e] != 0 || labels[e - 1] < 5 || !p.word(e).equals("and") || p.quote[e] != 0
          || !AUXILIARIES.contains(p.word(e + 1).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int end = e;
      while (end < n && p.sentence[end] == p.sentence[e] && labels[end] == 0 && p.quote[end] == 0) {
        end++;
      }
      if (end < n && p.sentence[end] == p.sentence[e]) {
        continue; // something else follows in the sentence: not a plain tail
      }
      while (end > e && TERMINAL.contains(p.word(end - 1))) {
        end--;
      }
      for (int i = e; i < end; i++) {
        labels[i] = 6;
      }
    }
  }

  /**
   * "'…,' said Derek Halloway of Brantwood Securities, who added that the raise was bigger":
   * the relative clause is no part of who spoke but a second statement of theirs.
   */
  static void relativeSpeechInSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int s = 1; s < n; s++) {
      if (labels[s] != 1) {
        continue;
      }
      int e = s + 1;
      while (e < n && labels[e] == 2) {
        e++;
      }
      for (int k = s + 1; k + 2 < e; k++) {
        if (!p.word(k).equals(",") || !p.word(k + 1).equalsIgnoreCase("who")
            || !SPEECH_VERBS.contains(p.word(k + 2).toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        int from = k + 3;
        if (from < e && p.word(from).equals("that")) {
          from++;
        }
        int end = e;
        while (end > from && TERMINAL.contains(p.word(end - 1))) {
          end--;
        }
        if (end - from < 3) {
          break;
        }
        labels[k] = 0;
        labels[k + 1] = 0;
        labels[k + 2] = 3;
        for (int i = k + 3; i < from; i++) {
          labels[i] = 4;
        }
        for (int i = from; i < e; i++) {
          labels[i] = i >= end ? 0 : i == from ? 5 : 6;
        }
        break;
      }
    }
  }

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("had", "has",
      "have", "would", "will", "was", "were", "is", "are", "could", "should", "might", "must");

  private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("him", "her",
      "them", "us", "me");

  private static final java.util.Set<String> EXPECTING = java.util.Set.of("expected",
      "predicted", "forecast", "hoped", "feared", "anticipated", "projected", "estimated",
      "thought", "assumed", "expecting", "expect");


  /**
   * "As noted by the head of the Russian diplomacy, Moscow expects …" and "As the minister
   * stressed, …": translations open with the attribution, then a comma, then what was said.
   */
  static void asNoted(Tokenizer.Paragraph p, int[] labels) {
    for (int s = 0; s + 4 < p.size; s++) {
      boolean start = s == 0 || p.sentence[s - 1] != p.sentence[s];
      if (!start || !p.word(s).equals("As") || p.quote[s] != 0) {
        continue;
      }
      int comma = s + 1;
      while (comma < p.size && comma - s <= 14 && p.sentence[comma] == p.sentence[s]
          && !p.word(comma).equals(",")) {
        comma++;
      }
      int end = wordsEnd(p, comma + 1, sentenceEnd(p, s));
      if (comma >= p.size || !p.word(comma).equals(",") || end - comma < 4) {
        continue;
      }
      int cueFrom;
      int cueTo;
      int srcFrom;
      int srcTo;
      String second = p.word(s + 1).toLowerCase(java.util.Locale.ROOT);
      if (NOTED.contains(second)) { // "As noted by X,"
        int by = s + 2;
        if (by < comma && p.word(by).equalsIgnoreCase("out")) {
          by++;
        }
        if (by + 1 >= comma || !p.word(by).equalsIgnoreCase("by")) {
          continue;
        }
        cueFrom = s;
        cueTo = by + 1;
        srcFrom = by + 1;
        srcTo = comma;
      } else { // "As the minister stressed,"
        int verb = comma - 1;
        if (p.word(verb).equalsIgnoreCase("out")) {
          verb--;
        }
        if (verb <= s + 1 || !NOTED.contains(p.word(verb).toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        cueFrom = verb;
        cueTo = comma;
        srcFrom = s + 1;
        srcTo = verb;
      }
      for (int k = s; k < end; k++) {
        labels[k] = 0;
      }
      for (int k = cueFrom; k < cueTo; k++) {
        labels[k] = k == cueFrom ? 3 : 4;
      }
      for (int k = srcFrom; k < srcTo; k++) {
        labels[k] = k == srcFrom ? 1 : 2;
      }
      for (int k = comma + 1; k < end; k++) {
        labels[k] = k == comma + 1 ? 5 : 6;
      }
    }
  }

  private static final java.util.Set<String> NOTED = java.util.Set.of("noted", "stated", "said",
      "stressed", "emphasized", "emphasised", "reported", "pointed", "explained", "underlined",
      "announced", "observed", "remarked", "argued", "put");

  /**
   * "According to preliminary results, the coalition won …": a bare noun phrase after
   * "According to" is read by the tagger as more cue, or as content. Up to the comma it is the
   * source, when the tagger found none there.
   */
  static void accordingToOpening(Tokenizer.Paragraph p, int[] labels) {
    for (int s = 0; s + 3 < p.size; s++) {
      if (labels[s] != 3 || !p.word(s).equalsIgnoreCase("according")
          || !p.word(s + 1).equalsIgnoreCase("to") || (s > 0 && p.sentence[s - 1] == p.sentence[s])) {
        continue;
      }
      int c = s + 2;
      boolean source = false;
      while (c < p.size && c - s <= 12 && !p.word(c).equals(",")
          && p.sentence[c] == p.sentence[s]) {
        source |= labels[c] == 1 || labels[c] == 2;
        c++;
      }
      if (source || c >= p.size || !p.word(c).equals(",") || c == s + 2
          || c + 1 >= p.size || labels[c + 1] < 5) {
        continue;
      }
      labels[s + 1] = 4;
      for (int k = s + 2; k < c; k++) {
        labels[k] = k == s + 2 ? 1 : 2;
      }
    }
  }

  /**
   * "According to the Ledger, the port director said …": the tagger, used to appositions
   * ("Smith, the port director, said"), may read one source across the comma; the words before
   * it are the source of "according to", those after it the speaker's.
   */
  static void accordingToThenCue(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 0; c + 3 < n; c++) {
      if (labels[c] != 3 || labels[c + 1] != 4 || labels[c + 2] != 1
          || !p.word(c).equalsIgnoreCase("according")) {
        continue;
      }
      int end = c + 3;
      while (end < n && labels[end] == 2) {
        end++;
      }
      if (end >= n || labels[end] != 3) {
        continue;
      }
      for (int k = c + 3; k + 1 < end; k++) {
        if (p.word(k).equals(",")) {
          // "…, according to her office, has received 300 letters, said": a verb after the
          // comma goes on the clause the aside interrupts; it names no one
          String tag = PartsOfSpeech.english().name(PartsOfSpeech.english().tag(p)[k + 1]);
          if (tag.startsWith("VERB") || tag.startsWith("AUX") || tag.startsWith("ADV")) {
            for (int j = k; j < end; j++) {
              labels[j] = 0;
            }
            break;
          }
          labels[k] = 0;
          labels[k + 1] = 1;
          break;
        }
      }
    }
  }

  /**
   * "According to the Ledger, the mayor said that …": the clause is the document's report of an
   * attribution, and the grouping gave all of it to the nearer cue, leaving "according to" with
   * nothing. Its content is the whole clause on the other side of its comma, holding the nested
   * attribution (PolNeAR annotates both).
   */
  /** Words that open a clause of their own after a comma. */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("and", "but",
      "or", "so", "yet", "while", "whereas", "although", "though", "as", "even", "which", "who",
      "where", "when", "because", "since", "if", "unless", "with", "including", "compared");

  private static void nestedAccordingTo(Tokenizer.Paragraph p, List<Piece> cues, Piece[] source,
      List<List<Piece>> contents) {
    for (int c = 0; c < cues.size(); c++) {
      Piece cue = cues.get(c);
      if (!contents.get(c).isEmpty() || source[c] == null || cue.to - cue.from != 2
          || !p.word(cue.from).equalsIgnoreCase("according")) {
        continue;
      }
      int s = sentenceStart(p, cue.from);
      int e = sentenceEnd(p, cue.from);
      if (cue.from == s && source[c].from == cue.to && source[c].to < e
          && p.word(source[c].to).equals(",")) {
        int end = wordsEnd(p, source[c].to + 1, e);
        if (end - source[c].to > 3) {
          contents.get(c).add(new Piece(3, source[c].to + 1, end));
        }
      } else if (cue.from - s > 3 && p.word(cue.from - 1).equals(",")) {
        contents.get(c).add(new Piece(3, s, cue.from - 1));
        // "His criticism, according to an interview, was the choice …": an aside inside the
        // clause reports both its halves (PolNeAR joins them); after "but" or "and" a new
        // clause begins, not the rest of this one.
        Piece src = source[c];
        if (src.from == cue.to && src.to + 1 < e && p.word(src.to).equals(",")) {
          // "…, has received 300 letters, said she would …": up to the main clause's cue; a cue
          // right after the aside ("who, according to her office, urged …") is the clause's own
          int stop = e;
          for (Piece other : cues) {
            if (other.from > src.to + 1 && other.from < stop) {
              stop = other.from;
            }
          }
          int end = wordsEnd(p, src.to + 1, stop);
          String next = p.word(src.to + 1);
          if (end - src.to > 2 && Character.isLowerCase(next.charAt(0))
              && !CLAUSE_OPENERS.contains(next)) {
            contents.get(c).add(new Piece(3, src.to + 1, end));
          }
        }
      }
    }
    // "…, The Post has learned." and "…,” Barabak wrote.": any cue closing its sentence with its
    // source, after a comma, reports the clause before the comma, whoever else it was given to.
    for (int c = 0; c < cues.size(); c++) {
      Piece cue = cues.get(c);
      Piece src = source[c];
      if (!contents.get(c).isEmpty() || src == null) {
        continue;
      }
      int s = sentenceStart(p, cue.from);
      int e = sentenceEnd(p, cue.from);
      int first = Math.min(cue.from, src.from);
      int last = Math.max(cue.to, src.to);
      boolean adjacent = src.to == cue.from || src.from == cue.to;
      if (!adjacent || p.sentence[src.from] != p.sentence[cue.from] || wordsEnd(p, last, e) != last
          || first - s < 4) {
        continue;
      }
      int comma = first - 1;
      if (p.quote[comma] == 3 && comma > s) {
        comma--; // ",” Barabak wrote": the comma sits inside the closing mark
      }
      if (p.word(comma).equals(",")) {
        contents.get(c).add(new Piece(3, s, comma));
      }
    }
  }

  /**
   * "Smith said the plan was sound, adding that it would pass": one source speaks through both
   * cues, but a source piece joins only its nearest cue. A cue left without one takes the source
   * of the closest earlier cue of its sentence. (Taking a later cue's, or an earlier sentence's,
   * lowered PolNeAR dev source F1.)
   */
  /**
   * "Clinton told the audience that she believes …, saying that “race still …”": a reported
   * clause lies nearer the second cue than the first, but the second has a clause of its own
   * after it, and the first, left with none, would be lost. The clause goes to the cue it
   * follows, when only unlabelled words (the addressee, a time) stand between them.
   */
  private static void clausesBetweenCues(Tokenizer.Paragraph p, int[] labels, List<Piece> cues,
      List<List<Piece>> contents) {
    for (int c = 0; c + 1 < cues.size(); c++) {
      Piece cue = cues.get(c);
      Piece next = cues.get(c + 1);
      List<Piece> nextContents = contents.get(c + 1);
      boolean nextHasOwn = nextContents.stream()
          .anyMatch(y -> y.from >= next.to && p.sentence[y.from] == p.sentence[next.from]);
      if (!contents.get(c).isEmpty() || !nextHasOwn) {
        continue;
      }
      for (Piece x : nextContents) {
        if (x.from < cue.to || x.to > next.from || p.sentence[x.from] != p.sentence[cue.from]) {
          continue;
        }
        boolean plain = true;
        for (int k = cue.to; k < x.from && plain; k++) {
          plain = labels[k] == 0;
        }
        if (plain) {
          nextContents.remove(x);
          contents.get(c).add(x);
        }
        break;
      }
    }
  }

  private static void inheritSources(Tokenizer.Paragraph p, List<Piece> cues, Piece[] source,
      List<List<Piece>> contents) {
    Piece[] given = source.clone();
    for (int c = 0; c < cues.size(); c++) {
      if (given[c] != null || contents.get(c).isEmpty()) {
        continue;
      }
      int sentence = p.sentence[cues.get(c).from];
      Piece pick = null;
      for (int k = c - 1; k >= 0 && pick == null; k--) {
        // "She defended the system, which critics say was rushed, noting …": an attribution
        // inside a relative clause is an aside; the participle goes with the main clause.
        boolean aside = given[k] != null && given[k].from > 0
            && RELATIVES.contains(p.word(given[k].from - 1));
        if (p.sentence[cues.get(k).from] == sentence && !aside) {
          pick = given[k];
        }
      }
      source[c] = pick;
    }
  }

  /**
   * Whether a cue holds a verb of saying ("said", "according to", "warning") in the active voice:
   * "was declared" (safe) and "were reported" (missing) state facts, not anyone's words.
   */
  static boolean speechCue(String cue) {
    String[] words = cue.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
    if (words.length > 1 && PASSIVE_AUXILIARIES.contains(words[0])) {
      return false;
    }
    for (String w : words) {
      if (SPEECH_VERBS.contains(w) || SPEECH_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "were told", "was warned": words said to the subject by someone the sentence may not name,
   * where other passives ("is accused of") report what was done to someone.
   */
  static boolean passiveAddressing(String cue) {
    String[] words = cue.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
    return words.length > 1 && PASSIVE_AUXILIARIES.contains(words[0])
        && java.util.Arrays.stream(words).anyMatch(ADDRESSED::contains);
  }

  /**
   * Whether a cue says that someone communicated, judged or found something, in any voice:
   * broader than {@link #speechCue} ("urged", "called for", "expects", "found"), narrower than
   * PolNeAR's attributions, which also cover events ("battling a fire", "sending smoke").
   */
  static boolean reportingCue(String cue) {
    if (speechCue(cue)) {
      return true;
    }
    for (String w : cue.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      for (String stem : REPORTING_STEMS) {
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return cue.contains(":") || cue.strip().matches("[―—–-]");
  }

  private static final java.util.List<String> REPORTING_STEMS = java.util.List.of(
      "say", "said", "tell", "told", "add", "warn", "insist", "argu", "stat", "claim", "stress",
      "explain", "announc", "admit", "note", "noting", "repl", "writ", "wrote", "tweet", "report",
      "declar", "urg", "call", "demand", "critici", "prais", "expect", "believ", "think",
      "thought", "hop", "fear", "suggest", "propos", "promis", "vow", "pledg", "recommend",
      "estimat", "predict", "acknowledg", "conced", "complain", "accus", "blam", "describ",
      "dismiss", "reject", "welcom", "question", "agree", "disagree", "defend", "condemn",
      "appeal", "advis", "caution", "object", "respond", "recall", "reveal", "show", "found",
      "find", "conclud", "accord", "ask", "quot", "cit", "deni", "deny", "confirm", "want",
      "decid", "consider", "view", "opinion", "doubt", "worr", "concern", "assur", "remind",
      "interview", "testif", "mention", "comment", "point", "spok", "speak", "talk", "discuss",
      "voic", "express", "contend", "maintain", "assert", "allege", "hint", "signal", "indicat",
      "forecast", "project", "poll", "survey", "rule", "judg", "feel", "felt", "know", "knew",
      "learn", "see", "saw", "seen", "label", "dub", "brand", "term", "alleg", "remark",
      "charg", "suspect", "suspicion", "assum", "suppos", "impl", "infer", "emphasi", "underlin",
      "reiterat", "repeat", "echo", "assess", "verdict", "insinuat", "lament", "boast", "joke",
      "denounc", "endors", "protest", "oppos", "outlin", "guess", "informed", "informing", "specified", "heard");

  private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of("was",
      "were", "is", "are", "be", "been", "being");
  private static final java.util.Set<String> SPEECH_WORDS = java.util.Set.of("according",
      "saying", "say", "telling", "tell", "warning", "asked", "asking", "quoted", "quoting",
      "citing", "adding", "insisting", "arguing", "claiming", "noting", "stating", "explaining",
      "announcing", "replying", "writing", "denied", "denying", "confirmed", "confirming");

  /** Verbs of saying whose object is the reported clause ("told reporters the …"). */
  /**
   * Verbs a translation puts after dash speech ("– No one was hurt, – underlined the governor."):
   * in that position nothing but the words just quoted can be what they introduce.
   */
  private static final java.util.Set<String> TRANSLATED_CUES = java.util.Set.of("underlined",
      "underscored", "emphasized", "emphasised", "recalled", "reminded", "assured", "confirmed",
      "continued", "concluded", "answered", "asked", "remarked", "specified", "clarified",
      "informed", "objected", "summed", "commented", "responded", "repeated", "promised",
      "communicated", "transmitted");
  private static final java.util.Set<String> SPEECH_VERBS = java.util.Set.of("said", "says",
      "told", "tells", "added", "adds", "warned", "warns", "insisted", "insists", "argued",
      "argues", "stated", "states", "claimed", "claims", "stressed", "stresses", "explained",
      "explains", "announced", "announces", "admitted", "admits", "noted", "notes", "replied",
      "wrote", "writes", "tweeted", "tweets", "reported", "reports", "declared", "declares");
  private static final java.util.Set<String> SPEECH_PARTICIPLES = java.util.Set.of("saying",
      "adding", "noting", "warning", "arguing", "claiming", "insisting", "explaining", "stating",
      "stressing", "declaring", "announcing", "writing", "tweeting", "telling", "calling");
  /** What carries words on a speaker's behalf ("a statement saying"). */
  private static final java.util.Set<String> CARRIERS = java.util.Set.of("call", "calls",
      "statement", "statements", "message", "messages", "letter", "letters", "note", "post",
      "posts", "tweet", "tweets", "email", "emails", "e-mail", "report", "release", "video",
      "sign", "signs", "banner", "banners", "document", "documents", "text", "memo", "notice");
  /** Those a source speaks to (not "those close to him", "elected to Congress"). */
  private static final java.util.Set<String> PRESS = java.util.Set.of("reporters",
      "journalists", "correspondents", "newsmen");
  private static final java.util.Set<String> RECIPIENTS = java.util.Set.of("reporters",
      "journalists", "lawmakers", "parliament", "congress", "him", "her", "them", "us", "me",
      "listeners", "viewers", "supporters", "residents", "delegates");

  /**
   * Indirect speech runs from its cue to the end of the reported clause. Two repairs after
   * decoding, for what the tagger leaves short: a content that starts right after its cue and
   * stops with only unlabelled words left before the sentence's end runs on to that end ("expressed
   * hope that the talks [would resume in May]"); a one-word verb of saying with no content,
   * followed by at least four unlabelled words to the sentence's end, takes them ("told reporters
   * [the bridge would reopen on Friday]"), a recipient left out.
   */
  /**
   * "told reporters on the steps of the court that her client …": whom and where, with no verb
   * among them, stand between a verb of saying and the "that" opening what was said; the tagger
   * sometimes starts the content inside them.
   */
  static void circumstancesBeforeThat(Tokenizer.Paragraph p, int[] labels) {
    for (int i = 0; i < p.size; i++) {
      if (labels[i] != 3) {
        continue;
      }
      int cueEnd = i + 1;
      while (cueEnd < p.size && labels[cueEnd] == 4) {
        cueEnd++;
      }
      String verb = p.word(i).toLowerCase(java.util.Locale.ROOT);
      if (cueEnd - i != 1 || !SPEECH_VERBS.contains(verb) || cueEnd >= p.size) {
        continue;
      }
      // Whom ("told reporters") or where and when ("at an event in Denver"), not the
      // clause's own words ("said many of the examples that critics cite …").
      String first = p.word(cueEnd).toLowerCase(java.util.Locale.ROOT);
      if (!(ADDRESSING.contains(verb) && RECIPIENTS.contains(first))
          && !CIRCUMSTANCE_PREPOSITIONS.contains(first)) {
        continue;
      }
      int that = cueEnd;
      boolean contentBefore = false;
      while (that < p.size && that - cueEnd <= 10 && p.sentence[that] == p.sentence[i]
          && p.quote[that] == 0 && !p.word(that).equals(",")
          && !p.word(that).equalsIgnoreCase("that") && (labels[that] == 0 || labels[that] >= 5)) {
        contentBefore |= labels[that] >= 5;
        that++;
      }
      if (!contentBefore || that >= p.size || that - cueEnd > 10
          || !p.word(that).equalsIgnoreCase("that") || labels[that] != 6) {
        continue;
      }
      byte[] tags = PartsOfSpeech.english().tag(p);
      boolean verbless = true;
      for (int k = cueEnd; k < that && verbless; k++) {
        String tag = PartsOfSpeech.english().name(tags[k]);
        verbless = !tag.startsWith("VERB") && !tag.startsWith("AUX");
      }
      if (verbless) {
        for (int k = cueEnd; k < that; k++) {
          labels[k] = 0;
        }
        labels[that] = 5;
      }
      i = that;
    }
  }

  /**
   * "told Continental Press the authority had been notified …": the name right after "told" is
   * whom, and what was said starts at the clause's own subject.
   */
  static void namedAddressees(Tokenizer.Paragraph p, int[] labels) {
    for (int i = 0; i + 3 < p.size; i++) {
      if (labels[i] != 3 || !ADDRESSING.contains(p.word(i).toLowerCase(java.util.Locale.ROOT))
          || labels[i + 1] != 5 || p.quote[i + 1] != 0) {
        continue;
      }
      int k = i + 1;
      if (p.word(k).equals("The")) {
        k++;
      }
      int from = k;
      while (k < p.size && k - from < 4 && labels[k] == (k == i + 1 ? 5 : 6)
          && Character.isUpperCase(p.word(k).charAt(0)) && Character.isLetter(p.word(k).charAt(0))) {
        k++;
      }
      if (k == from || k + 1 >= p.size || labels[k] != 6 || labels[k + 1] != 6
          || !CLAUSE_SUBJECTS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))
          || p.word(k).equals("The") && k == i + 1) {
        continue;
      }
      for (int j = i + 1; j < k; j++) {
        labels[j] = 0;
      }
      labels[k] = 5;
    }
  }

  /**
   * "His deputy, Rune Sand, was less gloomy: “We can still win the appeal.”": a sentence whose
   * subject names someone introduces the quotation after its colon, whatever its verb. PolNeAR
   * marks the predicate with its colon as the cue ("went even further:", "had one message:");
   * the tagger, seeing no verb of saying, leaves the sentence unlabelled and the grouping gives
   * the words to a cue of another sentence.
   */
  static void colonIntroductions(Tokenizer.Paragraph p, int[] labels) {
    PartsOfSpeech pos = null;
    byte[] tags = null;
    // "The harbourmaster, Nils Ekdal, was blunt. “We have lost four boats.”": after a full stop
    // only where the tagger found no cue in the whole paragraph, which would otherwise lose
    // the quotation
    boolean noCue = true;
    for (int k = 0; k < p.size && noCue; k++) {
      noCue = labels[k] != 3 && labels[k] != 4;
    }
    for (int i = 2; i + 2 < p.size; i++) {
      boolean colon = p.word(i).equals(":");
      if (!(colon || noCue && p.word(i).equals(".")) || labels[i] != 0 || p.quote[i + 1] != 2
          || colon && labels[i + 1] != 5 || !colon && labels[i + 1] != 5 && labels[i + 1] != 0) {
        continue;
      }
      int from = i;
      while (from > 0 && p.sentence[from - 1] == p.sentence[i] && labels[from - 1] == 0
          && p.quote[from - 1] == 0) {
        from--;
      }
      if (from > 0 && p.sentence[from - 1] == p.sentence[i] || i - from < 2 || i - from > 14) {
        continue; // not a whole sentence of its own before the colon
      }
      // "But Fiorina was far less bubbly: “…,” she recounted": the quotation's own cue speaks
      int close = i + 2;
      while (close < p.size && p.quote[close] != 3 && p.quote[close] != 2) {
        close++;
      }
      boolean ownCue = false;
      for (int k = close + 1; k < p.size && k - close <= 6 && p.quote[k] == 0; k++) {
        ownCue |= labels[k] == 3 || labels[k] == 4;
      }
      if (ownCue) {
        continue;
      }
      if (tags == null) {
        pos = PartsOfSpeech.english();
        tags = pos.tag(p);
      }
      int v = -1;
      for (int k = from + 1; k < i && v < 0; k++) {
        String tag = pos.name(tags[k]);
        v = tag.startsWith("VERB") || tag.startsWith("AUX") ? k : -1;
      }
      if (v < 0) {
        continue;
      }
      int sourceEnd = v;
      while (sourceEnd > from && p.word(sourceEnd - 1).equals(",")) {
        sourceEnd--;
      }
      // someone: a name, a personal pronoun or a person's role ("The minister was unrepentant:")
      boolean someone = false;
      for (int k = from; k < sourceEnd; k++) {
        String w = p.word(k);
        String tag = pos.name(tags[k]);
        someone |= tag.startsWith("PROPN") && Character.isUpperCase(w.charAt(0))
            || PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT))
            || k == sourceEnd - 1 && Names.isTitle(w);
        if (tag.startsWith("ADP") || tag.startsWith("ADV") || tag.startsWith("SCONJ")) {
          someone = false; // "On Tuesday, …", "Here is what …": no bare subject
          break;
        }
      }
      if (!someone || sourceEnd == from) {
        continue;
      }
      for (int k = from; k < sourceEnd; k++) {
        labels[k] = k == from ? 1 : 2;
      }
      for (int k = v; k < (colon ? i + 1 : i); k++) {
        labels[k] = k == v ? 3 : 4;
      }
      if (!colon && labels[i + 1] == 0) {
        for (int k = i + 1; k < p.size && (k == i + 1 || p.quote[k - 1] != 3); k++) {
          labels[k] = k == i + 1 ? 5 : 6;
        }
      }
    }
  }

  /**
   * "The cooperative was told by the council that no boat would be seized", "Fishermen were
   * told that …": the subject of a passive verb of addressing heard the words. It is neither
   * their source (who spoke follows "by", or goes unsaid) nor part of them when they follow.
   */
  static void passiveListeners(Tokenizer.Paragraph p, int[] labels) {
    for (int c = 1; c + 1 < p.size; c++) {
      if (labels[c] != 3
          || !PASSIVE_AUXILIARIES.contains(p.word(c).toLowerCase(java.util.Locale.ROOT))
          || labels[c + 1] != 4
          || !ADDRESSED.contains(p.word(c + 1).toLowerCase(java.util.Locale.ROOT))
          || labels[c - 1] == 0 || labels[c - 1] > 6 || p.quote[c - 1] != 0) {
        continue;
      }
      int type = (labels[c - 1] + 1) / 2; // 1 source, 3 content
      if (type == 3) {
        int after = c + 2;
        while (after < p.size && p.sentence[after] == p.sentence[c] && labels[after] != 5) {
          after++;
        }
        if (after == p.size || p.sentence[after] != p.sentence[c]) {
          continue; // "\"Go home,\" the crews were told": the words came first
        }
      } else if (type != 1) {
        continue;
      }
      for (int k = c - 1; k >= 0 && (labels[k] + 1) / 2 == type && p.quote[k] == 0; k--) {
        boolean first = labels[k] == type * 2 - 1;
        labels[k] = 0;
        if (first) {
          break;
        }
      }
    }
  }

  /** Past participles of {@link #ADDRESSING} ("is telling a veterans group" is no passive). */
  private static final java.util.Set<String> ADDRESSED = java.util.Set.of("told", "assured",
      "informed", "reminded", "warned", "briefed");

  private static final java.util.Set<String> CLAUSE_SUBJECTS = java.util.Set.of("the", "a", "an",
      "he", "she", "it", "they", "we", "i", "its", "his", "her", "their", "this", "that", "there");

  private static final java.util.Set<String> ADDRESSING = java.util.Set.of("told", "tells",
      "tell", "telling", "assured", "informed", "reminded", "warned", "briefed");
  private static final java.util.Set<String> CIRCUMSTANCE_PREPOSITIONS = java.util.Set.of("on",
      "at", "in", "outside", "after", "during", "before", "from");

  /**
   * "Brandt's view that the pier should be sold [found little support]", "officials who said the
   * bridge was safe [were dismissed]": whether a word the cue hangs from in the parse lies in
   * [from, to), where it is the sentence's own predicate, not more of what was said.
   */
  private static boolean governedFrom(Tokenizer.Paragraph p, int cue, int cueEnd, int from,
      int to) {
    Syntax.Parse parse = p.parse;
    if (parse == null) {
      return false;
    }
    for (int c = cue; c < cueEnd; c++) {
      // (bounded: a parse is a tree, but the walk must not hang on one that is not)
      for (int h = parse.head()[c], steps = 0; h >= 0 && steps < p.size; h = parse.head()[h],
          steps++) {
        if (h >= from && h < to) {
          return true;
        }
      }
    }
    return false;
  }

  static void reportedClauses(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int i = 0; i < n; i++) {
      if (labels[i] != 3) {
        continue;
      }
      int cueEnd = i + 1;
      while (cueEnd < n && labels[cueEnd] == 4) {
        cueEnd++;
      }
      int last = wordsEnd(p, cueEnd, sentenceEnd(p, i));
      // "reported on Wednesday that …": when it was said may stand between cue and clause.
      int clause = cueEnd;
      while (clause < n && clause < cueEnd + 11 && labels[clause] == 0 && p.quote[clause] == 0
          && !p.word(clause).equals(",") && p.sentence[clause] == p.sentence[i]) {
        clause++;
      }
      if (clause > cueEnd && !(clause < n && labels[clause] == 5
          && p.word(clause).equalsIgnoreCase("that"))) {
        clause = cueEnd;
      }
      if (clause < n && labels[clause] == 5 && p.quote[clause] == 0) {
        int contentEnd = clause + 1;
        while (contentEnd < n && labels[contentEnd] == 6) {
          contentEnd++;
        }
        // Quoted words bound their content themselves, unless closed inside a reported clause
        // that goes on ("her client was 'bitterly disappointed' and would appeal").
        boolean quoted = false;
        for (int k = clause; k < contentEnd; k++) {
          quoted |= p.quote[k] != 0;
        }
        boolean rest = contentEnd < last && (!quoted || p.quote[contentEnd - 1] == 3
            && contentEnd - clause >= 4 && contentEnd + 1 < last
            && (p.word(contentEnd).equals("and") || p.word(contentEnd).equals("but"))
            && PartsOfSpeech.english().name(PartsOfSpeech.english().tag(p)[contentEnd + 1])
                .matches("VERB.*|AUX.*"));
        for (int k = contentEnd; k < last && rest; k++) {
          rest = labels[k] == 0 && p.quote[k] == 0 && !p.word(k).equals(",");
        }
        rest &= !governedFrom(p, i, cueEnd, contentEnd, last);
        if (rest) {
          for (int k = contentEnd; k < last; k++) {
            labels[k] = 6;
          }
        } else {
          // "estimated the cost [at around 12 million euros a year] and said …": the same holds
          // up to a second cue of the sentence joined by "and".
          int stop = contentEnd;
          while (stop < last && labels[stop] == 0 && p.quote[stop] == 0
              && !p.word(stop).equals(",")) {
            stop++;
          }
          boolean joined = stop < last && labels[stop] == 3 && stop - 1 > contentEnd
              && stop - 1 - contentEnd <= 8
              && (p.word(stop - 1).equals("and") || p.word(stop - 1).equals("but"));
          for (int k = clause; k < contentEnd && joined; k++) {
            joined = p.quote[k] == 0;
          }
          if (joined) {
            for (int k = contentEnd; k < stop - 1; k++) {
              labels[k] = 6;
            }
          }
        }
      } else if (cueEnd - i == 1
          && SPEECH_VERBS.contains(p.word(i).toLowerCase(java.util.Locale.ROOT))) {
        int from = cueEnd;
        if (from < last && RECIPIENTS.contains(p.word(from).toLowerCase(java.util.Locale.ROOT))) {
          from++;
        }
        // Only a cue with no content anywhere in its sentence: "…, Putin said in an interview
        // with …" has its content before the cue, and the words after it are circumstance.
        boolean free = last - from >= 4;
        for (int k = sentenceStart(p, i); k < last && free; k++) {
          // A source after the cue ("said Lena Brandt, the chair,") is no reported clause.
          free = (k >= i && k < cueEnd) || (labels[k] < 3 && p.quote[k] == 0
              && (k < cueEnd || labels[k] == 0));
        }
        if (free) {
          labels[from] = 5;
          for (int k = from + 1; k < last; k++) {
            labels[k] = 6;
          }
        }
      }
      i = cueEnd - 1;
    }
  }

  /**
   * "warned that prices would rise, and argued that the tax was unfair": a second verb of saying
   * inside a content, joined by "and" and followed by "that", opens an attribution of its own
   * (its source is the first one's, given by {@link #inheritSources}).
   */
  static void coordinatedCues(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 2; k + 2 < labels.length; k++) {
      // ("… but warned that risks remained": a contrast joins the second act as "and" does)
      if (labels[k] == 6 && labels[k + 1] == 6 && p.quote[k] == 0
          && SPEECH_VERBS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))
          && (p.word(k - 1).equalsIgnoreCase("and") || p.word(k - 1).equalsIgnoreCase("but"))
          && p.word(k + 1).equalsIgnoreCase("that")) {
        labels[k - 1] = 0;
        if (p.word(k - 2).equals(",")) {
          labels[k - 2] = 0;
        }
        labels[k] = 3;
        labels[k + 1] = 5;
      } else if (labels[k] == 6 && labels[k + 1] == 6 && p.quote[k] == 0
          && SPEECH_ACTS.contains(p.word(k)) && p.word(k - 1).equals("and")
          && !p.word(k + 1).equalsIgnoreCase("that") && contentOpensBefore(labels, k - 1, 4)) {
        // "said the province had invested 4 million euros and dismissed suggestions …": a
        // past-tense act of speech after "and" is the speaker's second act, not the reported
        // clause's (PolNeAR ends the content before it: "… and called his standing …").
        labels[k - 1] = 0;
        if (p.word(k - 2).equals(",")) {
          labels[k - 2] = 0;
        }
        labels[k] = 3;
        labels[k + 1] = 5;
      }
    }
  }

  /** Whether the content around {@code k} opened at least {@code words} tokens before it. */
  private static boolean contentOpensBefore(int[] labels, int k, int words) {
    int b = k;
    while (b > 0 && labels[b] == 6) {
      b--;
    }
    return labels[b] == 5 && k - b >= words;
  }

  /** Acts of speech a source goes on to after a reported clause, joined by "and". */
  private static final java.util.Set<String> SPEECH_ACTS = java.util.Set.of("said", "added",
      "warned", "insisted", "argued", "stressed", "explained", "noted", "called", "urged",
      "accused", "criticized", "criticised", "praised", "defended", "vowed", "promised",
      "dismissed", "rejected", "denied", "predicted", "questioned", "proposed", "threatened",
      "acknowledged", "conceded", "suggested", "asked");

  /**
   * "…, said Mr. Barrett, the agency's lawyer." and "…, a source said.": an attribution closing
   * its sentence after a comma reports the whole clause before the comma, so that clause becomes
   * its content even where the tagger read a cue of its own inside it ("lenders could be
   * pressed"), unless the clause holds quoted words or another verb of saying.
   */
  static void closingAttributions(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 1; c < n; c++) {
      boolean accordingTo = p.word(c).equalsIgnoreCase("according") && c + 1 < n
          && p.word(c + 1).equals("to") && labels[c + 1] == 4
          && (c + 2 >= n || labels[c + 2] != 4);
      if (labels[c] != 3) {
        continue;
      }
      int cueEnd = c + 1;
      while (cueEnd < n && labels[cueEnd] == 4) {
        cueEnd++;
      }
      int s = sentenceStart(p, c);
      int e = sentenceEnd(p, c);
      // Any cue qualifies when its sentence has no content at all ("…, The Post has learned.");
      // otherwise only a verb of saying or "according to".
      boolean contentless = true;
      for (int k = s; k < e && contentless; k++) {
        contentless = labels[k] < 5;
      }
      boolean speech = accordingTo || (cueEnd == c + 1
          && SPEECH_VERBS.contains(p.word(c).toLowerCase(java.util.Locale.ROOT)));
      if (!speech && !contentless) {
        continue;
      }
      // The source sits right before or right after the cue; after it, only punctuation.
      int comma;
      int after = cueEnd;
      if (labels[c - 1] == 0 && p.word(c - 1).equals(",")) {
        comma = c - 1;
        while (after < e && (labels[after] == 1 || labels[after] == 2)) {
          after++;
        }
      } else {
        int src = c;
        while (src > s && (labels[src - 1] == 1 || labels[src - 1] == 2)) {
          src--;
        }
        // "…, Agriculture Minister Petra Dalca said": capitalized words of a title the tagger
        // left out between the comma and the source are the source's.
        int title = src;
        while (title - 1 > s && src - title < 3 && labels[title - 1] == 0
            && Character.isUpperCase(p.word(title - 1).charAt(0))) {
          title--;
        }
        // "…, the district court in Halden ruled": the noun chain the tagger cut to its last
        // name, when nothing but that chain stands between the comma and the cue.
        if (title == src && src - 1 > s && !p.word(src - 1).equals(",")
            && CHAIN_PREPOSITIONS.contains(p.word(src - 1).toLowerCase(java.util.Locale.ROOT))) {
          int from = nounChainAfterComma(p, labels, s, src);
          if (from >= 0) {
            title = from;
          }
        }
        if (title < src && p.word(title - 1).equals(",")) {
          labels[title] = 1;
          for (int k = title + 1; k < c && labels[k] != 3; k++) {
            labels[k] = 2;
          }
          src = title;
        }
        if (accordingTo || src == c || src == s || !p.word(src - 1).equals(",")) {
          continue;
        }
        comma = src - 1;
      }
      // "…, the authority said in a statement, and ordered the level lowered.": a predicate
      // coordinated after the attribution is the speaker's next act, not part of what was said.
      // So is the writer's own clause after it ("…, two people said, as the company seeks to cut
      // debt.", "…, one of them said, asking not to be named."), whatever the tagger made of it.
      int sentenceEnd = e;
      boolean writers = false;
      for (int k = after; k + 1 < e; k++) {
        String next = p.word(k + 1).toLowerCase(java.util.Locale.ROOT);
        if (!p.word(k).equals(",")) {
          continue;
        }
        if ((next.equals("and") || next.equals("but")) && labels[k + 1] == 0) {
          e = k;
          break;
        }
        // "…, the operator said on Tuesday, blaming higher fuel costs.": a participle cue
        // after the attribution is its own.
        if (labels[k + 1] == 3 && next.endsWith("ing") && next.length() > 5) {
          e = k;
          break;
        }
        if (labels[k + 1] != 3 && (SUBORDINATORS.contains(next) || (next.endsWith("ing")
            && next.length() > 5 && !SPEECH_WORDS.contains(next) && !next.equals("including")
            && !next.equals("according")))) {
          e = k;
          writers = true;
          break;
        }
      }
      // What follows may be circumstance ("told The Huffington Post on Thursday") or, after
      // "according to", an untagged source; then only punctuation.
      int tail = wordsEnd(p, after, e);
      boolean closing = tail - after <= (accordingTo ? 12 : 8);
      // "told the Harbour Ledger on Thursday": after "told" comes whom, which the tagger may
      // have read as content.
      boolean told = cueEnd == c + 1 && (p.word(c).equals("told") || p.word(c).equals("tells"))
          && tail - after <= 6;
      for (int k = after; k < tail && closing; k++) {
        closing = (labels[k] == 0 || (told && labels[k] >= 5)) && p.quote[k] == 0;
      }
      for (int k = tail; k < e && closing; k++) {
        closing = !Character.isLetterOrDigit(p.text.charAt(p.start[k]));
      }
      boolean untaggedSource = accordingTo && after == cueEnd && tail > after;
      if (!closing || comma - s < 4) {
        continue;
      }
      boolean plain = true;
      for (int k = s; k < comma && plain; k++) {
        plain = p.quote[k] == 0 && !(labels[k] == 3
            && SPEECH_VERBS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT)));
      }
      if (plain) {
        if (DISCOURSE_OPENERS.contains(p.word(s).toLowerCase(java.util.Locale.ROOT))
            && comma - s > 4) {
          labels[s] = 0; // "However debates … , noted X": the connective is the writer's
          s += p.word(s + 1).equals(",") ? 2 : 1;
          labels[s - 1] = 0;
        }
        labels[s] = 5;
        for (int k = s + 1; k < comma; k++) {
          labels[k] = 6;
        }
        for (int k = after; k < tail; k++) {
          if (labels[k] >= 5) {
            labels[k] = 0;
          }
        }
        boolean cueAfter = false;
        for (int k = e; k < sentenceEnd; k++) {
          cueAfter |= labels[k] == 3;
        }
        for (int k = e; writers && !cueAfter && k < sentenceEnd; k++) {
          if (labels[k] >= 5) {
            labels[k] = 0;
          }
        }
        if (untaggedSource) {
          labels[after] = 1;
          for (int k = after + 1; k < tail; k++) {
            labels[k] = 2;
          }
        }
      }
    }
  }

  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("as", "while",
      "after", "before", "because", "since", "although", "though", "when", "whereas", "even");

  private static final java.util.Set<String> FINDINGS = java.util.Set.of("poll", "polls",
      "survey", "study", "analysis", "audit", "census", "count", "tally");
  private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("poll", "survey",
      "report", "study", "interview", "statement", "letter", "memo", "speech", "book", "filing",
      "complaint", "lawsuit", "ruling", "analysis", "editorial", "column", "essay", "article",
      "email", "e-mail", "message", "video", "ad", "advertisement", "op-ed", "tweet", "post",
      "documents", "testimony", "affidavit", "indictment", "audit", "review", "assessment");

  /**
   * "In the latest Harbour Ledger poll, 54 percent back the plan": a sentence opening with "In"
   * and a document, with no other cue, attributes its clause to that document.
   */
  static void documentLeads(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int s = 0; s < n; s++) {
      boolean start = s == 0 || p.sentence[s - 1] != p.sentence[s];
      if (!start || !p.word(s).equals("In")) {
        continue;
      }
      int e = sentenceEnd(p, s);
      int comma = -1;
      boolean document = false;
      boolean data = false; // a poll or study: what follows is its finding, whoever it names
      for (int k = s + 1; k < Math.min(e, s + 16); k++) {
        if (p.word(k).equals(",")) {
          comma = k;
          break;
        }
        document |= DOCUMENTS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT));
        data |= FINDINGS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT));
      }
      if (comma < s + 2 || !document || e - comma < 5) {
        continue;
      }
      // (the encoder may read the document as a source and the clause as its own attribution,
      // "54 percent of residents back": no verb of saying there, so the document's still)
      boolean free = true;
      for (int k = s; k < e && free; k++) {
        free = (labels[k] == 0 || labels[k] >= 5
            || data && labels[k] <= 4 && !(labels[k] == 3 && sayingVerb(p.word(k))))
            && p.quote[k] == 0;
      }
      if (!free) {
        continue;
      }
      labels[s] = 3;
      labels[s + 1] = 1;
      for (int k = s + 2; k < comma; k++) {
        labels[k] = 2;
      }
      labels[comma] = 0;
      int last = wordsEnd(p, comma + 1, e);
      labels[comma + 1] = 5;
      for (int k = comma + 2; k < last; k++) {
        labels[k] = 6;
      }
      s = e - 1;
    }
  }

  /**
   * "He put the number of engines at 70 and said the last crews had left": a cue after "and"
   * whose sentence has no source shares the subject opening the sentence, a pronoun or a name
   * right before its verb.
   */
  static void sharedSubjects(Tokenizer.Paragraph p, int[] labels) {
    PartsOfSpeech pos = null;
    for (int c = 3; c < labels.length; c++) {
      if (labels[c] != 3 || !p.word(c - 1).equals("and") || labels[c - 1] != 0) {
        continue;
      }
      int s = sentenceStart(p, c);
      int e = sentenceEnd(p, c);
      boolean sourced = false;
      for (int k = s; k < e && !sourced; k++) {
        sourced = labels[k] == 1 || labels[k] == 2;
      }
      if (sourced || p.quote[s] != 0) {
        continue;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tags = pos.tag(p);
      int r = s;
      if (SUBJECT_PRONOUNS.contains(p.word(s).toLowerCase(java.util.Locale.ROOT))) {
        r = s + 1;
      } else {
        // a name, or a body's ("The Central Bank of Norvia raised … and said …")
        int k = p.word(s).equals("The") ? s + 1 : s;
        int end = k;
        while (k < c && (capitalizedNominal(p, pos, tags, k)
            || k > s && NAME_GLUE.contains(p.word(k)) && k + 1 < c
                && Character.isUpperCase(p.word(k + 1).charAt(0)))) {
          k++;
          end = capitalizedNominal(p, pos, tags, k - 1) ? k : end;
        }
        r = end > s && (end > s + 1 || !p.word(s).equals("The")) ? end : s;
      }
      if (r == s || r + 1 >= c || labels[r - 1] != 0
          || !(pos.name(tags[r]).startsWith("VERB") || pos.name(tags[r]).startsWith("AUX"))) {
        continue;
      }
      markSource(labels, s, r);
      c = e;
    }
  }

  /**
   * "The trust's chief executive, Priya Nandakumar, apologised, saying …": the name set off
   * after a described source, before the verb, belongs to the source (the tagger may stop at
   * the description's comma).
   */
  static void namesInApposition(Tokenizer.Paragraph p, int[] labels) {
    PartsOfSpeech pos = null;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 1) {
        continue;
      }
      int j = endOfRun(labels, i);
      if (j + 3 >= labels.length || !p.word(j).equals(",") || labels[j] != 0
          || labels[j + 1] != 0 || p.quote[j + 1] != 0) {
        i = j - 1;
        continue;
      }
      pos = pos == null ? PartsOfSpeech.english() : pos;
      byte[] tags = pos.tag(p);
      int r = j + 1;
      while (r < labels.length && labels[r] == 0 && pos.name(tags[r]).startsWith("PROPN")
          && Character.isUpperCase(p.word(r).charAt(0))) {
        r++;
      }
      if (r > j + 1 && r - j <= 5 && r + 1 < labels.length && p.word(r).equals(",")
          && labels[r] == 0 && (pos.name(tags[r + 1]).startsWith("VERB")
              || pos.name(tags[r + 1]).startsWith("AUX") || labels[r + 1] == 3)) {
        markSource(labels, i, r + 1);
      }
      i = j - 1;
    }
  }

  private static final java.util.Set<String> NAME_GLUE = java.util.Set.of("of", "for", "and",
      "the");

  private static boolean capitalizedNominal(Tokenizer.Paragraph p, PartsOfSpeech pos,
      byte[] tags, int k) {
    String t = pos.name(tags[k]);
    return Character.isUpperCase(p.word(k).charAt(0))
        && (t.startsWith("PROPN") || t.startsWith("NOUN") || t.startsWith("ADJ"));
  }

  /**
   * "…, said Mr. Burman (a view shared by many).": a source ends before a parenthesis it does not
   * close; the aside inside is the writer's. A closed one stays ("Joe Ward (D-Ohio)").
   */
  static void unclosedParentheses(Tokenizer.Paragraph p, int[] labels) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 1) {
        continue;
      }
      int j = endOfRun(labels, i);
      int open = -1;
      for (int k = i + 1; k < j; k++) {
        String w = p.word(k);
        if (w.equals("(")) {
          open = open < 0 ? k : open;
        } else if (w.equals(")") && !(open >= 0 && open + 1 < k
            && Character.isLowerCase(p.word(open + 1).charAt(0)))) {
          // "(pictured above in 2019)" is the writer's aside even closed; "(D-Ohio)" is not
          open = -1;
        }
      }
      if (open > i) {
        java.util.Arrays.fill(labels, open, j, 0);
      }
      i = j - 1;
    }
  }

  /**
   * "The museum, Mr. Bush said, celebrated several of his heroes": an attribution set between
   * commas inside its sentence reports the rest of the sentence, both sides of it.
   */
  static void parentheticalCues(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int c = 2; c + 2 < n; c++) {
      if (labels[c] != 3 || labels[c + 1] == 4 || !p.word(c + 1).equals(",")
          || !SPEECH_VERBS.contains(p.word(c).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int src = c;
      while (src > 0 && (labels[src - 1] == 1 || labels[src - 1] == 2)) {
        src--;
      }
      if (src == c || src == 0 || !p.word(src - 1).equals(",")) {
        continue;
      }
      int s = sentenceStart(p, c);
      int last = wordsEnd(p, c + 2, sentenceEnd(p, c));
      if (src - 1 - s < 2 || last - (c + 2) < 3) {
        continue;
      }
      boolean plain = true;
      for (int k = s; k < last && plain; k++) {
        boolean own = k >= src - 1 && k <= c + 1;
        plain = own || (p.quote[k] == 0 && (labels[k] == 0 || labels[k] >= 5));
      }
      if (!plain) {
        continue;
      }
      labels[s] = 5;
      for (int k = s + 1; k < src - 1; k++) {
        labels[k] = 6;
      }
      labels[c + 2] = 5;
      for (int k = c + 3; k < last; k++) {
        labels[k] = 6;
      }
    }
  }

  private static final java.util.Set<String> TRAILING = java.util.Set.of("of", "on", "during",
      "in", "at", "after", "before", "about");

  /**
   * "In the same time she underlined that no worker will lose the working place": a verb of
   * saying the training news never showed (translations favour "underlined", "informed",
   * "specified"), with its subject right before it and "that" right after, in a sentence where
   * the tagger found nothing, is an attribution all the same.
   */
  static void untaggedThatClauses(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 1; k + 2 < n; k++) {
      if (!p.word(k + 1).equals("that") || p.quote[k] != 0
          || !THAT_VERBS.contains(p.word(k).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int s = sentenceStart(p, k);
      int e = k;
      while (e < n && p.sentence[e] == p.sentence[k]) {
        e++;
      }
      boolean untagged = true;
      for (int i = s; i < e && untagged; i++) {
        untagged = labels[i] == 0;
      }
      if (!untagged || e - k < 5) {
        continue;
      }
      // "Sorrell has specified that": the auxiliary opens the cue
      int cue = k > s + 1 && HAVE.contains(p.word(k - 1).toLowerCase(java.util.Locale.ROOT))
          ? k - 1 : k;
      int from = subjectBefore(p, s, cue);
      if (from < 0) {
        continue;
      }
      labels[from] = 1;
      for (int i = from + 1; i < cue; i++) {
        labels[i] = 2;
      }
      if (p.word(cue - 1).equals(",")) {
        labels[cue - 1] = 0; // the comma closing an apposition is no part of the source
      }
      labels[cue] = 3;
      labels[k] = cue < k ? 4 : 3;
      labels[k + 1] = 5;
      int last = e;
      while (last > k + 2 && ".!?".contains(p.word(last - 1))) {
        last--;
      }
      for (int i = k + 2; i < last; i++) {
        labels[i] = 6;
      }
    }
  }

  /**
   * "Two people died when the footbridge collapsed, police have confirmed.": a sentence closing
   * on a comma, a short subject and a verb of saying reports the clause before the comma, where
   * the tagger found no cue in the sentence.
   */
  static void untaggedClosingCues(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int v = 3; v < n; v++) {
      if (!CLOSING_VERBS.contains(p.word(v).toLowerCase(java.util.Locale.ROOT))
          || p.quote[v] != 0) {
        continue;
      }
      int end = v + 1;
      if (end < n && p.sentence[end] == p.sentence[v] && !".!?".contains(p.word(end))) {
        continue; // the verb closes the sentence
      }
      int cue = v;
      if (HAVE.contains(p.word(v - 1).toLowerCase(java.util.Locale.ROOT))) {
        cue = v - 1;
      }
      int comma = cue - 1;
      while (comma > 0 && cue - comma <= 6 && !p.word(comma).equals(",")
          && p.sentence[comma] == p.sentence[v]
          && p.word(comma).chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
        comma--;
      }
      int s = sentenceStart(p, v);
      if (!p.word(comma).equals(",") || comma == cue - 1 || comma - s < 4) {
        continue;
      }
      boolean cueless = true;
      for (int i = s; i < end && cueless; i++) {
        cueless = labels[i] != 3 && labels[i] != 4 && p.quote[i] == 0;
      }
      if (!cueless) {
        continue;
      }
      for (int i = s; i < comma; i++) {
        labels[i] = i == s ? 5 : 6;
      }
      labels[comma] = 0;
      for (int i = comma + 1; i < cue; i++) {
        labels[i] = i == comma + 1 ? 1 : 2;
      }
      for (int i = cue; i <= v; i++) {
        labels[i] = i == cue ? 3 : 4;
      }
    }
  }

  private static final java.util.Set<String> CLOSING_VERBS = java.util.Set.of("said", "says",
      "confirmed", "announced", "reported", "added", "warned", "stated", "claimed", "insisted",
      "explained", "noted", "told");
  private static final java.util.Set<String> HAVE = java.util.Set.of("have", "has", "had");

  private static final java.util.Set<String> THAT_VERBS = java.util.Set.of("underlined",
      "underlines", "emphasized", "emphasised", "emphasizes", "emphasises", "specified",
      "clarified", "assured", "informed", "indicated", "recalled", "reminded", "stressed",
      "noted", "stated", "declared", "explained", "confirmed", "announced", "reported",
      "claimed", "insisted", "argued", "warned", "added", "said", "says", "acknowledged",
      "admitted", "conceded", "maintained", "asserted", "estimated", "predicted", "heard",
      "affirmed", "affirms", "reiterated", "reaffirmed", "highlighted", "observed", "contended",
      "alleged", "revealed", "disclosed", "mentioned", "pledged", "vowed", "guaranteed",
      "considered", "considers", "manifested", "expressed", "communicated", "detailed",
      "precised", "signalled", "signaled", "sustained", "sustains", "evaluated", "opined");
  private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she",
      "they", "it", "we", "i");

  /**
   * Where the subject right before the verb at {@code k} starts: a pronoun, a run of names
   * ("M. Lindqvist", "Mara Lindqvist"), or "the" and up to two words ("the media"); -1 if none.
   */
  private static int subjectBefore(Tokenizer.Paragraph p, int s, int k) {
    String before = p.word(k - 1);
    if (SUBJECT_PRONOUNS.contains(before.toLowerCase(java.util.Locale.ROOT))) {
      return k - 1;
    }
    if (before.equals(",")) {
      // "The minister of Economy, Pau Serra, affirmed that": a role opening the sentence and
      // its holder's name set off by commas are the subject.
      int name = k - 1;
      while (name > s && Character.isUpperCase(p.word(name - 1).charAt(0))
          && p.word(name - 1).chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        name--;
      }
      int names = k - 1 - name;
      if (names < 1 || names > 4 || name - 1 <= s || !p.word(name - 1).equals(",")
          || name - 1 - s > 8) {
        return -1;
      }
      for (int i = s; i < name - 1; i++) {
        if (!p.word(i).chars().allMatch(Character::isLetter)) {
          return -1;
        }
      }
      return s;
    }
    int from = k;
    while (from > s && (Character.isUpperCase(p.word(from - 1).charAt(0))
        && p.word(from - 1).chars().allMatch(c -> Character.isLetter(c) || c == '-')
        || p.word(from - 1).equals(".") && from - 2 >= s && p.word(from - 2).length() == 1)) {
      from--;
    }
    if (from < k && (from == s || !Character.isUpperCase(p.word(from).charAt(0))
        || from > s && !p.word(from - 1).equalsIgnoreCase("the"))) {
      return from > s && p.word(from - 1).equalsIgnoreCase("the") ? from - 1 : from;
    }
    for (int the = k - 1; the >= Math.max(s, k - 3); the--) {
      if (p.word(the).equalsIgnoreCase("the")) {
        for (int i = the + 1; i < k; i++) {
          if (!p.word(i).chars().allMatch(Character::isLetter)) {
            return -1;
          }
        }
        return the;
      }
    }
    return -1;
  }

  /**
   * "said M. Lindqvist": a source cut at an initial's full stop goes on with the name after it,
   * as translations shorten first names.
   */
  static void initialsInSources(Tokenizer.Paragraph p, int[] labels) {
    int n = labels.length;
    for (int k = 0; k + 2 < n; k++) {
      if ((labels[k] == 1 || labels[k] == 2) && labels[k + 1] == 0 && labels[k + 2] == 0
          && p.word(k).length() == 1 && Character.isUpperCase(p.word(k).charAt(0))
          && p.word(k + 1).equals(".") && Character.isUpperCase(p.word(k + 2).charAt(0))
          && p.word(k + 2).chars().allMatch(Character::isLetter)) {
        labels[k + 1] = 2;
        labels[k + 2] = 2;
      }
    }
  }

  /** "said of the plan", "saying during the debate": the cue is the verb alone. */
  static void bareSpeechVerbs(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 0; k + 1 < labels.length; k++) {
      String w = p.word(k).toLowerCase(java.util.Locale.ROOT);
      if (labels[k] == 3 && labels[k + 1] == 4
          && (k + 2 >= labels.length || labels[k + 2] != 4)
          && (SPEECH_VERBS.contains(w) || w.equals("saying") || w.equals("say"))
          && TRAILING.contains(p.word(k + 1).toLowerCase(java.util.Locale.ROOT))) {
        labels[k + 1] = 0;
      }
    }
  }

  private static final java.util.Set<String> VIEW_NOUNS = java.util.Set.of("view", "belief",
      "claim", "assertion", "argument", "contention", "position", "insistence", "conviction",
      "suggestion", "assessment", "warning", "promise", "pledge", "hope", "fear", "opinion");
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an",
      "his", "her", "their", "its", "our", "this", "that");

  /**
   * "the mayor's view that the bridge was safe": the possessor is the source, the noun the cue,
   * the "that" clause the content, whatever the tagger made of the sentence around it.
   */
  static void possessiveViews(Tokenizer.Paragraph p, int[] labels) {
    for (int k = 1; k + 2 < labels.length; k++) {
      String w = p.word(k);
      if (!(w.equals("'s") || w.equals("’s")) || labels[k + 1] == 3
          || !VIEW_NOUNS.contains(p.word(k + 1).toLowerCase(java.util.Locale.ROOT))
          || !p.word(k + 2).equalsIgnoreCase("that") || p.quote[k + 2] != 0) {
        continue;
      }
      int from = k;
      while (from > 0 && k - from < 4 && Character.isLetter(p.word(from - 1).charAt(0))
          && p.sentence[from - 1] == p.sentence[k]) {
        from--;
        if (DETERMINERS.contains(p.word(from).toLowerCase(java.util.Locale.ROOT))) {
          break;
        }
      }
      if (from == k) {
        continue;
      }
      int end = k + 3;
      while (end < labels.length && p.sentence[end] == p.sentence[k] && p.quote[end] == 0
          && !p.word(end).equals(",") && !p.word(end).equals(";")) {
        end++;
      }
      end = wordsEnd(p, k + 3, end);
      for (int i = from; i < k; i++) {
        labels[i] = i == from ? 1 : 2;
      }
      labels[k] = 0;
      // "Engineers rejected the mayor's view that …": the verb governing the view is no cue of
      // the mayor's words.
      for (int i = from - 1; i >= 0 && (labels[i] == 3 || labels[i] == 4); i--) {
        labels[i] = 0;
      }
      labels[k + 1] = 3;
      for (int i = k + 2; i < end; i++) {
        labels[i] = i == k + 2 ? 5 : 6;
      }
    }
  }

  /**
   * The source and cue of a paragraph that ends in a cue and a colon ("Caddell continued:"),
   * with an empty content for the next paragraph to fill; or null.
   */
  private static Attribution colonLead(Tokenizer.Paragraph p, int[] labels) {
    int last = p.size - 1;
    if (last < 1 || !p.word(last).equals(":")) {
      return null;
    }
    int cueEnd = labels[last] == 3 || labels[last] == 4 ? last + 1 : last;
    if (labels[cueEnd - 1] != 3 && labels[cueEnd - 1] != 4) {
      return shortColonLead(p);
    }
    int cueStart = cueEnd - 1;
    while (cueStart > 0 && labels[cueStart] == 4) {
      cueStart--;
    }
    if (labels[cueStart] != 3) {
      return null;
    }
    Span source = null;
    for (int i = cueStart - 1; i >= 0; i--) {
      if (labels[i] == 1 || labels[i] == 2) {
        int j = i;
        while (j > 0 && labels[j] == 2) {
          j--;
        }
        source = new Span(p.start[j], p.end[i]);
        break;
      }
    }
    if (source == null && cueEnd < p.size) {
      int i = cueEnd;
      int j = i;
      while (j < p.size && (labels[j] == 1 || labels[j] == 2)) {
        j++;
      }
      source = j > i ? new Span(p.start[i], p.end[j - 1]) : null;
    }
    // PolNeAR's cues keep their colon ("added:") ten times in eleven.
    Span cue = new Span(p.start[cueStart], p.end[source != null && source.start() > p.start[cueStart]
        ? cueEnd - 1 : last]);
    return new Attribution(source, cue, List.of(), false);
  }

  /**
   * "Okafor added:" alone in its paragraph, which the tagger, meeting a name it never saw with
   * nothing said after it, may leave unlabelled.
   */
  private static Attribution shortColonLead(Tokenizer.Paragraph p) {
    int verb = p.size - 2;
    if (verb < 1 || p.size > 10 || p.sentence[0] != p.sentence[verb]
        || !Character.isUpperCase(p.text.charAt(p.start[0]))) {
      return null;
    }
    return leadSentence(p, 0, verb);
  }

  /** The paragraph's last sentence, when it is a short lead ("… on Monday. He added:"). */
  private static Attribution lastSentenceLead(Tokenizer.Paragraph p) {
    int verb = p.size - 2;
    if (verb < 1 || !p.word(p.size - 1).equals(":")) {
      return null;
    }
    int from = sentenceStart(p, verb);
    if (verb - from > 8 || verb == from || !Character.isUpperCase(p.text.charAt(p.start[from]))) {
      return null;
    }
    return leadSentence(p, from, verb);
  }

  private static Attribution leadSentence(Tokenizer.Paragraph p, int from, int verb) {
    String v = p.word(verb).toLowerCase(java.util.Locale.ROOT);
    if (!SPEECH_VERBS.contains(v) && !LEAD_VERBS.contains(v)) {
      return null;
    }
    if (verb == from) {
      return null;
    }
    for (int k = from; k < verb; k++) {
      if (!Character.isLetter(p.text.charAt(p.start[k])) && !p.word(k).equals(".")) {
        return null;
      }
    }
    return new Attribution(new Span(p.start[from], p.end[verb - 1]),
        new Span(p.start[verb], p.end[p.size - 1]), List.of(), false);
  }

  private static final java.util.Set<String> LEAD_VERBS = java.util.Set.of("continued",
      "continues", "wrote", "writes", "reported", "reports", "responded", "responds", "declared",
      "declares", "concluded", "concludes", "recalled", "recalls", "replied", "replies",
      "explained", "explains", "echoed", "tweeted", "posted", "asked", "asks");

  /** First token of token {@code i}'s sentence. */
  private static int sentenceStart(Tokenizer.Paragraph p, int i) {
    int s = i;
    while (s > 0 && p.sentence[s - 1] == p.sentence[i]) {
      s--;
    }
    return s;
  }

  /** One past the last token of token {@code i}'s sentence. */
  private static int sentenceEnd(Tokenizer.Paragraph p, int i) {
    int e = i;
    while (e < p.size && p.sentence[e] == p.sentence[i]) {
      e++;
    }
    return e;
  }

  /** {@code to}, less the punctuation closing {@code [from, to)}. */
  private static int wordsEnd(Tokenizer.Paragraph p, int from, int to) {
    while (to > from && !Character.isLetterOrDigit(p.text.charAt(p.start[to - 1]))) {
      to--;
    }
    return to;
  }

  private static boolean hasLetter(Tokenizer.Paragraph p, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isLetterOrDigit(p.text.charAt(p.start[k]))) {
        return true;
      }
    }
    return false;
  }

  private static Span span(Tokenizer.Paragraph p, Piece x) {
    return new Span(p.start[x.from], p.end[x.to - 1]);
  }
}
