package org.parallax.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said what in one article: its quotes with speakers resolved to canonical entities, and the
 * entities it names.
 *
 * <p>Resolution is deliberately conservative. A source that contains a known name is that
 * person; a definite role description ("the Russian leader", "the President of the Russian
 * Federation") is the most-mentioned titled person of the article; "he" or "she" is the last
 * resolved person speaker. A pronoun with nothing to point at gives a null speaker rather than a
 * guess, and a source that names no entity ("the documents") is reported as written.
 */
public record WhoSaidWhat(List<Quote> quotes, List<Entity> entities) {
  public WhoSaidWhat {
    quotes = List.copyOf(quotes);
    entities = List.copyOf(entities);
  }

  private static final Pattern CANDIDATE = Pattern.compile(
      "^the .*\\b(?:nominee|candidate|hopeful|challenger)$");
  private static final Pattern ANONYMITY = Pattern.compile(
      "(?i)(?:not to be (?:named|identified)|anonymity)\\b");
  private static final Pattern SEEN_BY = Pattern.compile(
      "(?i)((?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?)\\s+(?:seen|obtained|reviewed|viewed"
          + ") by\\s+(.+)");
  private static final Pattern HOW_SPOKEN = Pattern.compile(
      "(?i)[\\s,]*(?:speaking|who spoke|who asked|asking|declining to be named)\\b[^.]{0,40}?"
          + "(?:anonymity|not to be (?:named|identified)|to remain anonymous)");
  private static final Pattern LONE_PRONOUN = Pattern.compile(
      "(?i)(?:that|this|it|so|them|those|these)[.!?]?");
  /** The nouns a body goes by when not named: "the ministry", "the railway workers' union". */
  private static final String BODY_NOUNS = "(?:ministry|department|agency|committee|council"
      + "|commission|union|party|court|authority|office|bank|board|institute|foundation"
      + "|corporation|company|group|association|federation|service|utility|operator"
      + "|government|administration|airport|hospital|university|school|college|museum|club"
      + "|police|prison|port|trust|charity|institution|directorate|inspectorate|regulator"
      + "|ombudsman|tribunal|chamber|exchange|observatory|embassy|consulate)";
  private static final Pattern THE_BODY = Pattern.compile(
      "the " + BODY_NOUNS);
  /** A body named by what it is, as written: "The railway workers' union". */
  private static final Pattern BODY_HEAD = Pattern.compile(
      "\\b" + BODY_NOUNS + "$");
  private static final Pattern CIRCUMSTANCE = Pattern.compile(
      "\\b(?:after|before|during|while|with|at|alongside)\\b");
  private static final Pattern AGREED_TO = Pattern.compile(
      "(?i)(?:has |have |had )?(?:agreed|agrees|agree|consented|consents|signed up) to");
  private static final Pattern INITIAL_SURNAME = Pattern.compile(
      "(\\p{Lu})\\.\\s?(\\p{Lu}[\\p{L}'’-]+)");
  private static final Set<String> RELATIVES = Set.of("which", "who", "that", "this", "there",
      "what", "whom", "these", "those");
  private static final Set<String> PASSIVE_PARTICIPLES = Set.of("asked", "pressed",
      "questioned", "challenged", "quizzed");
  /** A source opening with one of these ("which called the strike") is a relative clause. */
  private static final Set<String> RELATIVE_PERSONS = Set.of("who", "which", "whom");
  private static final Map<String, String> GENDERED = Map.of("the woman", "she", "the man", "he",
      "the girl", "she", "the boy", "he");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i",
      "his");
  /** Whether "and" joins a word of {@code name} to another subject in {@code lower}. */
  private static boolean conjoined(String lower, String name) {
    Matcher m = AND.matcher(lower);
    if (name.toLowerCase(Locale.ROOT).contains(" and ") || !m.find()) {
      return false;
    }
    Set<String> words = Set.of(name.toLowerCase(Locale.ROOT).split(" "));
    return words.contains(m.group(1)) || words.contains(m.group(2));
  }

  private static final Pattern AND = Pattern.compile(
      "([\\p{L}'’.-]+),? and (?:the |his |her |their )?([\\p{L}'’.-]+)");

  private static boolean pageLabel(String text, Attribution a) {
    if (a.source() == null || !a.cue().of(text).strip().equals(":")) {
      return false;
    }
    String label = Quote.clean(a.source().of(text)).toLowerCase(Locale.ROOT);
    // ("Contact Mira Lenz: 555-0100" is how to reach the writer)
    return PAGE_LABELS.contains(label) || label.matches("(?:contact|follow|email|reach) .+");
  }

  private static final Pattern CONTRACTED =
      Pattern.compile("^(we|they|you|he|she)['’](?:re|ve|ll|d|s)$");
  private static final Pattern WRITER =
      Pattern.compile("(?i)i['’](?:m|ve|ll|d)");
  /** Labels a web page sets before a colon: credits, contacts, captions, navigation. */
  private static final Set<String> PAGE_LABELS = Set.of("file", "file photo", "photo", "photos",
      "video", "email", "e-mail", "contributing", "contributors", "related", "related coverage",
      "twitter", "facebook", "instagram", "tagged", "tags", "updated", "posted", "published",
      "caption", "credit", "image", "follow", "contact", "phone", "tel", "fax", "website", "web",
      "read more", "see also", "previous years", "click here", "advertisement", "share",
      "comments", "copyright", "filed under", "more", "watch", "listen", "subscribe");
  private static final Pattern OWNER_CUE =
      Pattern.compile("(?i)in (his|her) \\w+");

  /**
   * Starts loading, on a background thread, the models {@link #of(String, boolean)} will need,
   * so a caller with other work to do first does not wait for them later. Loading happens once
   * per process, whoever asks first; a failure surfaces again on first use.
   */
  public static void warmUp(boolean fast) {
    Thread loader = new Thread(() -> {
      try {
        Attributions.fastModel();
        if (!fast && Syntax.available()) {
          Attributions.model();
          EncoderTagger.shipped();
        }
      } catch (RuntimeException | LinkageError e) {
        // reported by the first real use, on the caller's thread
      }
    }, "parallax-model-loader");
    loader.setDaemon(true);
    loader.start();
  }

  public static WhoSaidWhat of(String text) {
    return of(text, false);
  }

  /** With {@code fast}, attribution by the tagger without the dependency parse. */
  public static WhoSaidWhat of(String text, boolean fast) {
    // One tokenization serves both the tagger and name recognition.
    List<Tokenizer.Paragraph> paragraphs = Tokenizer.paragraphs(text);
    // "FILE: …", "Email: …", "Contributing: …": a web page's furniture, which no one says.
    List<Attribution> attributions = Attributions.find(text, paragraphs,
        Attributions.tagger(fast)).stream().filter(a -> !pageLabel(text, a)).toList();
    Names names = Names.find(paragraphs, attributions);
    List<Quote> quotes = new ArrayList<>();
    String lastSpeaker = null;
    int lastSpeakerAt = -1;
    String statementBy = null; // who last "said in a statement"
    int statementAt = -1;
    // People named inside what someone said are not who a later "he" or "she" means.
    List<Span> spoken = new ArrayList<>();
    // (not the subject of a passive with no source: "Milan Kresnik is accused of rigging …")
    attributions.forEach(x -> x.content().stream()
        .filter(c -> x.source() != null || c.start() > x.cue().start()).forEach(spoken::add));
    int previousCue = Integer.MIN_VALUE / 2;
    Optional<String> interviewee = null; // looked for at the first "A:"
    for (Attribution a : attributions) {
      String speaker = null;
      String source = a.source() == null ? null : Quote.clean(a.source().of(text));
      // "In Berg's view": PolNeAR's source keeps the possessive its cue hangs from, and the
      // taggers learnt it so; the one who holds the view is Berg.
      if (source != null && a.source().end() <= a.cue().start()
          && a.cue().start() - a.source().end() <= 2 && source.length() > 3
          && (source.endsWith("'s") || source.endsWith("’s"))) {
        source = source.substring(0, source.length() - 2);
      }
      String cueText = Quote.clean(a.cue().of(text));
      if (cueText.isEmpty() && a.cue().of(text).strip().equals(":")) {
        cueText = ":"; // a transcript's "MOOR:" label: the colon is what introduces the words
      }
      // "In his opinion": the owner inside the cue is the source.
      Matcher owner = OWNER_CUE.matcher(cueText);
      if (source == null && owner.matches()) {
        source = owner.group(1);
      }
      // "I'm calling on women to …" outside quotation marks is the writer: no one named.
      if (source != null && !source.isEmpty() && !WRITER.matcher(source).matches()) {
        String lower = source.toLowerCase(Locale.ROOT);
        // "The 58-year-old mayor, who has made the project …": the role, its relative clause
        // and the age that describe it left aside.
        lower = DESCRIBING.matcher(lower).replaceAll("").strip();
        // "We're told …", "They're expected to …": the pronoun is the source.
        lower = CONTRACTED.matcher(lower).replaceFirst("$1");
        // "According to her words" (as translations put "according to her"): she speaks.
        Matcher ownWords = OWN_WORDS.matcher(lower);
        if (ownWords.matches()) {
          lower = ownWords.group(1);
        }
        // "The prosecution, led by Simon Achebe,": who leads a body is not the body speaking.
        Matcher led = LED_BY.matcher(a.source() == null ? "" : a.source().of(text));
        Span own = a.source() == null ? null : led.find()
            ? new Span(a.source().start(), a.source().start() + led.start()) : a.source();
        Names.Named named = own == null ? null : names.inside(own);
        // "according to the official tally read out by the Speaker, Margit Loewe": the document
        // is the source, not whoever the phrase naming it mentions.
        if (named != null && DOCUMENT_BY.matcher(source).lookingAt()) {
          source = source.replaceFirst(",\\s*\\p{Lu}[^,]*,?$", "");
          lower = source.toLowerCase(Locale.ROOT);
          named = null;
        }
        // "Both Fujimori and the rebels said": the two speak together, so neither alone.
        if (named != null && conjoined(lower, named.name())) {
          named = null;
        }
        if (own != a.source()) {
          source = Quote.clean(own.of(text));
          lower = DESCRIBING.matcher(source.toLowerCase(Locale.ROOT)).replaceAll("").strip();
        }
        // "Dr Omar Haddad, a consultant at St Aldhelm's Hospital who was not involved in the
        // research, called …": "who" is the person the sentence opens with, not the hospital.
        // "Lena Varga met Mira Dahl, who said …": a person named right before "who" is who.
        if (a.source() != null && (lower.startsWith("who ") || lower.equals("who"))) {
          Names.Named near = names.before(text, a.source().start());
          Span sentence = sentenceOf(text, a.source().start());
          Names.Named subject = near != null && near.type().equals("person") ? near
              : names.personAfter(text, sentence.start(), a.source().start() - sentence.start());
          if (subject != null) {
            named = subject;
          }
        }
        // "the governor, Bogdan Sterev, whom opposition lawmakers have accused of …": those
        // after "whom" act; the person before it is their object.
        Matcher whom = WHOM.matcher(source);
        if (whom.matches()) {
          source = whom.group(1);
          lower = source.toLowerCase(Locale.ROOT);
          named = null;
        }
        String sentenceBody;
        String itsBody = lower.equals("it") && a.source() != null
            ? subjectBody(text, a.source().start()) : null;
        // "The company, based in Redfield,": the description after the comma says where it is.
        String bodyPart = lower.replaceFirst("\\s*,.*$", "");
        String namedBody = THE_BODY.matcher(bodyPart).matches()
            ? names.organizationNamed(bodyPart.substring(4)) : null;
        if (named != null && !named.type().equals("person") && Names.isDefiniteTopRole(lower)) {
          named = null; // "the Kremlin leader" is a person, found below, not the Kremlin
        }
        // "a CCTV operator noticed", "a Kraft worker told": someone who works there, who does
        // not speak for the body as its spokesman does
        if (named != null && !named.type().equals("person")
            && WORKERS.contains(lower.substring(lower.lastIndexOf(' ') + 1))) {
          named = null;
        }
        // "The Harrowgate University expert said": a person of the body, not the body
        if (named != null && !named.type().equals("person") && lower.startsWith("the ")
            && PERSON_NOUNS.contains(lower.substring(lower.lastIndexOf(' ') + 1))) {
          named = null;
        }
        // "Lakmara Foods' chief executive spoke …", "The head of Varn Lines insisted": the
        // body's officer, not the body (its spokesman, who speaks for it, stays the body's voice)
        Matcher officer = POSSESSIVE_ROLE.matcher(lower);
        Matcher roleOf = ROLE_OF.matcher(lower);
        String office = officer.matches() ? officer.group(1)
            : roleOf.matches() ? roleOf.group(1) : null;
        if (named != null && !named.type().equals("person") && office != null
            && Names.isDefiniteRole("the " + office) && !office.contains("spokes")) {
          named = null;
        }
        // "The GOP nominee" is a person too, but which one the article does not say in a way
        // the roles know: the source stands as written rather than as the party.
        boolean candidate = named != null && !named.type().equals("person")
            && CANDIDATE.matcher(lower).find();
        if (candidate) {
          named = null;
        }
        boolean onBehalf = named != null && named.type().equals("person")
            && speaksFor(source, named.name())
            // "Economists polled by Baltic Wire" are not Baltic Wire
            || named != null && POLLED_BY.matcher(source).find();
        if (onBehalf) {
          speaker = source; // "an attorney for Mills" is not Mills
        } else if (named != null) {
          // "BRANDT: …" in a transcript is the Lena Brandt the article names, not a body.
          String caps = !named.type().equals("person") && source.length() > 2
              && source.equals(source.toUpperCase(Locale.ROOT))
              ? names.personBySurname(source) : null;
          speaker = caps != null ? caps : named.name();
          // "Brown said" in a report naming Amy Brown and Peter Brown: a title's sex, or the
          // Brown who spoke last, tells which.
          if (named.type().equals("person") && !speaker.contains(" ")) {
            List<String> full = names.fullNamesWithSurname(speaker);
            if (full.size() > 1) {
              String title = lower.startsWith("mr.") || lower.startsWith("mr ") ? "male"
                  : lower.startsWith("mrs") || lower.startsWith("ms") ? "female" : "";
              List<String> fit = title.isEmpty() ? List.of()
                  : full.stream().filter(n -> names.sexOf(n).equals(title)).toList();
              // "Prof Chen" where Professor Laura Chen and Dr Wei Chen are named: the title
              String honorific = lower.split("[\\s.]+", 2)[0];
              if (title.isEmpty() && Names.isTitle(honorific)) {
                fit = full.stream().filter(n -> names.hasTitle(n, honorific)).toList();
              }
              if (fit.size() == 1) {
                speaker = fit.get(0);
              } else if (title.isEmpty() && fit.isEmpty() && lastSpeaker != null
                  && full.contains(lastSpeaker)) {
                speaker = lastSpeaker;
              } else if (title.isEmpty()) {
                // the one of that name the article named last before these words
                String before = names.surnameBefore(speaker, a.cue().start());
                speaker = before != null ? before : speaker;
              }
            }
          }
        } else if ((cueText.isEmpty() || cueText.equals(":")) && (lower.equals("a") || lower.equals("answer"))) {
          // "A: We expect the first ferries in September." answers for the person interviewed.
          if (interviewee == null) {
            interviewee = Optional.ofNullable(interviewee(text, paragraphs, attributions, names));
          }
          speaker = interviewee.orElse(null);
          if (speaker != null) {
            names.mention(speaker, source);
          }
        } else if (PERSON_PRONOUNS.contains(lower) || AGED_ONLY.matcher(lower).matches()
            || GENDERED.containsKey(lower)) {
          // "the 58-year-old told judges" names no one more than "he" does; "has added the
          // woman", a translation's way, no more than "she".
          String pronoun = PERSON_PRONOUNS.contains(lower) ? lower
              : GENDERED.getOrDefault(lower, "they");
          // A pronoun points back a few paragraphs at most; beyond that it is a guess. It means
          // the last person speaking, or a person named since outside anyone's words ("Lepik
          // joined a picket. '…,' he said.").
          int[] mentionedAt = new int[1];
          int from = a.source() == null ? a.cue().start() : a.source().start(); // "In his opinion"
          // "I" outside quotation marks is the writer, never a person the article names.
          String mentioned = pronoun.equals("i") ? null
              : names.lastPersonBefore(from, 1500, spoken, mentionedAt, pronoun);
          boolean recentSpeaker = lastSpeaker != null && a.cue().start() - lastSpeakerAt < 1500
              && !names.otherSex(lastSpeaker, pronoun);
          // A person named in the last speaker's own sentence ("…," Obama said after meeting
          // Vladimir Putin. He didn't suggest …) is the circumstance of that act, not a newer
          // subject.
          // Whom the speaker addressed ("Warren told Stumpf …. He admitted …") is newer.
          String between = mentioned != null && lastSpeaker != null && lastSpeakerAt >= 0
              && mentionedAt[0] > lastSpeakerAt
              ? text.substring(lastSpeakerAt, mentionedAt[0]) : null;
          boolean inSpeakersSentence = between != null
              && between.chars().noneMatch(ch -> ch == '.' || ch == '!' || ch == '?' || ch == '\n')
              && CIRCUMSTANCE.matcher(between).find();
          // "She" after a woman spoke and a name of no known sex was mentioned is the woman.
          // A description standing as the subject ("The head of state also criticised …")
          // is the one meant, known sex or not.
          boolean fitsSpeakerOnly = mentioned != null && lastSpeaker != null
              && !names.describedAt(mentionedAt[0])
              && names.sexOf(mentioned).isEmpty() && !names.sexOf(lastSpeaker).isEmpty()
              && !names.otherSex(lastSpeaker, pronoun);
          if (pronoun.equals("i")) {
            speaker = null; // nor the person who spoke last
          } else if (recentSpeaker && (mentioned == null || mentionedAt[0] < lastSpeakerAt
              || inSpeakersSentence || fitsSpeakerOnly)) {
            speaker = lastSpeaker;
          } else if (mentioned != null) {
            speaker = mentioned;
          }
          if (speaker != null) {
            names.mention(speaker, source);
          }
        } else if (lower.equals("they") && !quotes.isEmpty() && plural(quotes.getLast())
            && a.cue().start() - previousCue < 400) {
          // "Consumer groups criticised the move. They said …": the group just named speaks.
          speaker = quotes.getLast().speaker();
        } else if (lower.equals("it") && !quotes.isEmpty() && quotes.getLast().speaker() != null
            && (names.isOrganization(quotes.getLast().speaker())
                || Names.isDefiniteCompany(quotes.getLast().speaker().toLowerCase(Locale.ROOT))
                || BODY_HEAD.matcher(quotes.getLast().speaker().toLowerCase(Locale.ROOT)).find())
            && a.cue().start() - previousCue < 400) {
          // "The company said it would refund tickets. It added that …": the body just quoted.
          speaker = quotes.getLast().speaker();
          names.mention(speaker, source);
        } else if (itsBody != null) {
          // "The railway workers' union warned of strikes. It expressed hope …": the body the
          // sentence before opened with, though what it did there was no quote.
          speaker = itsBody;
        } else if (lower.equals("that") || RELATIVE_PERSONS.contains(lower.split("\\s+")[0])) {
          // "the Dockworkers' Union, which said …": the pronoun's antecedent speaks.
          // "two people close to the talks who asked …": a common noun right before the
          // pronoun is its antecedent, not a name further back.
          Names.Named antecedent = commonNounBefore(text, a.source().start()) ? null
              : names.before(text, a.source().start());
          if (antecedent != null) {
            speaker = antecedent.name();
            names.mention(speaker, source);
          } else {
            speaker = antecedentPhrase(text, a.source().start()); // "A company official, who"
          }
        } else if (Names.isDefiniteCompany(bodyPart) && !quotes.isEmpty()
            && quotes.getLast().speaker() != null
            && names.isOrganization(quotes.getLast().speaker())
            && !Names.publicBody(quotes.getLast().speaker())
            && a.cue().start() - previousCue < 600) {
          // "Kestrel Polymers, owned by Vonderhagen Industries, said …. '…,' the company said":
          // the firm that just spoke
          speaker = quotes.getLast().speaker();
          names.mention(speaker, source);
        } else if (Names.isDefiniteCompany(bodyPart) && names.salientOrganization() != null) {
          // "the company said", in a report about one company
          speaker = names.salientOrganization();
          names.mention(speaker, source);
        } else if (Names.isDefiniteCompany(bodyPart) && !a.content().isEmpty()
            && (sentenceBody = names.onlyOrganizationIn(sentenceOf(text, a.cue().start())))
                != null) {
          // "Helvar Foods will cut 1,200 jobs, the frozen-food maker said": the one body its
          // sentence names
          speaker = sentenceBody;
          names.mention(speaker, source);
        } else if (namedBody != null) {
          // "the ministry said" after "the Ministry of Agriculture said"
          speaker = namedBody;
          names.mention(speaker, source);
        } else if (candidate) {
          speaker = source;
        } else if (Names.isDefiniteRole(lower) && Names.isDefiniteRole("the " + headWord(lower))) {
          // (a role is the phrase's head: "the official tally read out by the Speaker" is a
          // document, not an official)
          // "the mayor" after "The mayor of the locality, Joaquín Salvatierra,"
          speaker = names.salientTitledPerson(lower, source);
          if (speaker == null && !Names.subordinateRole(lower)) {
            speaker = names.describedAs(headWord(lower));
          }
          if (speaker != null && names.otherNationality(speaker, source)) {
            speaker = null; // "the Hungarian minister" is not "Russian Foreign Minister Lavrov"
          }
          if (speaker != null) {
            names.mention(speaker, source);
          } else {
            speaker = source;
          }
        } else if (lower.startsWith("the ") && lower.split(" ").length <= 3
            && names.describedAs(headWord(lower)) != null) {
          // "The nurse said" after "Marisol Arrieta, a nurse,"
          speaker = names.describedAs(headWord(lower));
          names.mention(speaker, source);
        } else if (!Features.PRONOUNS.contains(lower) && !RELATIVES.contains(lower)) {
          // "PENCE: Well, …": a transcript's capitals name a person the article names normally
          boolean shouted = source.length() > 2 && source.equals(source.toUpperCase(Locale.ROOT))
              && source.chars().anyMatch(Character::isLetter);
          String[] labelWords = source.replaceFirst("^(?:DR|PROF|MR|MRS|MS|SIR|DAME)\\.?\\s+", "")
              .split("\\s+");
          // "HEAD OF COMMUNICATIONS:": a role, said as the report's own words say it
          boolean role = shouted && Names.roleLabel(source);
          speaker = shouted && !role ? names.personBySurname(labelWords[labelWords.length - 1]) : null;
          // "TOMAS REILLY:" whom the report names nowhere else is Tomas Reilly all the same.
          if (speaker == null && shouted && !role && labelWords.length >= 2 && labelWords.length <= 3
              && java.util.Arrays.stream(labelWords).allMatch(w -> w.matches("\\p{Lu}[\\p{Lu}'’-]+"))) {
            speaker = org.parallax.text.Text.titleCase(String.join(" ", labelWords));
          }
          // "M. Lindqvist", as translations shorten first names, is the one Mara Lindqvist.
          Matcher initial = INITIAL_SURNAME.matcher(source);
          if (speaker == null && initial.matches()) {
            String full = names.personBySurname(initial.group(2));
            // (or, in a translation from French, "M. Orlek": Monsieur Orlek, whatever his name)
            speaker = full != null && (full.charAt(0) == initial.group(1).charAt(0)
                || initial.group(1).equals("M")) ? full : null;
          }
          // "says Brenne, 67" where two Brennes are named: the one named before, by surname.
          Matcher aged = AGED_SURNAME.matcher(source);
          if (speaker == null && aged.matches()) {
            speaker = names.surnameBefore(aged.group(1), a.cue().start());
          }
          if (speaker == null) {
            speaker = role ? source.toLowerCase(Locale.ROOT) : source;
          } else {
            names.mention(speaker, source);
          }
        }
        // "A senior official, who spoke on condition of anonymity, said": the relative clause
        // describes the speaker; the speaker is the description it follows.
        if (speaker != null && speaker.equals(source)) {
          // ("a nine-year study of 12,400 people published", cut by the tagger before "on
          // Tuesday": the participle left dangling goes too)
          speaker = source.replaceFirst(",\\s*(?:who|which)\\b.*$", "")
              .replaceFirst("\\s+(?:published|released|issued|conducted|unveiled)$", "")
              .replaceFirst("\\s+who\\s+(?:did not|didn't|asked not|declined|spoke|requested)\\b.*$",
                  "").strip();
        }
        // "According to a statement from the prosecutor's office": the office speaks.
        Matcher from = speaker == null ? null : DOCUMENT_FROM.matcher(speaker);
        if (from != null && speaker.equals(source) && from.matches()) {
          speaker = from.group(1);
        }
        // "…, the fire service said in a statement. … , the statement said.": the statement is
        // that body's.
        if (speaker != null && speaker.equals(source) && statementBy != null
            && THE_STATEMENT.matcher(speaker).matches() && a.cue().start() - statementAt < 3000) {
          speaker = statementBy;
        }
        if (speaker != null && !THE_STATEMENT.matcher(speaker).matches()) {
          // "said in a statement", in the cue or right after it
          if (IN_A_STATEMENT.matcher(text).region(a.cue().start(),
              Math.min(text.length(), a.cue().end() + 60)).find()) {
            statementBy = speaker;
            statementAt = a.cue().start();
          }
        }
        if (speaker != null && (names.isPerson(speaker) || personRole(speaker)
            || personDescription(speaker))) {
          // (a role the article never names, "the governor said", is who "She added" means;
          // the story may name that person)
          lastSpeaker = speaker;
          lastSpeakerAt = a.cue().start();
        }
      }
      previousCue = a.cue().start();
      List<Span> content = a.content();
      String words = contentText(text, a);
      if (listenerOrBooker(text, a, cueText)) {
        // "Jurors were told that …", "The segment reported revenue of …" read as content, cue,
        // content: the subject before the cue is who heard or booked it, not what was said
        // (the listeners stand as the source, which the audience rule below leaves speakerless).
        if (AUDIENCE.matcher(content.get(0).of(text).strip()).matches()) {
          source = content.get(0).of(text).strip();
          speaker = source;
        }
        content = content.subList(1, content.size());
        words = joined(text, content);
      }
      quotes.add(new Quote(speaker, source, words, a.direct() ? "direct" : "indirect", cueText,
          content.get(0).start(), content.get(content.size() - 1).end(), content));
    }
    participles(text, attributions, quotes, names);
    // Quotes still stand index for index with the attributions here.
    java.util.Set<Quote> verbless = new java.util.HashSet<>();
    java.util.Set<Quote> saysNothing = new java.util.HashSet<>();
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      if (!PartsOfSpeech.hasVerb(paragraphs, a.cue())) {
        verbless.add(quotes.get(i));
      }
      if (a.content().stream().noneMatch(c -> PartsOfSpeech.hasVerb(paragraphs, c))) {
        saysNothing.add(quotes.get(i));
      }
    }
    // The tagger, trained on PolNeAR's broad notion of attribution, also tags events ("crews
    // battling a fire", "departure boards showed"): reported speech with nobody speaking and no
    // verb of saying is not a quote, so the report leaves it out. Quoted words stay, speaker null.
    // A relative pronoun with no antecedent ("the situation in which turned out") is no speaker.
    quotes.removeIf(q -> q.speaker() == null && q.kind().equals("indirect")
        && !Attributions.speechCue(q.cue()) && !Attributions.passiveAddressing(q.cue()));
    // Likewise an event whose "speaker" is only the words before it ("About 300 firefighters
    // spent Tuesday battling a fire"): no entity speaks and nothing is said, judged or found.
    // ("Police put the crowd at 38,000": a count is theirs)
    quotes.removeIf(q -> q.kind().equals("indirect") && q.speaker() != null
        && q.speaker().equals(q.source()) && !names.isEntity(q.speaker())
        && !Attributions.reportingCue(q.cue()) && !countPut(q));
    // A "cue" with no verb in it that says nothing of speech or thought ("documentary by Oliver
    // stone about the Russian leader") is the tagger misreading a noun phrase.
    quotes.removeIf(q -> q.kind().equals("indirect") && !Attributions.reportingCue(q.cue())
        && verbless.contains(q) && !countPut(q));
    // An act with only a thing for its object ("voted against the subsidy", "signed the bill")
    // reports no words: no verb in the content, none of saying or judging in the cue. Nor does
    // saying nothing: "did not respond to a request for comment", "declined to discuss the plan".
    // "agreed to a 5 percent pay rise" is an act too, "agreed that …" a statement.
    quotes.removeIf(q -> q.kind().equals("indirect") && saysNothing.contains(q)
        && !countPut(q)
        && (!Attributions.reportingCue(q.cue()) || NOTHING_SAID.matcher(q.cue()).find()
            || AGREED_TO.matcher(q.cue()).matches()
            || AGREED_TO.matcher(q.cue() + " " + q.text().split(" ", 2)[0]).matches()));
    // "The governor declined to say whether …": what someone would not say is no statement of
    // theirs (PolNeAR marks such refusals, so the extractor keeps them for its measure).
    quotes.removeIf(q -> q.kind().equals("indirect")
        && REFUSAL.matcher(q.cue() + " " + q.text()).find());
    // "Police have not said whether anyone was arrested", "did not say how many": a question
    // left open, no one's statement
    quotes.removeIf(q -> q.kind().equals("indirect") && NOTHING_SAID.matcher(q.cue()).find()
        && OPEN_QUESTION.matcher(q.text()).lookingAt());
    // "a two-year argument over the scheme", "criticism of the plan": a noun of speech and a
    // thing it is about state no one's words ("according to" and "in the opinion of" report the
    // clause they govern, verb or not)
    quotes.removeIf(q -> q.kind().equals("indirect") && verbless.contains(q)
        && saysNothing.contains(q) && !countPut(q)
        && !q.cue().toLowerCase(Locale.ROOT).matches("(?:according|in\\b.*|per\\b).*"));
    // "…, a claim the board rejected", "denied it": the words are in another clause, so the
    // quote would show only the noun that points back at them
    quotes.removeIf(q -> q.kind().equals("indirect") && saysNothing.contains(q)
        && BACK_REFERENCE.matcher(q.text()).matches());
    // "The court heard that …", "Jurors were told …": the court and the jury listen; who
    // spoke (a prosecutor, a witness) the sentence does not say.
    quotes.replaceAll(q -> q.source() != null && AUDIENCE.matcher(q.source()).matches()
        && HEARD.matcher(q.cue()).matches() ? q.withSpeaker(null) : q);
    // "The segment reported revenue of $1.3 billion", "posted a loss": a result booked, no
    // words (a report's figures, the outlets' facts, stay claims).
    quotes.removeIf(q -> q.kind().equals("indirect") && BOOKED.matcher(q.cue()).matches()
        && RESULTS.matcher(q.text()).lookingAt());
    // "Salon.com published extracts from the interview": a publication, not its words.
    quotes.removeIf(q -> q.kind().equals("indirect") && PUBLISHED.matcher(q.cue()).matches()
        && PUBLICATION.matcher(q.text()).lookingAt());
    // "He showed no reaction in the dock": a bearing, no words.
    quotes.removeIf(q -> q.kind().equals("indirect") && SHOWED.matcher(q.cue()).matches()
        && BEARING.matcher(q.text()).lookingAt());
    // "Disclosure: I hold no positions …", "Update: …": a label line, no one speaking.
    quotes.removeIf(q -> q.source() != null && (q.cue().isEmpty() || q.cue().equals(":"))
        && LABELS.contains(q.source().toLowerCase(Locale.ROOT)));
    // "Injured: more than 200", "Casualties: at least 12": a fact box's line, a label and its
    // figure, no one speaking.
    quotes.removeIf(q -> q.source() != null && ":".equals(q.cue())
        && q.source().matches("\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,2}") && !names.isEntity(q.source())
        && FIGURE_LINE.matcher(q.text()).lookingAt());
    // "The mayor rejected that": a lone pronoun says nothing the report can show.
    quotes.removeIf(q -> q.kind().equals("indirect") && LONE_PRONOUN.matcher(q.text()).matches());
    // "…, adding to evidence that …", "adding to fears that …": what a finding adds to, no one's
    // words.
    quotes.removeIf(q -> q.kind().equals("indirect") && q.cue() != null
        && ADDING_TO.matcher(q.cue()).lookingAt());
    // "a jury found him guilty", "ordered him to pay a fine": a court's or an official's act on
    // a person, reported, is no statement of theirs.
    quotes.removeIf(q -> q.kind().equals("indirect") && q.cue() != null
        && ACTS_ON.matcher(q.cue()).find() && OBJECT_FIRST.matcher(q.text()).lookingAt());
    // "according to court documents seen by the Dunmore Gazette": the documents say it; the
    // paper only saw them.
    quotes.replaceAll(q -> {
      Matcher m = q.source() == null || q.speaker() == null ? null
          : SEEN_BY.matcher(q.source());
      return m != null && m.matches() && m.group(2).contains(q.speaker())
          ? q.withSpeaker(m.group(1)) : q;
    });
    // "…, two people familiar with the matter said, speaking on condition of anonymity": the
    // last piece says how they spoke, not what.
    quotes.replaceAll(q -> {
      if (!q.kind().equals("indirect") || q.pieces().size() < 2) {
        return q;
      }
      Span last = q.pieces().get(q.pieces().size() - 1);
      if (!HOW_SPOKEN.matcher(last.of(text)).lookingAt()) {
        return q;
      }
      List<Span> kept = q.pieces().subList(0, q.pieces().size() - 1);
      return new Quote(q.speaker(), q.source(), joined(text, kept), q.kind(), q.cue(),
          kept.get(0).start(), kept.get(kept.size() - 1).end(), kept);
    });
    // "speaking on condition of anonymity", "who asked not to be named" say how they spoke,
    // not what.
    quotes.removeIf(q -> q.kind().equals("indirect") && (q.text().startsWith("condition of")
        || ANONYMITY.matcher(q.text()).lookingAt()
        // "Asked whether she would resign, Brandt laughed": the question is the reporter's,
        // whatever verb follows it
        || q.text().startsWith("Asked ") || q.text().startsWith("When asked ")
        // "Asked whether he had asked her to step down, he replied: …": the question opening
        // the sentence is the reporter's, its answer the speaker's
        || q.cue().equals("Asked") || q.cue().equals("When asked")));
    // "Q: When will the pier reopen?": the interviewer's question is no one's statement.
    // "Courier: Why close for a whole year?" in an interview the Evening Courier ran: the
    // outlet asking is the interviewer, as "Q:" is.
    Set<String> outlets = new java.util.HashSet<>();
    for (Entity e : names.entities()) {
      if (e.type().equals("organization") && e.name().contains(" ")) {
        outlets.add(e.name().substring(e.name().lastIndexOf(' ') + 1));
      }
    }
    quotes.removeIf(q -> q.source() != null && q.cue() != null
        && (q.cue().isEmpty() || q.cue().equals(":"))
        && (q.source().equals("Q") || q.source().equalsIgnoreCase("question")
            || (outlets.contains(q.source()) && !names.isEntity(q.source()))));
    standaloneQuotations(text, paragraphs, quotes, names);
    // "has just spoken to reporters outside the gates": whom someone spoke to is not what.
    quotes.removeIf(q -> q.kind().equals("indirect") && q.cue() != null
        && SPOKE.matcher(q.cue()).find() && ADDRESSEES.matcher(q.text()).lookingAt());
    // "'…,' Lindan Maquin stressed, adding that …, the Bulletin reported.": PolNeAR's tagger
    // reads only the outermost attribution, so the quoted person's own words and cue sit inside
    // the outlet's content. They are that person's statements; the outlet only relays them.
    List<Quote> relayed = new ArrayList<>();
    for (Quote q : quotes) {
      Matcher m = q.kind().equals("direct") && q.pieces().size() == 2
          ? RELAYED.matcher(q.pieces().get(1).of(text)) : null;
      if (m == null || !m.lookingAt()) {
        relayed.add(q);
        continue;
      }
      Span said = q.pieces().get(0);
      relayed.add(new Quote(m.group(1), m.group(1), Quote.clean(said.of(text)), "direct",
          m.group(2), said.start(), said.end(), List.of(said)));
      if (m.group(4) != null) {
        int from = q.pieces().get(1).start() + m.start(4);
        Span added = new Span(from, from + Quote.clean(m.group(4)).length());
        relayed.add(new Quote(m.group(1), m.group(1), added.of(text), "indirect", m.group(3),
            added.start(), added.end(), List.of(added)));
      }
    }
    quotes.clear();
    quotes.addAll(relayed);
    return new WhoSaidWhat(quotes, names.entities());
  }

  /**
   * Whom a transcript's "A:" lines answer for: the person whose name labels other answers
   * ("Ostrem: The ministry's figure …"), else the one a question addresses ("Q: Prime Minister,
   * …", "Q: Mr. Ostrem, …"), else the person the report is most about; null when none stands out.
   */
  private static String interviewee(String text, List<Tokenizer.Paragraph> paragraphs,
      List<Attribution> attributions, Names names) {
    for (Attribution a : attributions) {
      if (a.source() != null && Quote.clean(a.cue().of(text)).isEmpty()) {
        String label = a.source().of(text).strip();
        Names.Named named = names.inside(a.source());
        if (named != null && named.type().equals("person")) {
          return named.name();
        }
        if (!label.isEmpty() && !label.contains(" ") && !label.equalsIgnoreCase("q")
            && !label.equalsIgnoreCase("a")) {
          String bySurname = names.personBySurname(label);
          if (bySurname != null) {
            return bySurname;
          }
        }
      }
    }
    for (Tokenizer.Paragraph p : paragraphs) {
      if (p.size == 0) {
        continue;
      }
      Matcher vocative = VOCATIVE.matcher(text).region(p.start[0], text.length());
      if (vocative.lookingAt()) {
        String addressed = vocative.group(1);
        Matcher titled = TITLED_SURNAME.matcher(addressed);
        String who = titled.matches() ? names.personBySurname(titled.group(1))
            : names.salientTitledPerson("the " + addressed.toLowerCase(Locale.ROOT), addressed);
        if (who != null) {
          return who;
        }
      }
    }
    // "…, said the head of the union Arkady Velin in an interview to our agency": the person
    // the text says it interviewed, however many others it names or titles
    for (Attribution a : attributions) {
      if (a.source() == null) {
        continue;
      }
      int from = Math.min(a.cue().end(), a.source().end());
      Matcher interview = INTERVIEW.matcher(text).region(from, Math.min(text.length(),
          Math.max(a.cue().end(), a.source().end()) + 40));
      Names.Named named = interview.find() ? names.inside(a.source()) : null;
      if (named != null && named.type().equals("person")) {
        return named.name();
      }
    }
    String salient = names.salientPerson();
    if (salient != null || paragraphs.isEmpty() || paragraphs.get(0).size == 0) {
      return salient;
    }
    // "Lakmara Foods' chief executive spoke to Business Weekly a day after …": an interview
    // opening on whom it is with, by role, when the text names no one (the story may name the
    // role's holder).
    Tokenizer.Paragraph first = paragraphs.get(0);
    Matcher spoke = SPOKE_TO.matcher(text).region(first.start[0],
        first.end[first.size - 1]);
    if (!spoke.lookingAt()) {
      return null;
    }
    // "The Gazette spoke to the harbourmaster of Port Ellin …": the paper asks; whom it spoke
    // to answers
    String subject = spoke.group(1).strip();
    if (!INTERVIEWER.matcher(subject).matches()) {
      return subject;
    }
    Matcher whom = SPOKEN_TO.matcher(text).region(spoke.end(), first.end[first.size - 1]);
    return whom.lookingAt() ? whom.group(1).strip() : null;
  }

  private static final Pattern INTERVIEWER = Pattern.compile(
      "(?i)(?:we|(?:the|this|our)\\s+(?:newspaper|paper|magazine|agency|correspondent|reporter)"
          + "|.*\\b(?:gazette|times|post|herald|journal|chronicle|tribune|courier|wire|news"
          + "|radio|television|tv|magazine|weekly|daily|agency))");
  private static final Pattern SPOKEN_TO = Pattern.compile(
      "((?:the|a|an)\\s+[^,.;:\\n]{2,60}?)(?=\\s+(?:about|on|after|before|during|last|this"
          + "|yesterday|today|a\\s+(?:day|week|month))\\b|\\s*[,.;:\\n]|$)");

  private static final Pattern INTERVIEW = Pattern.compile(
      "(?i)\\bin\\s+(?:an|a\\s+\\S+|his|her|their)\\s+interview\\b");
  private static final Pattern SPOKE_TO = Pattern.compile(
      "(\\p{Lu}[^,.;:\\n]{2,60}?)\\s+(?:spoke|talked)\\s+(?:to|with)\\s");

  private static final Pattern VOCATIVE = Pattern.compile(
      "(?:Q|Question)[.:]\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*),\\s");
  private static final Pattern TITLED_SURNAME = Pattern.compile(
      "(?:Mr|Mrs|Ms|Dr|Prof|Professor|President|Minister|Senator|Sen|Governor|Mayor)\\.?\\s+"
          + "(\\p{Lu}[\\p{L}'’-]+)");

  /**
   * A paragraph that is one quotation and nothing else, with no cue anywhere near it (a web
   * page's block quotation, a translation's quoted line): someone's words whose speaker the text
   * does not give. Reported with speaker and cue null, never guessed; a pull quote repeating
   * words already attributed in the article is left out.
   */
  private static void standaloneQuotations(String text, List<Tokenizer.Paragraph> paragraphs,
      List<Quote> quotes, Names names) {
    List<Quote> found = new ArrayList<>();
    List<String> attributed = null; // the quotes' words, for spotting a pull quote
    Quote introduced = null; // "Rui Matos has just spoken to reporters.": who speaks next
    for (Tokenizer.Paragraph p : paragraphs) {
      Quote intro = introduced;
      introduced = null;
      for (Quote q : quotes) {
        if (q.cue() != null && q.speaker() != null && q.start() >= p.start[0]
            && q.end() <= p.end[p.size - 1] + 1 && SPOKE.matcher(q.cue()).find()) {
          introduced = q;
        }
      }
      if (introduced == null && p.size > 0) {
        // (the taggers need not read "has just spoken to reporters" as an attribution: what
        // follows "to" is whom, not what; the paragraph still says who speaks next)
        introduced = spokeTo(text, p, names);
      }
      int close = Attributions.wholeQuotation(p);
      boolean whole = close > 0;
      int from = p.start[0];
      int to = p.end[p.size - 1];
      for (Quote q : quotes) {
        whole &= q.end() <= from || q.start() >= to;
      }
      if (!whole) {
        continue;
      }
      String said = Quote.clean(text.substring(p.end[0], p.start[close]));
      if (attributed == null) {
        attributed = quotes.stream().map(q -> plainWords(q.text())).toList();
      }
      String key = plainWords(said).strip();
      boolean repeated = attributed.stream().anyMatch(t -> t.contains(key));
      if (!repeated && said.split("\\s+").length >= 4) {
        // A quotation right after a paragraph telling that someone spoke is that person's.
        found.add(new Quote(intro == null ? null : intro.speaker(),
            intro == null ? null : intro.source(), said, "direct",
            intro == null ? null : intro.cue(), p.end[0], p.start[close],
            List.of(new Span(p.end[0], p.start[close]))));
      }
    }
    if (!found.isEmpty()) {
      quotes.addAll(found);
      quotes.sort(java.util.Comparator.comparingInt(Quote::start));
    }
  }

  /**
   * "Union leader Rui Matos has just spoken to reporters outside the gates.": a paragraph whose
   * last sentence tells that a named person spoke to someone, as the carrier of that person for
   * the quotation after it; null otherwise.
   */
  private static Quote spokeTo(String text, Tokenizer.Paragraph p, Names names) {
    Span sentence = sentenceOf(text, p.end[p.size - 1] - 1);
    Matcher m = SPOKE_TO_SOMEONE.matcher(text).region(sentence.start(),
        sentence.end());
    if (!m.lookingAt()) {
      return null;
    }
    Span subject = new Span(m.start(1), m.end(1));
    Names.Named named = names.inside(subject);
    if (named == null || !named.type().equals("person")) {
      return null;
    }
    return new Quote(named.name(), subject.of(text).strip(), "", "indirect", m.group(2),
        subject.start(), subject.end(), null);
  }

  private static final Pattern SPOKE_TO_SOMEONE = Pattern.compile(
      "(\\p{Lu}[^,.;:\"“”\\n]{2,80}?)\\s+((?:has\\s+|had\\s+)?(?:just\\s+)?(?:spoke|spoken|talked)"
          + "\\s+(?:to|with))\\s");

  /** The sentence around {@code at}, by the shared splitter. */
  private static Span sentenceOf(String text, int at) {
    for (int[] s : org.parallax.text.Sentences.spans(text)) {
      if (s[0] <= at && at < s[1]) {
        return new Span(s[0], s[1]);
      }
    }
    return new Span(at, at);
  }

  private static final Pattern SPOKE = Pattern.compile(
      "(?i)\\b(?:spoke|spoken|speaking|talked|talking|addressed)\\b");
  private static final Pattern ADDRESSEES = Pattern.compile(
      "(?i)(?:to\\s+)?(?:the\\s+)?(?:reporters|journalists|the press|press|media|crowd|"
          + "supporters|workers|delegates|members|residents|students|parliament|lawmakers)\\b");

  private static final Pattern ADDING_TO = Pattern.compile(
      "(?i)adding to\\b");
  private static final Pattern WHOM = Pattern.compile(
      ".*?,\\s*whom\\s+(.+)");
  private static final Pattern ACTS_ON = Pattern.compile(
      "(?i)\\b(?:found|ordered|sentenced|fined|convicted|cleared|acquitted|jailed|banned|"
          + "awarded|forced|required|barred)$");
  private static final Pattern OBJECT_FIRST = Pattern.compile(
      "(?i)(?:him|her|them|it|us|me)\\b");
  private static final Pattern AGED_ONLY =
      Pattern.compile("the \\d{1,3}-year-old");
  private static final Pattern LED_BY = Pattern.compile(
      ",\\s*(?:led|headed|chaired|represented|joined|accompanied)\\s+by\\b");
  private static final Pattern DESCRIBING = Pattern.compile(
      ",\\s*(?:who|which)\\b.*$|,$|(?<=^the )\\d+-year-old\\s+");
  private static final Pattern AGED_SURNAME =
      Pattern.compile("(\\p{Lu}[\\p{L}'’-]+)(?:,\\s*\\d{1,3},?)?");
  private static final Pattern OWN_WORDS =
      Pattern.compile("(his|her|their)\\s+(?:own\\s+)?(?:words|data|estimate)");
  private static final Pattern THE_STATEMENT = Pattern.compile(
      "(?i)(?:the|that|this) (?:statement|press release|release|communiqu[eé]|announcement)");
  private static final Pattern IN_A_STATEMENT = Pattern.compile(
      "(?i)\\s*(?:on \\p{L}+ )?in an? (?:\\p{L}+ )?(?:statement|press release|release"
          + "|communiqu[eé])");

  private static final Pattern DOCUMENT_FROM = Pattern.compile(
      "(?i)(?:a|an|the)\\s+(?:\\p{L}+\\s+)?(?:statement|release|letter|report|post|message"
          + "|e-?mail|notice|announcement|communiqu[eé]|filing)\\s+(?:from|by|issued by|of)\\s+"
          + "((?:the\\s+)?\\S.*)");

  /** A quote's words as its pieces read, joined by an ellipsis where they were cut. */
  private static String joined(String text, List<Span> pieces) {
    return String.join(" … ", pieces.stream().map(sp -> Quote.clean(sp.of(text))).toList());
  }

  private static boolean listenerOrBooker(String text, Attribution a, String cue) {
    if (a.source() != null || a.direct() || a.content().size() < 2
        || a.content().get(0).end() > a.cue().start()
        || !text.substring(a.content().get(0).end(), a.cue().start()).isBlank()) {
      return false;
    }
    String subject = a.content().get(0).of(text).strip();
    return AUDIENCE.matcher(subject).matches() && HEARD.matcher(cue).matches()
        || BOOKED.matcher(cue).matches()
        && RESULTS.matcher(a.content().get(1).of(text).strip()).lookingAt();
  }

  private static final Pattern AUDIENCE = Pattern.compile(
      "(?i)(?:the\\s+)?(?:\\S+\\s+){0,3}?(?:court|jury|jurors|inquest|tribunal|hearing|trial"
      + "|committee|panel|inquiry)");
  private static final Pattern HEARD = Pattern.compile(
      "(?i)(?:has\\s+|had\\s+|was\\s+)?heard|(?:was|were|had been|have been|has been)\\s+told");
  private static final Set<String> WORKERS = Set.of("operator", "operators", "worker",
      "workers", "employee", "employees", "driver", "drivers", "passenger", "passengers",
      "customer", "customers", "guard", "guards", "technician", "nurse", "nurses", "pilot",
      "student", "students", "teacher", "teachers", "resident", "residents", "fan", "fans",
      "player", "players", "member", "members", "volunteer", "volunteers", "staffer");
  private static final Pattern DOCUMENT_BY = Pattern.compile(
      "(?i)(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:tally|count|report|figures|statement|data|"
          + "results|document|poll|survey|study|estimate|records?|letter|release)\\s+(?:read out|"
          + "published|released|compiled|issued|presented|prepared|conducted|signed|sent)\\s+by\\b");
  private static final Pattern ROLE_OF = Pattern.compile(
      "the\\s+(\\p{L}[\\p{L} -]*?)\\s+(?:of|at)\\s+\\S.*");
  private static final Pattern POSSESSIVE_ROLE = Pattern.compile(
      "\\S.*?['’]s?\\s+(\\p{L}[\\p{L} -]*)");
  private static final Set<String> PERSON_NOUNS = Set.of("expert", "scientist", "researcher",
      "academic", "professor", "economist", "analyst", "author", "lawyer", "doctor", "surgeon",
      "spokesman", "spokeswoman", "spokesperson", "engineer", "official", "historian",
      "psychologist", "epidemiologist", "cardiologist", "physician", "lecturer", "scholar");
  private static final Pattern BOOKED = Pattern.compile(
      "(?i)(?:has\\s+|had\\s+)?(?:reported|reports|posted|posts|recorded|records|booked)");
  private static final Pattern RESULTS = Pattern.compile(
      "(?i)(?:an?\\s+|its\\s+|their\\s+)?(?:(?:net|gross|operating|pre-tax|pretax|quarterly"
      + "|annual|record|first|second|third|fourth|full-year|half-year)\\s+)*(?:revenue|revenues"
      + "|sales|profit|profits|loss|losses|earnings|income|turnover|margin|growth|rise|fall"
      + "|drop|increase|decline|surplus|deficit)\\b");
  private static final Pattern RELAYED = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})\\s+(said|stressed|added|insisted"
      + "|warned|explained|noted|argued|continued|told reporters)"
      + "(?:\\s*,\\s*(adding|saying|noting|arguing|insisting|warning)\\s+(that\\s+.+))?\\s*$");
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)(?:has\\s+|have\\s+|had\\s+)?(?:published|publishes|posted|posts|released|releases"
      + "|aired|airs|broadcast|broadcasts)");
  private static final Pattern PUBLICATION = Pattern.compile(
      "(?i)(?:an?\\s+|the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:\\S+\\s+){0,2}?"
      + "(?:extracts?|excerpts?|footage|video|videos|photos?|photographs?|images?|pictures?"
      + "|transcripts?|recordings?|interview|episode|book|article|series|documentary|maps?)"
      + "\\b(?!.*\\b(?:showing|saying|suggesting|indicating|revealing|that)\\b)");
  private static final Pattern SHOWED = Pattern.compile(
      "(?i)(?:showed|shows|displayed)");
  private static final Pattern BEARING = Pattern.compile(
      "(?i)(?:no|little|visible|obvious)\\s+(?:\\S+\\s+)?(?:reaction|emotion|remorse|sign"
      + "|signs|interest|expression)\\b");
  private static final Pattern REFUSAL = Pattern.compile(
      "(?i)^(?:\\S+\\s+){0,2}?(?:declined|declines|declining|refused|refuses|refusing)\\s+to"
      + "\\s+(?:say|comment|confirm|discuss|elaborate|specify|disclose|reveal|answer|speculate"
      + "|name|give details)\\b");
  private static final Set<String> LABELS = Set.of("disclosure", "note", "update", "correction",
      "clarification", "source", "sources", "credit", "photo", "caption", "warning", "disclaimer",
      "editor's note", "editor’s note", "background", "context", "related", "read more");
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "(?i)(?:(?:a|an|the|this|that|these|those|such|its|his|her|their)\\s+(?:\\S+\\s+)?"
          + "(?:claims?|allegations?|accounts?|suggestions?|accusations?|charges?|reports?"
          + "|characteri[sz]ations?|versions?|assertions?|notion|idea|figures?|description"
          + "|warnings?|criticism|criticisms|concerns?|objections?|remarks?|comments?)"
          + "|(?:the|this|that)\\s+(?:\\S+\\s+)?(?:decision|move|plan|vote|ruling|announcement"
          + "|proposal|deal|agreement|offer|scheme|verdict)"
          + "|it|this|that|them|these|those)");
  private static final Pattern OPEN_QUESTION = Pattern.compile(
      "(?i)(?:whether|if|when|how|why|who|whom|what|where|which)\\b");
  private static final Pattern NOTHING_SAID = Pattern.compile(
      "(?i)^\\s*(?:(?:did|does|do|has|have|had|would|could|will|was|were|is|are)\\s+(?:not|never)"
          + "|never|declined|declines|refused|refuses|cannot|can't|can’t|won't|won’t|didn't"
          + "|didn’t|doesn't|doesn’t|hasn't|hasn’t|wouldn't|wouldn’t"
          // "Asked about exports, Volkov said …": the question's topic, not his answer
          + "|asked\\s+(?:about|on|over|for))\\b");

  private static String plainWords(String text) {
    return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static final Pattern NON_WORD =
      Pattern.compile("[^\\p{L}\\p{N}]+");

  /** A group of people named as written ("Consumer groups", "Republicans"), not a person. */
  private static boolean plural(Quote q) {
    String sp = q.speaker();
    if (sp == null || q.source() == null) {
      return false;
    }
    String source = q.source().toLowerCase(Locale.ROOT);
    if (source.equals("they") || source.equals("both")) {
      return true; // "They said … They added": the group the first "they" was
    }
    source = withoutThe(source);
    if (!source.equals(withoutThe(sp.toLowerCase(Locale.ROOT))) || sp.length() <= 3
        || Features.PRONOUNS.contains(source)) {
      return false;
    }
    // The head is the word before what qualifies it: "Police in Luzerne County", "officials
    // at the ministry"; two bodies joined by "and" are a plural whatever their heads.
    String head = HEAD_END.split(source, 2)[0].strip();
    head = head.substring(head.lastIndexOf(' ') + 1);
    return head.endsWith("s") && !head.endsWith("ss") || COLLECTIVE.contains(head)
        || source.contains(" and ");
  }

  private static String withoutThe(String lower) {
    return lower.startsWith("the ") ? lower.substring(4) : lower;
  }

  private static final Pattern HEAD_END =
      Pattern.compile(",| (?:in|of|at|from|for|with|on) ");

  /** Plural nouns without a plural's "s". */
  private static final Set<String> COLLECTIVE = Set.of("police", "people", "staff", "crews",
      "personnel", "militia", "clergy", "faculty", "troops");

  private static final Pattern POLLED_BY = Pattern.compile(
      "^\\p{L}+.*?\\b(?:" + String.join("|", new java.util.TreeSet<>(Attributions.POLLED))
          + ") by\\b");

  private static final Pattern AGENT = Pattern.compile(
      "(?i)\\b(?:attorneys?|lawyers?|spokes(?:man|men|woman|women|person|people)|aides?"
          + "|advis[eo]rs?|representatives?|friends?|all(?:y|ies)|associates?|supporters?"
          + "|critics?|rivals?|opponents?|sources?|people|person|officials?|staff(?:ers?)?"
          + "|allies|family|relatives?|campaign)\\s+(?:for|to|of|close to|representing|familiar"
          + " with)\\b");

  private static final Pattern AROUND = Pattern.compile(
      "(?i)(?:['’]s)?\\s+(?:campaign|administration|team|camp|foundation|organi[sz]ation|family"
          + "|aides?|spokes(?:man|woman|person)|lawyers?|attorneys?|allies|supporters|advis[eo]rs?"
          + "|staff|transition|government|office|spokesmen|doctors?|physicians?|wife|husband"
          + "|daughters?|sons?|brothers?|sisters?|mother|father|friends?|managers?|agents?"
          + "|biographer|partner)\\b");

  /** "the governor", "the defence minister": one person by role, no name given. */
  /** The head noun of a definite description: its last word before what qualifies it. */
  private static String headWord(String lower) {
    String head = lower.replaceFirst("\\s(?:of|by|read|released|published|issued|compiled"
        + "|given|from|at|in|for|with|who|which|that|on)\\s.*$", "").replaceFirst("\\s*,.*$", "");
    return head.substring(head.lastIndexOf(' ') + 1);
  }

  private static final Pattern FIGURE_LINE = Pattern.compile(
      "(?i)(?:about|around|more than|at least|over|some|nearly|almost|up to|approximately|"
          + "magnitude|[<>~≈])?\\s*[\\d.,]+\\s*\\S{0,12}\\s*(?:\\([^)]*\\))?\\.?\\s*$");
  private static final Pattern ESTIMATE = Pattern.compile(
      "(?i)(?:put|puts|estimated|estimates|counted)\\s+(?:the\\s+\\w+(?:\\s+\\w+)?\\s+at\\s+)?\\d");

  /** "Police put the crowd at 38,000", "counted 120,000": a count someone gives is theirs. */
  private static boolean countPut(Quote q) {
    return q.cue() != null && ESTIMATE.matcher(q.cue() + " " + q.text()).lookingAt();
  }

  /** "A neighbour", "one resident", "another witness": a person the report does not name. */
  private static final Pattern PERSON_DESCRIPTION = Pattern.compile(
      "(?i)(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,2}([\\p{L}-]+)"
          + "(?:\\s+(?:at|in|from|of|for|on|with)\\s+[^,;]+)?");
  private static final Set<String> DESCRIBED_PERSONS = Set.of("neighbour", "neighbor", "resident",
      "witness", "eyewitness", "survivor", "villager", "passenger", "worker", "employee", "nurse",
      "doctor", "parent", "mother", "father", "teacher", "student", "shopkeeper", "driver",
      "official", "spokesman", "spokeswoman", "spokesperson");

  /**
   * "A midwife at the hospital", "one striking dockworker": someone the article describes but
   * does not name, whom "she said" in the next sentence still means.
   */
  static boolean personDescription(String speaker) {
    Matcher m = PERSON_DESCRIPTION.matcher(speaker);
    if (!m.matches()) {
      return false;
    }
    String head = m.group(1).toLowerCase(Locale.ROOT);
    return DESCRIBED_PERSONS.contains(head) || PERSON_NOUNS.contains(head)
        || Names.isTitle(head) && !head.endsWith("s");
  }

  static boolean personRole(String speaker) {
    String[] w = speaker.toLowerCase(Locale.ROOT).split("\\s+");
    return w.length >= 2 && w.length <= 4 && w[0].equals("the")
        && Names.TITLES.contains(w[w.length - 1]) && !speaker.contains(",");
  }

  /** Whether the source is someone speaking for or about the person it names after them. */
  static boolean speaksFor(String source, String person) {
    String[] parts = person.split(" ");
    String surname = parts[parts.length - 1];
    int at = source.lastIndexOf(surname);
    // "The Trump campaign", "Obama's lawyers": a body or people around the person
    if (at >= 0 && AROUND.matcher(source).region(at + surname.length(), source.length())
        .lookingAt()) {
      return true;
    }
    Matcher m = AGENT.matcher(source);
    while (at > 0 && m.find() && m.end() <= at) {
      // "A spokeswoman for the port authority, Karolina Mazur": after a comma the name is the
      // spokeswoman herself
      if (source.substring(m.end(), at).indexOf(',') < 0) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern DESCRIPTION = Pattern.compile(
      "(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|\\p{Lu}[\\p{L}’'-]*)(?:\\s+[\\p{L}’'-]+){0,5}");

  /**
   * The short description a relative pronoun hangs on ("A company official, who asked not to be
   * named, said …": "A company official"), or null when the words before are no such phrase.
   */
  private static boolean commonNounBefore(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return end > start && end < at && Character.isLowerCase(text.charAt(start))
        && !Features.PRONOUNS.contains(text.substring(start, end));
  }

  /** The body named at the start of the sentence before {@code at}, if it opens with one. */
  static String subjectBody(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || ".!?".indexOf(text.charAt(end - 1)) < 0) {
      return null;
    }
    int start = end - 1;
    while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    Matcher m = SUBJECT_BODY.matcher(text.substring(start, end - 1).strip());
    return m.lookingAt() ? m.group(1) : null;
  }

  private static final Pattern SUBJECT_BODY = Pattern.compile(
      "((?:The|the) (?:[\\p{L}'’-]+ ){0,4}?" + BODY_NOUNS + ")\\b(?! of)");

  static String antecedentPhrase(String text, int pronoun) {
    int k = pronoun;
    while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    if (k == 0 || text.charAt(k - 1) != ',') {
      return null;
    }
    int end = k - 1;
    int start = end;
    while (start > 0 && ",.;:!?\"“”()\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    String phrase = text.substring(start, end).strip();
    return DESCRIPTION.matcher(phrase).matches() ? phrase : null;
  }

  /**
   * "…, Putin said, adding that …", "Speaking about X, Putin said …" and "Asked about X, Putin
   * said …": a participle cue with no source of its own shares the speaker of the finite cue next
   * to it (within 200 characters).
   */
  private static void participles(String text, List<Attribution> attributions,
      List<Quote> quotes, Names names) {
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      String first = q.cue().split(" ")[0].toLowerCase(Locale.ROOT);
      boolean participle = first.endsWith("ing") && first.length() >= 5
          || PASSIVE_PARTICIPLES.contains(first); // "Asked whether …, Varga said"
      if (q.source() != null || !participle) {
        continue;
      }
      int cue = attributions.get(i).cue().start();
      String best = null;
      int bestDistance = 200;
      for (int k = 0; k < quotes.size(); k++) {
        int other = attributions.get(k).cue().start();
        int d = Math.abs(other - cue);
        if (k != i && quotes.get(k).source() != null && quotes.get(k).speaker() != null
            && d < bestDistance
            && Names.sameSentence(text, Math.min(cue, other), Math.max(cue, other))) {
          best = quotes.get(k).speaker();
          bestDistance = d;
        }
      }
      if (best == null) {
        // "Elena Varga used a radio interview …, describing it as …": the person the sentence is
        // about, when no cue of it names one.
        Names.Named subject = names.before(text, cue, 300);
        if (subject == null || !subject.type().equals("person")) {
          subject = names.personAfter(text, cue, 300); // "Asked whether …, Varga laughed."
        }
        best = subject != null && subject.type().equals("person") ? subject.name() : null;
      }
      if (best != null) {
        quotes.set(i, q.withSpeaker(best));
      }
    }
  }



  /** The content as a reader wants it: quotation marks and dangling punctuation stripped. */
  private static final Pattern CONTINUATION = Pattern.compile("\\n\\s*[\"“«„‘']");

  static String contentText(String text, Attribution a) {
    StringBuilder b = new StringBuilder();
    for (Span s : a.content()) {
      // a quotation running on over paragraphs reopens its marks at each one; the reader sees
      // one quotation
      String piece = Quote.clean(CONTINUATION.matcher(s.of(text)).replaceAll("\n"));
      if (piece.isEmpty()) {
        continue;
      }
      if (!b.isEmpty()) {
        b.append(" … ");
      }
      b.append(piece);
    }
    return b.toString().replaceAll("\\s+", " ");
  }



  /** Two full names with the same given names and surnames one letter apart ("Dalca", "Dalka"). */
  public static boolean surnameSpeltApart(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length < 2 || x.length != y.length) {
      return false;
    }
    for (int i = 0; i < x.length - 1; i++) {
      if (!x[i].equals(y[i])) {
        return false;
      }
    }
    String s = x[x.length - 1];
    String t = y[y.length - 1];
    // (a plural is no spelling: "Tony Award" / "Tony Awards")
    return s.length() >= 5 && t.length() >= 5 && s.charAt(0) == t.charAt(0) && !s.equals(t)
        && !s.equals(t + "s") && !t.equals(s + "s")
        && org.parallax.text.EditDistance.of(s, t, 2) == 1;
  }

  /** "Lukas Varga-Holm" and "Lukas Varga Holm": one name, hyphenated or not. */
  static boolean sameButHyphens(String a, String b) {
    return !a.equals(b) && (a.indexOf('-') >= 0 || b.indexOf('-') >= 0)
        && a.replace('-', ' ').equalsIgnoreCase(b.replace('-', ' '));
  }

  /**
   * "Police" opening one outlet's sentence and "police" inside another's, "Stockton Police" and
   * "Stockton police", "Sheriff's Office" and "Sheriff’s Office": names that differ only in
   * capitals or in the apostrophe's glyph are one, written as the most quotes of the story write
   * it (a tie goes to the lower-case opening, which no sentence start imposed).
   */
  private static void sameSpelling(Collection<WhoSaidWhat> articles, Map<String, String> out) {
    Map<String, Integer> uses = new LinkedHashMap<>();
    for (WhoSaidWhat w : articles) {
      w.quotes().forEach(q -> {
        if (q.speaker() != null) {
          uses.merge(q.speaker(), 1, Integer::sum);
        }
      });
      w.entities().forEach(e -> uses.merge(e.name(), 0, Integer::sum));
    }
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    uses.keySet().forEach(n -> byKey.computeIfAbsent(spelling(n), k -> new ArrayList<>()).add(n));
    for (List<String> forms : byKey.values()) {
      if (forms.size() < 2) {
        continue;
      }
      String best = forms.stream().min(java.util.Comparator
          .comparing((String n) -> -uses.get(n))
          .thenComparing(n -> Character.isUpperCase(n.charAt(0)))
          .thenComparing(n -> n.indexOf('’') >= 0)
          .thenComparing(n -> n)).orElseThrow();
      for (String n : forms) {
        if (!n.equals(best) && !out.containsKey(n)) {
          out.put(n, out.getOrDefault(best, best));
        }
      }
    }
  }

  private static String spelling(String name) {
    return name.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /**
   * Gives each person the same canonical name in every article of a story: spellings of one
   * full name (initials, transliterated first names) become the one most outlets use, a name
   * that is the last word of exactly one fuller name used elsewhere in the story becomes that
   * fuller name, and a role only one person of the story is given names that person.
   */
  public static Map<String, String> canonicalNames(Collection<WhoSaidWhat> articles) {
    Map<String, Set<String>> fullBySurname = new HashMap<>();
    for (WhoSaidWhat w : articles) {
      for (Entity e : w.entities()) {
        String[] parts = e.name().split(" ");
        if (e.type().equals("person") && parts.length > 1) {
          fullBySurname.computeIfAbsent(parts[parts.length - 1], k -> new LinkedHashSet<>())
              .add(e.name());
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    // "V. Putin", "Sergey Lavrov" against "Vladimir Putin", "Sergei Lavrov": initials, or a
    // first name spelt one or two letters apart (transliterations), with the same surname, are
    // the name the most outlets of the story use.
    Map<String, Integer> outlets = new HashMap<>();
    for (WhoSaidWhat w : articles) {
      for (Entity e : w.entities()) {
        if (e.type().equals("person") && e.name().contains(" ")) {
          outlets.merge(e.name(), 1, Integer::sum);
        }
      }
    }
    for (Set<String> same : fullBySurname.values()) {
      if (same.size() < 2) {
        continue;
      }
      List<String> ranked = new ArrayList<>(same);
      ranked.sort(java.util.Comparator.comparing((String n) -> -outlets.getOrDefault(n, 0))
          .thenComparing(n -> -n.length()).thenComparing(n -> n));
      for (String n : ranked) {
        for (String m : ranked) {
          if (m.equals(n) || out.containsKey(m) || out.containsKey(n)
              || ranked.indexOf(m) <= ranked.indexOf(n) || !sameFirstNames(m, n)) {
            continue;
          }
          out.put(m, n);
        }
      }
    }
    // "Petra Dalka" in a machine translation, "Petra Dalca" elsewhere: the same given names and
    // a surname one letter apart (a transliteration, a typing slip) are one person, named as the
    // most outlets name them; so is a name with and without its hyphen ("Varga-Holm").
    List<String> persons = new ArrayList<>(outlets.keySet());
    persons.sort(java.util.Comparator.comparing((String n) -> -outlets.getOrDefault(n, 0))
        .thenComparing(n -> -n.length()).thenComparing(n -> n));
    for (int i = 0; i < persons.size(); i++) {
      for (int j = i + 1; j < persons.size(); j++) {
        String n = persons.get(i);
        String m = persons.get(j);
        if (!out.containsKey(m) && !out.containsKey(n)
            && (surnameSpeltApart(n, m) || sameButHyphens(n, m))) {
          out.put(m, n);
        }
      }
    }
    for (WhoSaidWhat w : articles) {
      for (Entity e : w.entities()) {
        if (e.type().equals("person") && !e.name().contains(" ")) {
          Set<String> full = new LinkedHashSet<>();
          for (String f : fullBySurname.getOrDefault(e.name(), Set.of())) {
            full.add(out.getOrDefault(f, f));
          }
          if (full.size() == 1) {
            out.put(e.name(), full.iterator().next());
          }
        }
      }
    }
    // "Brierley's sister Jade" where another outlet names Jade Brierley: a given name alone,
    // no one's surname, is the one person of the story named in full with it.
    Map<String, Set<String>> fullByGiven = new HashMap<>();
    fullBySurname.values().forEach(names -> names.forEach(n -> fullByGiven
        .computeIfAbsent(n.split(" ")[0], k -> new LinkedHashSet<>()).add(out.getOrDefault(n, n))));
    for (WhoSaidWhat w : articles) {
      for (Entity e : w.entities()) {
        if (e.type().equals("person") && !e.name().contains(" ") && !out.containsKey(e.name())
            && !fullBySurname.containsKey(e.name())
            && fullByGiven.getOrDefault(e.name(), Set.of()).size() == 1) {
          out.put(e.name(), fullByGiven.get(e.name()).iterator().next());
        }
      }
    }
    // "Its chief executive told the Times …" where only another outlet names her: the role
    // another outlet gives exactly one person of the story ("chief executive Paulo Brandt",
    // "Paulo Brandt, the chief executive") names the speaker.
    Map<String, Set<String>> roles = new HashMap<>(); // person -> role phrases, lower case
    for (WhoSaidWhat w : articles) {
      for (Quote q : w.quotes()) {
        if (q.speaker() != null && q.source() != null && q.speaker().contains(" ")
            && q.source().contains(q.speaker()) && !q.source().equals(q.speaker())) {
          String role = q.source().replace(q.speaker(), " ").toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}' -]", " ").replaceAll("\\b(the|a|an|its|his|her|their)\\b",
                  " ").replaceAll("\\s+", " ").strip();
          if (!role.isEmpty()) {
            roles.computeIfAbsent(out.getOrDefault(q.speaker(), q.speaker()),
                k -> new LinkedHashSet<>()).add(" " + role);
          }
        }
      }
    }
    for (WhoSaidWhat w : articles) {
      for (Quote q : w.quotes()) {
        String sp = q.speaker();
        // (a transcript's answers, "A: …", speak for the interviewee the report describes)
        boolean answer = q.source() != null && q.source().strip().equalsIgnoreCase("a");
        if (sp == null || !sp.equals(q.source()) && !answer || out.containsKey(sp)) {
          continue;
        }
        Matcher of = OF_ROLE_SPEAKER.matcher(sp);
        if (of.matches() && Names.TITLES.contains(of.group(2).toLowerCase(Locale.ROOT))) {
          // "the head of the authority": the role's word and its body's words, in the phrase
          // another outlet gives one person ("the head of the Port Ellen harbour authority").
          String head = of.group(2).toLowerCase(Locale.ROOT);
          List<String> body = java.util.Arrays.stream(of.group(3).toLowerCase(Locale.ROOT)
              .split(" ")).filter(x -> !x.equals("the")).toList();
          Set<String> who = new LinkedHashSet<>();
          roles.forEach((person, phrases) -> {
            if (phrases.stream().anyMatch(r -> java.util.List.of(r.split(" ")).contains(head)
                && java.util.List.of(r.split(" ")).containsAll(body))) {
              who.add(person);
            }
          });
          if (who.size() == 1) {
            out.put(sp, who.iterator().next());
          }
          continue;
        }
        Matcher placed = PLACE_ROLE_SPEAKER.matcher(sp);
        if (placed.matches()) {
          // "the harbourmaster of Port Ellin" where another outlet names "the town's
          // harbourmaster, Sven Halloran": the one person of the story given that role
          String head = placed.group(1).toLowerCase(Locale.ROOT);
          Set<String> who = new LinkedHashSet<>();
          roles.forEach((person, phrases) -> {
            if (phrases.stream().anyMatch(r -> java.util.List.of(r.strip().split(" "))
                .contains(head))) {
              who.add(person);
            }
          });
          if (who.size() == 1) {
            out.put(sp, who.iterator().next());
          }
          continue;
        }
        Matcher m = ROLE_SPEAKER.matcher(sp);
        if (!m.matches() || !Names.TITLES.contains(m.group(2).toLowerCase(Locale.ROOT))) {
          continue;
        }
        String role = " " + m.group(1).toLowerCase(Locale.ROOT).strip();
        Set<String> who = new LinkedHashSet<>();
        roles.forEach((person, phrases) -> {
          if (phrases.stream().anyMatch(r -> r.endsWith(role) || r.contains(role + " of "))) {
            who.add(person);
          }
        });
        if (who.size() == 1) {
          out.put(sp, who.iterator().next());
        }
      }
    }
    sameSpelling(articles, out);
    return out;
  }

  /** "V." or "Vladimir", "Sergey" or "Sergei": the given names before one surname agree. */
  static boolean sameFirstNames(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length != y.length) {
      return false;
    }
    for (int i = 0; i < x.length - 1; i++) {
      String p = x[i];
      String q = y[i];
      if (p.equals(q)) {
        continue;
      }
      boolean initial = (p.length() == 2 && p.endsWith(".") && q.startsWith(p.substring(0, 1)))
          || (q.length() == 2 && q.endsWith(".") && p.startsWith(q.substring(0, 1)));
      boolean spelling = p.length() > 3 && q.length() > 3 && p.charAt(0) == q.charAt(0)
          && org.parallax.text.EditDistance.of(p.toLowerCase(Locale.ROOT),
              q.toLowerCase(Locale.ROOT), 3) <= 2;
      if (!initial && !spelling) {
        return false;
      }
    }
    return true;
  }

  /** "the harbourmaster of Port Ellin": a one-word role and the place it serves. */
  private static final Pattern PLACE_ROLE_SPEAKER = Pattern.compile(
      "[Tt]he (\\p{Ll}[\\p{Ll}-]+) of (?:\\p{Lu}[\\p{L}'’-]*)(?: \\p{Lu}[\\p{L}'’-]*){0,2}");

  /** "the head of the authority", "its minister of finance": a role, "of", its body. */
  private static final Pattern OF_ROLE_SPEAKER = Pattern.compile(
      "(?i)(?:the|its|his|her|their|our) ((?:[\\p{Ll}-]+ )?([\\p{Ll}-]+)) of"
          + " ((?:the )?(?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+)");

  /** "Its chief executive", "the council chair": a determiner and up to three role words. */
  private static final Pattern ROLE_SPEAKER = Pattern.compile(
      "(?:(?i:the|its|his|her|their|our)|(?:\\p{Lu}[\\p{L}-]+ ){0,2}\\p{Lu}[\\p{L}-]+(?:['’]s|s['’]))"
          + " ((?:[\\p{Ll}-]+ ){0,2}([\\p{Ll}-]+))"); // "Kresnik's lawyer", "Lakmara Foods' chief" too

  /**
   * This article with its dateline's place among the entities: normalization takes the dateline
   * out of the body, but the place is still where the report was filed.
   */
  public WhoSaidWhat withDateline(String place) {
    if (place == null || place.isBlank()) {
      return this;
    }
    List<Entity> out = new ArrayList<>();
    boolean found = false;
    for (Entity e : entities) {
      if (e.name().equalsIgnoreCase(place)) {
        found = true;
        LinkedHashSet<String> m = new LinkedHashSet<>(e.mentions());
        m.add(place);
        out.add(new Entity(e.name(), "place", List.copyOf(m)));
      } else {
        out.add(e);
      }
    }
    if (!found) {
      out.add(0, new Entity(place, "place", List.of(place)));
    }
    return new WhoSaidWhat(quotes, out);
  }

  /**
   * This article with the news outlets of the batch known for what they are: "told Harbour
   * Watch" names the outlet that ran the interview, an organization, whatever its name looks
   * like.
   */
  public WhoSaidWhat withOutlets(java.util.Set<String> outlets) {
    if (outlets.isEmpty()) {
      return this;
    }
    java.util.Set<String> lower = new java.util.HashSet<>();
    outlets.forEach(o -> lower.add(o.toLowerCase(Locale.ROOT)));
    // "Lakeside Weekly: Will you close some of them?": in an interview an outlet ran, the
    // outlet's lines are the interviewer's questions, no one's statement.
    java.util.Set<String> shortNames = new java.util.HashSet<>();
    lower.forEach(o -> shortNames.add(o.substring(o.lastIndexOf(' ') + 1)));
    List<Quote> kept = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      String source = q.source() == null ? "" : q.source().toLowerCase(Locale.ROOT);
      boolean interviewer = q.cue() != null && (q.cue().isEmpty() || q.cue().equals(":"))
          && (lower.contains(source) || shortNames.contains(source));
      if (!interviewer) {
        kept.add(q);
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    boolean changed = kept.size() != quotes.size();
    for (Entity e : entities) {
      if (!e.type().equals("organization") && lower.contains(e.name().toLowerCase(Locale.ROOT))) {
        out.add(new Entity(e.name(), "organization", e.mentions()));
        changed = true;
      } else {
        out.add(e);
      }
    }
    return changed ? new WhoSaidWhat(kept, out) : this;
  }

  /**
   * One type per name across a story's articles: "Carovia Hydro" is a body in the report that
   * says "the dam's operator, Carovia Hydro" and looks like a person's name in one that only
   * writes "Carovia Hydro blamed the rain". A person is the default for a capitalized name, a body
   * or place is typed by evidence, so evidence in any article wins, unless a pronoun somewhere
   * refers to the name as a person.
   */
  public static Map<String, String> storyTypes(Collection<WhoSaidWhat> articles) {
    Map<String, Set<String>> types = new HashMap<>();
    Set<String> pronouned = new java.util.HashSet<>();
    for (WhoSaidWhat w : articles) {
      for (Entity e : w.entities()) {
        types.computeIfAbsent(e.name(), k -> new java.util.TreeSet<>()).add(e.type());
        if (e.mentions().stream().anyMatch(m -> PERSON_PRONOUNS.contains(m.toLowerCase(Locale.ROOT)))) {
          pronouned.add(e.name());
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    types.forEach((name, t) -> {
      if (t.size() == 2 && t.contains("person") && !pronouned.contains(name)) {
        t.remove("person");
        out.put(name, t.iterator().next());
      }
    });
    return out;
  }

  /** This article with the types of {@link #storyTypes}. */
  public WhoSaidWhat retyped(Map<String, String> types) {
    if (types.isEmpty() || entities.stream().noneMatch(e -> types.containsKey(e.name()))) {
      return this;
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      out.add(types.containsKey(e.name()) ? new Entity(e.name(), types.get(e.name()), e.mentions()) : e);
    }
    return new WhoSaidWhat(quotes, out);
  }

  /** This article with names rewritten through {@code canonical}. */
  public WhoSaidWhat canonicalized(Map<String, String> canonical) {
    if (canonical.isEmpty()) {
      return this;
    }
    List<Quote> q = new ArrayList<>();
    for (Quote x : quotes) {
      q.add(x.speaker() != null && canonical.containsKey(x.speaker())
          ? x.withSpeaker(canonical.get(x.speaker())) : x);
    }
    Map<String, Entity> merged = new LinkedHashMap<>();
    for (Entity e : entities) {
      String name = canonical.getOrDefault(e.name(), e.name());
      Entity prior = merged.get(name);
      if (prior == null) {
        merged.put(name, new Entity(name, e.type(), e.mentions()));
      } else {
        LinkedHashSet<String> m = new LinkedHashSet<>(prior.mentions());
        m.addAll(e.mentions());
        merged.put(name, new Entity(name, prior.type(), List.copyOf(m)));
      }
    }
    // A speaker named only by another outlet joins this article's people, its role here as its
    // mention.
    for (Quote x : quotes) {
      String to = x.speaker() == null ? null : canonical.get(x.speaker());
      if (to != null && x.speaker().equals(x.source())
          && !spelling(x.speaker()).equals(spelling(to))) {
        Entity prior = merged.get(to);
        LinkedHashSet<String> m = new LinkedHashSet<>(prior == null ? List.of() : prior.mentions());
        m.add(x.source());
        merged.put(to, new Entity(to, prior == null ? "person" : prior.type(), List.copyOf(m)));
      }
    }
    return new WhoSaidWhat(q, List.copyOf(merged.values()));
  }
}
