package org.parallax.attribution;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People, organizations and places named in one article, recognized without a statistical NER
 * model (none with a permissive licence is on Maven Central): runs of capitalized words, with
 * titles and role words ("President", "spokesman") marking people, organization words ("Party",
 * "Committee") and acronyms marking bodies, and place names from the JDK's CLDR country names
 * and time-zone cities. A surname alone joins the full name it abbreviates.
 */
final class Names {
  record Named(String name, String type) {}

  private record Mention(int start, int end, String key) {}

  private static final class Info {
    String name;
    String type;
    boolean titled;
    /** The role words seen right before the name ("Opposition leader", "Mayor"), lower case. */
    final Set<String> titles = new HashSet<>();
    /** Typed a person only by the look of its words: a place context may overrule that. */
    boolean weakPerson;
    /** Typed a place or a body by the words around it ("in …", "the operator …"). */
    boolean contextTyped;
    /** The common nouns that introduced a body ("the company-operator", "the operator,"). */
    final Set<String> heads = new HashSet<>();
    /** Kinship words right before the name ("sister Jade"), which tell the person's sex. */
    final Set<String> kin = new HashSet<>();
    int count;
    /** Mentions with no title or kinship word before them ("Brown said"). */
    int bare;
    final LinkedHashSet<String> mentions = new LinkedHashSet<>();
  }

  private static final Set<String> RESIDENCE = Set.of("residents", "resident", "people",
      "citizens", "streets", "outskirts", "centre", "center", "suburbs", "parts", "districts",
      "mayor", "inhabitants", "villagers", "port", "city", "town", "village", "region",
      "province", "island", "municipality", "district", "county", "capital",
      "harbour", "harbor");
  static final Set<String> TITLES = Set.of("president", "mr", "mrs", "ms", "dr", "sen", "mme",
      "mlle", "pc", "dc", "ds", "di", "dci", "dsi", "det", "supt", "insp",
      "pcso",
      "senator", "rep", "representative", "gov", "governor", "minister", "prime", "secretary",
      "chairman", "chairwoman", "chairperson", "chair", "spokesman", "spokeswoman", "spokesperson",
      "leader", "general", "gen", "judge", "pope", "king", "queen", "prince", "princess", "ceo",
      "director", "chief", "mayor", "commander", "captain", "inspector general", "colonel", "ambassador", "chancellor", "premier", "vice", "deputy",
      "former", "foreign", "defense", "defence", "state", "filmmaker", "pollster", "professor",
      "prof", "lt", "col", "capt", "sgt", "adm", "justice", "attorney", "commissioner", "coach",
      "candidate", "nominee", "founder", "head", "executive", "analyst", "officer", "lawyer",
      "host", "anchor", "reporter", "journalist", "author", "actor", "singer", "economist",
      "historian", "activist", "sheriff", "inspector", "speaker", "whip", "councillor",
      "councilor", "councilman", "councilwoman", "aide", "adviser", "advisor", "manager",
      "superintendent", "principal", "trustee", "rector", "provost", "archbishop", "rabbi",
      "imam", "pastor", "reverend", "rev", "sergeant", "detective", "lieutenant", "constable",
      "magistrate", "prosecutor", "coroner", "alderman", "assemblyman", "assemblywoman",
      "congressman", "congresswoman", "sheikh", "emir", "curator", "headteacher", "headmaster",
      "headmistress", "ombudsman", "auditor", "treasurer", "cllr", "mp", "mep", "msp",
      // what a report calls the people it meets, capitalized before their names ("Evacuee
      // Hanna Lind, 71, said")
      "evacuee", "resident", "witness", "eyewitness", "survivor", "farmer", "teacher", "student",
      "nurse", "driver", "passenger", "pensioner", "retiree", "volunteer", "villager", "shopkeeper",
      "homeowner", "fisherman", "commuter", "protester", "protestor", "tourist", "veteran",
      "striker", "goalkeeper", "midfielder", "defender", "winger", "skipper", "owner");
  private static final Set<String> ROLE_HEADS = Set.of("president", "leader", "minister",
      "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson", "chair",
      "secretary", "senator", "governor", "mayor", "premier", "chancellor", "prime minister",
      "ambassador", "head", "chief", "director", "king", "queen", "pope", "candidate", "nominee",
      "filmmaker", "host", "official", "commander", "general", "manager", "coach", "gaffer",
      "boss", "striker", "goalkeeper", "midfielder", "defender", "winger", "skipper", "captain",
      "researcher", "scientist", "professor", "author", "judge", "prosecutor", "owner");
  private static final Set<String> TITLE_CASE_WORDS = Set.of("By", "In", "To", "For", "With",
      "At", "On", "From", "Since", "After", "Into", "Over", "Amid", "Is", "Are", "Was", "Were",
      "Has", "Have");

  /** Holders an office is named for ("the Sheriff's Office"), besides the titles. */
  private static final Set<String> OFFICE_HOLDERS = Set.of("Prosecutor", "Sheriff", "Coroner",
      "Attorney", "Marshal", "Examiner", "Clerk", "Auditor", "Comptroller", "Treasurer",
      "Assessor", "Recorder", "Solicitor", "Controller", "Constable");

  /** Those a body is for, joined to its name by a possessive. */
  private static final Set<String> FOR_WHOM = Set.of("Children", "Women", "Men", "Veterans",
      "Workers", "Citizens", "Farmers", "Teachers", "Nurses", "Officers", "Soldiers");

  private static final Set<String> ORG_WORDS = Set.of(
      "party", "committee", "ministry", "department", "agency", "council", "commission",
      "congress", "senate", "parliament", "duma", "kremlin", "university", "bank", "times",
      "post", "news", "service", "corporation", "corp", "inc", "company", "group", "institute",
      "foundation", "association", "union", "court", "police", "channel", "network", "office",
      "tv", "fund", "organization", "organisation", "administration", "campaign", "club",
      "league", "board", "bureau", "authority", "assembly", "cabinet", "government", "army",
      "navy", "force", "forces", "journal", "herald", "tribune", "gazette", "press", "radio",
      "television", "media", "courier", "chronicle", "telegraph", "dispatch", "inquirer",
      "examiner", "sentinel", "division", "house", "polymers", "industries", "foods", "energy",
      "capital", "holdings", "logistics", "systems", "technologies", "pharmaceuticals", "motors",
      "airlines", "airways", "telecom", "mining", "steel", "chemicals", "plastics", "partners",
      "ventures", "software", "labs", "networks", "insurance", "shipping", "rail", "railways",
      "petroleum", "oil", "gas", "power", "water", "construction", "brewery", "pharma",
      "electronics", "semiconductors", "wikileaks", "facebook", "twitter", "google", "reuters",
      "bloomberg", "interfax", "centre", "center", "coalition", "alliance", "federation",
      "society", "trust", "hospital", "school", "high", "academy", "college", "museum",
      "library", "orchestra", "church", "lines", "brigade", "guard", "services", "manufacturers",
      "unit", "gym", "lifeline", "hotline", "shelter", "mosque", "synagogue",
      "airport", "consortium", "cooperative", "chamber", "directorate", "inspectorate",
      "democrats", "republicans", "fbi", "cia", "nsa", "un", "nato", "eu", "white house",
      "hydro", "electric", "utilities", "studios", "entertainment", "enterprises", "solutions",
      "transport", "terminals", "ports", "plc", "ltd", "llc", "gmbh", "told Science Desk Daily",
      "the Nordic Wire", "daily", "weekly", "wire", "magazine", "observer", "bulletin", "ledger",
      "monitor", "standard", "register", "digest", "desk", "Kessel Rovers", "Manchester United",
      "rovers", "united", "wanderers", "rangers", "athletic", "albion", "fc", "afc", "dynamo",
      "appliances", "aerospace", "automotive", "bakeries", "brewing", "textiles", "retail",
      "hotels", "zoo", "laboratories", "therapeutics", "biotech", "robotics", "resources",
      "minerals", "metals", "securities", "publishing", "studies", "shipyard", "shipyards",
      "exchange", "observatory", "aquarium", "theatre", "theater", "gallery", "clinic",
      "infirmary", "hospice", "materials", "composites", "dairy", "dairies", "farms",
      "mills", "textile", "fabrics", "packaging", "components", "instruments", "devices",
      "medical", "health", "healthcare", "biosciences", "genomics", "analytics",
      "investments", "asset", "assets", "estates", "properties", "homes", "builders", "cement",
      "glass", "paper", "timber", "lumber", "mobility", "aviation", "air", "cargo", "freight",
      "express", "haulage", "couriers", "bus", "buses", "ferries", "cruises", "tours");
  /** Organization words that name one body on their own. */
  private static final Set<String> PROPER_ORG_WORDS = Set.of("congress", "senate", "parliament",
      "duma", "kremlin", "wikileaks", "facebook", "twitter", "google", "reuters", "bloomberg",
      "interfax", "democrats", "republicans", "fbi", "cia", "nsa", "un", "nato", "eu", "tv");
  private static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
      "you", "i've", "i’ve", "i'm", "i’m", "i'll", "i’ll", "i'd", "i’d", "everything",
      "nothing", "something", "anything", "everyone", "everybody", "nobody", "someone",
      "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "by", "with", "as",
      "of", "to", "if", "when", "while", "after", "before", "according", "yes", "no", "some",
      "many", "all", "his", "her", "their", "our", "my", "its", "there", "here", "what", "who",
      "why", "how", "however", "meanwhile", "also", "still", "even", "just", "only", "then",
      "thus", "asked", "responding", "speaking", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday",
      "tomorrow", "read", "more", "related", "photo", "video", "update", "breaking", "exclusive",
      "opinion", "editor", "note", "neither", "nor", "either", "both", "each", "every", "several",
      "most", "few", "despite", "although", "though", "because", "unless", "whether", "where",
      "which", "whose", "whom", "once", "now", "later", "earlier", "last", "next", "like",
      "unlike", "until", "since");
  private static final Set<String> PLACES = places();
  /** "Gulf of Gdansk", "Vistula River", "Old Town Square": a place by its head word. */
  private static final Set<String> PLACE_FIRST = Set.of("gulf", "port", "bay", "lake", "mount",
      "republic", "kingdom", "principality", "emirate", "sultanate", "duchy",
      "cape", "strait", "isle", "port-au", "river", "sea",
      // Spanish, Portuguese and Italian place words kept in English copy ("Cerro Almagre",
      // "Los Cardos", "Sierra Alta", "Puerto Salinas", "Monte Rosso", "Rio Claro")
      "cerro", "sierra", "puerto", "porto", "monte", "rio", "río", "villa", "valle", "playa",
      "costa", "isla", "los", "las", "san", "santa", "são", "sao", "lago", "punta");
  private static final Set<String> WEATHER = Set.of("storm", "hurricane", "typhoon", "cyclone",
      "tropical");
  private static final Set<String> PLACE_LAST = Set.of("river", "sea", "bay", "island", "islands",
      "valley", "district", "province", "region", "county", "street", "square", "avenue",
      "bridge", "harbour", "harbor", "canal", "mountains", "peninsula", "coast", "ocean",
      "head", "point", "ness", "firth", "estuary", "lake", "forest", "park", "heath", "city",
      "town", "road", "lane", "hall", "stadium", "arena", "palace", "tower", "airport",
      "station", "wharf", "quay", "pier", "dam", "reservoir", "prison", "gardens",
      "trail", "boulevard", "blvd", "drive", "place", "parkway", "highway", "freeway",
      "apartments", "plaza", "mall", "heights", "township", "borough", "village", "creek",
      "beach", "canyon", "hills", "ridge");
  /** Capitalized at a sentence's start, a group of people, not a name ("Critics said …"). */
  private static final Set<String> GROUP_NOUNS = Set.of("critics", "families", "residents",
      "jurors",
      "officials", "experts", "analysts", "protesters", "workers", "voters", "investigators",
      "witnesses", "lawmakers", "authorities", "rescuers", "firefighters", "volunteers",
      "passengers", "commuters", "locals", "neighbours", "neighbors", "supporters", "opponents",
      "economists", "doctors", "teachers", "students", "parents", "scientists", "researchers",
      "engineers", "inspectors", "prosecutors", "nurses", "farmers", "miners", "pilots",
      "drivers", "soldiers", "troops", "officers", "diplomats", "activists", "campaigners",
      "organizers", "organisers", "observers", "monitors", "regulators", "lawyers", "judges",
      "historians", "journalists", "reporters", "editors", "builders", "managers", "employees",
      "staff", "shoppers", "tourists", "visitors", "islanders", "villagers", "survivors",
      "relatives", "victims", "patients", "users", "customers", "consumers", "traders",
      "investors", "bankers", "forecasters", "meteorologists", "epidemiologists", "clinicians",
      "medics", "paramedics", "guards", "crews", "sources", "environmentalists", "conservationists",
      "demonstrators", "strikers", "members", "delegates", "senators", "legislators", "ministers");
  /** All-capital words that are neither organizations nor people: zones, units, things. */
  private static final Set<String> NOT_ACRONYMS = Set.of("CET", "CEST", "EET", "EEST", "GMT",
      "UTC", "BST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "MSK", "WET", "WEST", "IST", "JST",
      "LNG", "GDP", "CEO", "VAT", "COVID", "AM", "PM", "TV", "OK", "PDF", "URL", "AI", "EV",
      "LGBT", "DNA", "GPS", "SUV", "MP", "MEP", "ID", "FAQ", "PR", "HQ", "IT", "GP", "CFO",
      "COO", "CTO", "MD", "DJ", "ICU", "MRI", "ATM", "SMS", "HIV", "AIDS", "ER");
  /** One name per country, so "US" in one outlet and "U.S." in another are the same place. */
  private static final Map<String, String> PLACE_ALIASES = Map.ofEntries(
      Map.entry("US", "United States"), Map.entry("U.S.", "United States"),
      Map.entry("USA", "United States"), Map.entry("U.S.A.", "United States"),
      Map.entry("America", "United States"), Map.entry("UK", "United Kingdom"),
      Map.entry("U.K.", "United Kingdom"), Map.entry("Britain", "United Kingdom"),
      Map.entry("Great Britain", "United Kingdom"), Map.entry("Russian Federation", "Russia"),
      Map.entry("Kiev", "Kyiv"));

  private final Map<String, Info> byKey = new LinkedHashMap<>();
  private final Map<String, String> firstSpelling = new HashMap<>();
  private final List<Mention> mentions = new ArrayList<>();

  private final Set<String> things = new HashSet<>();
  /** The article's text, which every paragraph's offsets index. */
  private String text;
  private final Set<String> midSentence = new HashSet<>();
  /** Keys (start << 32 | end) of names opening a source before its apposition. */
  private final Set<Long> appositionHeads = new HashSet<>();

  private Names() {}

  private static Set<String> places() {
    Set<String> out = new HashSet<>();
    for (String cc : Locale.getISOCountries()) {
      out.add(Locale.of("", cc).getDisplayCountry(Locale.ENGLISH));
    }
    for (String zone : ZoneId.getAvailableZoneIds()) {
      int slash = zone.lastIndexOf('/');
      if (slash > 0 && !zone.startsWith("Etc") && !zone.startsWith("SystemV")) {
        out.add(zone.substring(slash + 1).replace('_', ' '));
      }
    }
    out.addAll(List.of("US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "America", "Europe", "Asia",
        "Africa", "Britain", "Great Britain", "England", "Scotland", "Wales", "Russian Federation",
        "Soviet Union", "Washington", "Crimea", "Donbas", "Siberia", "Middle East", "Gaza",
        "West Bank", "Kosovo", "Taiwan", "Hong Kong", "Alabama", "Alaska", "Arizona", "Arkansas",
        "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
        "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
        "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
        "San Francisco", "Boston", "Philadelphia", "Seattle", "Atlanta", "Miami", "Dallas",
        "Houston", "Baltimore", "St. Petersburg", "Kyiv", "Kiev", "Beijing", "Brussels"));
    return Set.copyOf(out);
  }

  static Names find(List<Tokenizer.Paragraph> paragraphs, List<Attribution> attributions) {
    Names names = new Names();
    names.text = paragraphs.isEmpty() ? null : paragraphs.get(0).text;
    Set<String> lowerWords = new HashSet<>();
    for (Tokenizer.Paragraph p : paragraphs) {
      for (int i = 0; i < p.size; i++) {
        if (Character.isLowerCase(p.text.charAt(p.start[i]))) {
          lowerWords.add(p.word(i));
        }
      }
    }
    // Words capitalized inside a sentence somewhere are names wherever they stand.
    for (Tokenizer.Paragraph p : paragraphs) {
      for (int i = 1; i < p.size; i++) {
        if (p.sentence[i - 1] == p.sentence[i] && p.quote[i - 1] != 2
            && Character.isUpperCase(p.text.charAt(p.start[i]))) {
          names.midSentence.add(p.word(i));
        }
      }
    }
    // A lone capitalized word that is a whole source ("Caddell said") is a person.
    Set<Long> sourceStarts = new HashSet<>();
    Set<Long> appositionHeads = names.appositionHeads;
    for (Attribution a : attributions) {
      if (a.source() != null) {
        sourceStarts.add(((long) a.source().start() << 32) | a.source().end());
        // "Ramsay, the leading critic": the name before the apposition is the whole speaker.
        String src = a.source().of(names.text);
        int comma = src.indexOf(", ");
        if (comma > 0 && LONE_NAME.matcher(src.substring(0, comma)).matches()
            && APPOSITION.matcher(src.substring(comma + 2)).matches()) {
          sourceStarts.add(((long) a.source().start() << 32) | (a.source().start() + comma));
          appositionHeads.add(((long) a.source().start() << 32) | (a.source().start() + comma));
        }
      }
    }
    List<int[]> runs = new ArrayList<>(); // paragraph index, from, to, titled
    for (int pi = 0; pi < paragraphs.size(); pi++) {
      Tokenizer.Paragraph p = paragraphs.get(pi);
      int i = 0;
      while (i < p.size) {
        if (!capitalized(p, i)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < p.size) {
          if (capitalized(p, j)) {
            j++;
          } else if ((p.word(j).equals("'") || p.word(j).equals("’")) && p.word(j - 1).endsWith("s")
              && p.start[j] == p.end[j - 1] && j + 1 < p.size && capitalized(p, j + 1)) {
            j++; // "the Railway Workers' Union"
          } else if ((p.word(j).equals("'s") || p.word(j).equals("’s"))
              && (p.word(i).equals("St") || p.word(i).equals("Saint"))
              && j + 1 < p.size && capitalized(p, j + 1)) {
            j++; // "St. Aldric's Hospital Trust", "St Mary's College": a saint's name
          } else if (p.word(j).equals(".") && j - 1 >= 0 && (isTitle(p.word(j - 1))
              || (p.word(j - 1).length() == 1 && p.start[j] == p.end[j - 1])
              || PLACE_ABBREVIATIONS.contains(p.word(j - 1)) && p.start[j] == p.end[j - 1])
              && j + 1 < p.size && capitalized(p, j + 1)) {
            j++; // "Sen. Bernie Sanders", "V. Putin", "St. Olav Hospital"
          } else if (HYPHENED_PARTICLE.matcher(p.word(j)).matches()) {
            j++; // "Khaled al-Qidra", "Ahmed el-Tayeb"
          } else if (NAME_PARTICLES.contains(p.word(j)) && particlesThenName(p, j) > j) {
            j = particlesThenName(p, j);
          } else if ((p.word(j).equals("'s") || p.word(j).equals("’s"))
              && p.word(j - 1).equals("People") && j + 1 < p.size && capitalized(p, j + 1)) {
            j++; // "the People's Renewal Party"
          } else if (possessive(p, j) && j + 1 < p.size
              && (p.word(j + 1).equals("Office") || p.word(j + 1).equals("Department"))
              && (isTitle(p.word(j - 1)) || OFFICE_HOLDERS.contains(p.word(j - 1)))) {
            j++; // "the Harlan County Prosecutor's Office": an office is named for its holder
          } else if (possessive(p, j) && j + 1 < p.size
              && capitalized(p, j + 1) && FOR_WHOM.contains(p.word(j - 1))) {
            j++; // "Comer Children's Hospital", "the Women's Institute"
          } else if (p.word(j).equals("for") && j + 1 < p.size && capitalized(p, j + 1)
              && (BODIES_FOR.contains(p.word(j - 1).toLowerCase(Locale.ROOT))
                  || isTitle(p.word(j - 1)))) {
            j++; // "the Okoye Institute for Space Science", "Centre for Policy Studies",
            // "Minister for Emergency Situations Tomas Halvek"
          } else if (p.word(j).equals("of") && !personOf(p, i, j)
              && j + 1 < p.size && (capitalized(p, j + 1) || (p.word(j + 1).equals("the")
              && j + 2 < p.size && capitalized(p, j + 2)))) {
            j += p.word(j + 1).equals("the") ? 2 : 1;
          } else if (p.quote[j] == 2 && nicknameEnd(p, j) > j) {
            j = nicknameEnd(p, j); // 'Tomas "Tiki" Brandvold'
          } else if ((p.word(j).equals("and") || p.word(j).equals("&"))
              && bodyAfterAnd(p, j) > j) {
            j = bodyAfterAnd(p, j); // "Eastvale Fire and Rescue Service"
          } else {
            break;
          }
        }
        names.run(p, i, j, lowerWords, sourceStarts);
        i = j;
      }
    }
    for (String thing : names.things) {
      Info info = names.byKey.get(thing);
      if (info != null && !info.titled && (info.type == null || info.weakPerson)) {
        names.byKey.remove(thing);
      }
    }
    names.mergeSurnames();
    names.roleSubjects(paragraphs);
    return names;
  }

  /**
   * "The 61-year-old head of state also criticised the opposition. “…,” he said.": a sentence
   * whose subject is a role description of a person the article names is a mention of that
   * person where it stands, so a pronoun after it may point back to it.
   */
  /** Where a role description stands as a sentence's subject, naming its person there. */
  private final Set<Integer> described = new HashSet<>();

  /** Whether the mention starting at {@code start} is a role description of a subject. */
  boolean describedAt(int start) {
    return described.contains(start);
  }

  private void roleSubjects(List<Tokenizer.Paragraph> paragraphs) {
    for (Tokenizer.Paragraph p : paragraphs) {
      for (int k = 0; k < p.size; k++) {
        if ((k > 0 && p.sentence[k - 1] == p.sentence[k]) || !p.word(k).equals("The")) {
          continue;
        }
        int head = -1;
        for (int h = k + 1; h < p.size && h <= k + 4 && p.sentence[h] == p.sentence[k]; h++) {
          String w = p.word(h).toLowerCase(Locale.ROOT);
          if (Character.isUpperCase(p.word(h).charAt(0)) && !nationality(p.word(h))) {
            break; // "The Nordland Times": a name, not a description
          }
          if (ROLE_HEADS.contains(w)) {
            head = h;
            break;
          }
        }
        if (head < 0) {
          continue;
        }
        int end = head + 1;
        if (p.word(head).equals("head") && end + 1 < p.size && p.word(end).equals("of")
            && (p.word(end + 1).equals("state") || p.word(end + 1).equals("government"))) {
          end += 2; // "head of state"
        }
        // The description is the subject only when a lower-case verb or adverb follows it
        // ("… head of state also criticised"); "The head of the agency" is someone else.
        // "The president's Pacific roots …" names him too.
        boolean possessive = end < p.size && (p.word(end).equals("'s") || p.word(end).equals("’s"));
        if (end >= p.size || (!possessive && (!Character.isLowerCase(p.word(end).charAt(0))
            || p.word(end).equals("of") || p.word(end).equals("and")))) {
          continue;
        }
        String surface = p.text.substring(p.start[k], p.end[end - 1]);
        String person = salientTitledPerson(surface.toLowerCase(Locale.ROOT), surface);
        if (person != null && byKey.containsKey(person) && !otherNationality(person, surface)) {
          mentions.add(new Mention(p.start[k], p.end[end - 1], person));
          described.add(p.start[k]);
        }
      }
    }
  }

  private static final Pattern LONE_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]+");
  private static final Pattern APPOSITION =
      Pattern.compile("(?i)(the|a|an|its|his|her|their) .*");

  /** Lower-case words inside names: "Osama bin Laden", "Ursula von der Leyen". */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den",
      "bin", "ibn", "al", "da", "di", "du", "del", "della", "dos", "das");

  private static final Pattern HYPHENED_PARTICLE = Pattern
      .compile("(?:al|el|ad|ud|ul|as|ash|at|az|an|ar|ibn|bin|abu|ben)-\\p{Lu}[\\p{L}'’-]*");

  /**
   * "Judge Eugene H. Nickerson of Federal District Court": a person's name, titled or opening
   * with a given name, ends before "of"; what follows is where the person works.
   */
  private static boolean personOf(Tokenizer.Paragraph p, int i, int j) {
    int k = i;
    while (k < j && isTitle(p.word(k))) {
      k++;
    }
    return j - k >= 2 && personLike(p, k, j)
        && (k > i || givenName(p.word(k)) || k > 0 && isTitle(p.word(k - 1)));
  }

  /** The capitalized word after particles from {@code j} ("von der Leyen"), or -1. */
  private static int particlesThenName(Tokenizer.Paragraph p, int j) {
    int k = j;
    while (k < p.size && k - j < 3 && NAME_PARTICLES.contains(p.word(k))) {
      k++;
    }
    return k < p.size && capitalized(p, k) ? k : -1;
  }

  /** Whether token {@code i} is a possessive "'s" ("The Sheriff's Office"). */
  private static boolean possessive(Tokenizer.Paragraph p, int i) {
    return i < p.size && (p.word(i).equals("'s") || p.word(i).equals("’s"));
  }

  private static boolean capitalized(Tokenizer.Paragraph p, int i) {
    char c = p.text.charAt(p.start[i]);
    return Character.isUpperCase(c) && Character.isLetter(c);
  }

  static boolean isTitle(String w) {
    String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
    return TITLES.contains(lower) || OCCUPATIONS.contains(lower)
        || lower.length() > 6 && OCCUPATION_ENDS.matcher(lower).find();
  }

  /**
   * "Geologist Tomas Reindl", "Pensioner Dragan Pelc": an occupation capitalized before a name
   * (opening a sentence, or as a newspaper's false title) is a description, not a first name.
   */
  private static final Set<String> OCCUPATIONS = Set.of("teacher", "farmer", "nurse", "doctor",
      "surgeon", "engineer", "pilot", "driver", "student", "pensioner", "passenger", "worker",
      "researcher", "expert", "consultant", "architect", "writer", "novelist", "poet", "artist",
      "lecturer", "entrepreneur", "businessman", "businesswoman", "priest", "bishop", "veteran",
      "shopkeeper", "fisherman", "miner", "banker", "investor", "trader", "diplomat", "envoy",
      "spokesperson", "campaigner", "volunteer", "paramedic", "firefighter", "midwife",
      "negotiator", "mediator", "organizer", "organiser", "investigator", "coordinator",
      "administrator", "supervisor", "editor", "owner", "chef", "mechanic", "electrician",
      // who someone was at the event reported: "Attendee Angela Lutz, 19, said"
      "attendee", "visitor", "neighbor", "neighbour", "resident", "witness", "eyewitness",
      "bystander", "spectator", "shopper", "customer", "homeowner", "parishioner", "commuter",
      "tourist", "protester", "protestor", "demonstrator", "activist", "coworker",
      "co-worker", "classmate", "teammate", "motorist", "pedestrian", "tenant", "landlord",
      "retiree", "survivor", "churchgoer", "partygoer", "concertgoer", "moviegoer");
  private static final Pattern OCCUPATION_ENDS =
      Pattern.compile(
      "(?:ologist|ician|ographer|scientist|chemist|physicist|columnist|strategist|specialist"
          + "|pharmacist|therapist|psychiatrist|dentist|lobbyist|campaigner)$");

  /** "Russian", "U.S.", "French": only stripped when a title follows ("Russian President"). */
  /**
   * Whether a role naming a nationality ("the Hungarian minister") contradicts every nationality
   * the person's mentions give ("Russian Foreign Minister Sergei Lavrov").
   */
  boolean otherNationality(String person, String role) {
    Set<String> wanted = nationalitiesIn(role);
    Info info = byKey.get(person);
    if (wanted.isEmpty() || info == null) {
      return false;
    }
    Set<String> given = nationalitiesNear(person);
    if (given.isEmpty()) {
      return false;
    }
    given.retainAll(wanted);
    return given.isEmpty();
  }

  /** The nationality words of a role as written: "The Vestrian premier" gives Vestrian. */
  private static Set<String> nationalitiesIn(String role) {
    Set<String> out = new HashSet<>();
    for (String w : role.split("[^\\p{L}.]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && nationality(w)
          && !PARTIES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Capitalized words written just before a person's mentions, in them, and up to {@code after}
   * characters after ("Vermont Sen. Bernie Sanders", "Sen. Bernie Sanders (I-Vermont)").
   */
  private Set<String> capitalizedNear(String person, int after) {
    Set<String> given = new HashSet<>();
    for (Mention m : mentions) {
      if (m.key().equals(person) && text != null) {
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(text.length(), m.end() + after);
        for (String w : text.substring(from, to).split("[^\\p{L}.]+")) {
          if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            given.add(w);
          }
        }
      }
    }
    return given;
  }

  private static final Pattern ROLE_OF =
      Pattern.compile("(?:the )?(\\p{L}+) of ((?:the )?[\\p{L} -]+)");

  /** The lower-case words in the clause before each of a person's mentions. */
  private Set<String> lowerWordsBefore(String person) {
    Set<String> words = new HashSet<>();
    for (Mention m : mentions) {
      if (m.key().equals(person) && text != null) {
        String before = text.substring(Math.max(0, m.start() - 60), m.start());
        int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('.'),
            before.lastIndexOf('\n')));
        for (String w : before.substring(cut + 1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          words.add(w);
        }
      }
    }
    return words;
  }

  private static boolean givenName(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return MALE_NAMES.contains(lower) || FEMALE_NAMES.contains(lower);
  }

  /** Whether a transcript's label in capitals is a role ("HEAD OF COMMUNICATIONS", "CHAIR"). */
  static boolean roleLabel(String label) {
    if (!label.equals(label.toUpperCase(Locale.ROOT)) || label.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    String[] words = label.toLowerCase(Locale.ROOT).split("[\\s.]+");
    boolean role = false;
    for (String w : words) {
      if (w.equals("of") || w.equals("the") || w.equals("for") || w.equals("and")) {
        role = true;
      } else if (TITLES.contains(w) || ROLE_HEADS.contains(w) || SPOKESPEOPLE.contains(w)) {
        role |= !List.of("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mme").contains(w);
      }
    }
    return role;
  }

  /**
   * The one person a role noun describes in an apposition ("The mayor of the locality, Joaquín
   * Salvatierra,", "Marisol Arrieta, a nurse,"), so that "the mayor" and "the nurse" later are
   * that person; null when none or several are so described.
   */
  String describedAs(String head) {
    // ("the union", "the government": a body, though a person is "the union's spokeswoman")
    if (text == null || head.length() < 3 || ORG_WORDS.contains(head) || ORG_HEADS.contains(head)
        || BUSINESSES.contains(head) || MAKERS.contains(head) || PUBLIC_BODIES.contains(head)
        || GROUP_NOUNS.contains(head)) {
      return null;
    }
    String found = null;
    for (Info info : byKey.values()) {
      if (!"person".equals(info.type)) {
        continue;
      }
      if (lowerWordsInApposition(info.name).contains(head)
          || lowerWordsBeforeApposition(info.name).contains(head)) {
        if (found != null && !found.equals(info.name)) {
          return null;
        }
        found = info.name;
      }
    }
    return found;
  }

  /** The lower-case words of a description set off before a person's name ("The fire chief, "). */
  private Set<String> lowerWordsBeforeApposition(String person) {
    Set<String> words = new HashSet<>();
    for (Mention m : mentions) {
      if (m.key().equals(person) && m.start() >= 2 && text.charAt(m.start() - 1) == ' '
          && text.charAt(m.start() - 2) == ',') {
        String before = text.substring(Math.max(0, m.start() - 70), m.start() - 2);
        int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('.'),
            before.lastIndexOf('\n')));
        String phrase = before.substring(cut + 1).strip();
        // a description, not a list of names ("Ana Ruiz, Lev Orlov")
        if (!phrase.isEmpty() && phrase.split("\\s+").length <= 8
            && phrase.chars().anyMatch(Character::isLowerCase)) {
          for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            words.add(w);
          }
        }
      }
    }
    return words;
  }

  /** The lower-case words of an apposition right after a person's mentions (", head of …,"). */
  private Set<String> lowerWordsInApposition(String person) {
    Set<String> words = new HashSet<>();
    for (Mention m : mentions) {
      if (m.key().equals(person) && text != null && m.end() + 2 < text.length()
          && text.charAt(m.end()) == ',') {
        String after = text.substring(m.end() + 1, Math.min(text.length(), m.end() + 80));
        int cut = after.length();
        for (char c : new char[] {',', '.', '\n', ';'}) {
          int i = after.indexOf(c);
          cut = i >= 0 ? Math.min(cut, i) : cut;
        }
        for (String w : after.substring(0, cut).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** The places and nationalities written around a person's mentions, not the name's words. */
  private Set<String> wordsNear(String person) {
    Set<String> given = capitalizedNear(person, 20);
    given.removeAll(java.util.Arrays.asList(person.split(" ")));
    return given;
  }

  /** Nationality words written just before a person's mentions ("Vestrian Prime Minister"). */
  private Set<String> nationalitiesNear(String person) {
    Set<String> given = capitalizedNear(person, 0);
    given.removeIf(w -> !nationality(w) || PARTIES.contains(w));
    return given;
  }

  /** Words that look like nationalities and name parties. */
  private static final Set<String> PARTIES = Set.of("Republican", "Republicans", "Democratic",
      "Socialist", "Communist", "Green", "Liberal", "Conservative");

  private static boolean nationality(String w) {
    if (w.equals("US") || w.equals("U.S.") || w.equals("UK") || w.equals("EU")) {
      return true;
    }
    String lw = w.toLowerCase(Locale.ROOT);
    return w.length() >= 5 && !PLACES.contains(w) && (lw.endsWith("ian") || lw.endsWith("ean")
        || lw.endsWith("ese") || lw.endsWith("ish") || lw.endsWith("can") || lw.endsWith("ch")
        || lw.endsWith("i"));
  }

  private static boolean byline(Tokenizer.Paragraph p) {
    if (p.size < 2 || p.size > 16 || !p.word(0).equals("By") || !capitalized(p, 1)) {
      return false;
    }
    for (int k = 1; k < p.size; k++) {
      String w = p.word(k);
      if (Character.isLowerCase(w.charAt(0)) && !BYLINE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> BYLINE_WORDS = Set.of("and", "in", "for", "at", "of", "the",
      "with", "reporting", "additional");

  /**
   * Past "and" in "Fire and Rescue Service", "Health and Safety Executive", "Health and Human
   * Services": the end of the body's name when up to three capitalized words after it close on
   * a body's word; else {@code and} itself.
   */
  /**
   * After a nickname in quotation marks between a given name and a surname ('Kwame "The
   * Cannon" Asante-Frye'), the surname's index; else {@code open} itself.
   */
  private static int nicknameEnd(Tokenizer.Paragraph p, int open) {
    int k = open + 1;
    while (k < p.size && k - open <= 4 && p.quote[k] == 1 && capitalized(p, k)) {
      k++;
    }
    return k > open + 1 && k + 1 < p.size && p.quote[k] == 3 && capitalized(p, k + 1)
        && open > 0 && capitalized(p, open - 1) ? k + 1 : open;
  }

  /** Last words of a body's name past its "and": "Metal and Engineering Workers". */
  private static final Set<String> AFTER_AND = Set.of("executive", "workers", "employees",
      "trade", "affairs", "development", "industry", "innovation", "environment", "culture",
      "sport", "security", "justice", "research", "technology", "science", "sciences");
  /** Bodies whose name goes on past "for": "Institute for Space Science". */
  private static final Set<String> BODIES_FOR = Set.of("institute", "centre", "center",
      "organisation", "organization", "council", "commission", "agency", "committee",
      "foundation", "office", "ministry", "department", "association", "society", "union",
      "alliance", "campaign", "coalition", "fund", "trust", "school", "college", "academy",
      "bureau", "authority", "league", "network", "partnership");

  private static int bodyAfterAnd(Tokenizer.Paragraph p, int and) {
    int k = and + 1;
    while (k < p.size && k - and <= 3 && capitalized(p, k)) {
      String w = p.word(k).toLowerCase(Locale.ROOT);
      k++;
      if (ORG_WORDS.contains(w) || ORG_WORDS.contains(w.replaceFirst("s$", ""))
          || AFTER_AND.contains(w)) {
        return k;
      }
    }
    return and;
  }

  private static final Pattern DESCRIPTIVE_COMPOUND =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)+"); // "Co-author" too
  /** Lower-case role nouns that, between a capitalized word and a name, make a person's role. */
  private static final Set<String> PERSON_ROLES_AFTER = Set.of("operator", "owner", "boss",
      "worker", "driver", "pilot", "engineer", "inspector", "official", "chief", "manager");
  private static final Set<String> POST_NOMINALS = Set.of("Jr", "Sr", "KC", "QC", "MP", "MEP",
      "MSP", "OBE", "CBE", "MBE", "KBE", "PhD", "III", "II", "IV", "Esq", "SC");

  private void run(Tokenizer.Paragraph p, int from, int to, Set<String> lowerWords,
      Set<Long> sourceStarts) {
    // "By Karl Demny, Orlitz", "By Ana Ruiz and Lev Orlov": a byline names the writers, no one
    // in the news.
    if (byline(p)) {
      return;
    }
    // "To 3-Year-Old Killed By Stray Bullet", "Days Since Last Homicide": a preposition written
    // with a capital inside a run is a headline's title case, which names no one ("Bank of
    // America" keeps its "of" lower-case in running text).
    for (int k = from + 1; k < to - 1; k++) {
      if (TITLE_CASE_WORDS.contains(p.word(k))) {
        return;
      }
    }
    // "Simon Achebe KC", "Martin Luther King Jr.": letters after a name are no part of it.
    while (to - from > 2 && POST_NOMINALS.contains(p.word(to - 1))) {
      to--;
    }
    // "Mum-of-three Glenys Partridge", "Father-of-two Ian Boyd": a description before a name
    if (to - from >= 3 && DESCRIPTIVE_COMPOUND.matcher(p.word(from)).matches()) {
      from++;
    }
    // "the head of the Agency of Civil Protection Marta Ilievska", as translations run a body
    // and its head together: a body's name, then two words whose last the report uses alone
    // elsewhere ("Ilievska also said"), are a body and a person.
    if (to - from >= 4 && text != null && capitalized(p, to - 2)
        && !ORG_WORDS.contains(p.word(to - 1).toLowerCase(Locale.ROOT))
        && !ORG_WORDS.contains(p.word(to - 2).toLowerCase(Locale.ROOT))
        && !p.word(to - 3).equals("of") && !p.word(to - 3).equals("the")
        && !p.word(to - 3).equals("and") && !p.word(to - 3).equals("&")) {
      boolean body = false;
      for (int k = from; k < to - 2; k++) {
        body |= ORG_WORDS.contains(p.word(k).toLowerCase(Locale.ROOT));
      }
      // (or a known given name, or a title before the body: "The president of the Federation of
      // Kestrian Workers Jonas Telmar", as state agencies write it)
      boolean titledBody = false;
      for (int k = Math.max(0, from - 3); k < from; k++) {
        titledBody |= isTitle(p.word(k)) && Character.isLowerCase(p.word(k).charAt(0));
      }
      // (a title opening the run is handled below: "the Minister of Energy of Croatia Ivo Horvat")
      if (body && (occurrences(text, p.word(to - 1)) >= 2 || !isTitle(p.word(from))
          && (givenName(p.word(to - 2)) || titledBody && personLike(p, to - 2, to)))) {
        run(p, from, to - 2, lowerWords, sourceStarts);
        run(p, to - 2, to, lowerWords, sourceStarts);
        return;
      }
    }
    boolean sentenceStart = from == 0 || p.sentence[from - 1] != p.sentence[from]
        || p.quote[from - 1] == 2 || (from == 1 && Attributions.isDash(p.word(0)));
    // "Fire chief Delphine Ashcombe", "Health minister Ana Leite": one capitalized word opening
    // the sentence before a lower-case title says what the title is of, and names nothing.
    if (sentenceStart && to - from == 1 && to + 1 < p.size
        && (TITLES.contains(p.word(to)) || PERSON_ROLES_AFTER.contains(p.word(to)))
        && capitalized(p, to + 1)) {
      return; // ("Ferry operator Brigida Nakamura-Olsen": the operator is a person here)
    }
    // "Freight forwarders said", "— Families will not pay": one capitalized word opening a
    // sentence that the tagger reads as a common word is no name.
    PartsOfSpeech pos = PartsOfSpeech.english(); // tags cached on the paragraph
    // A word that is by itself a speaker ("Okafor, the council chair, said") stays a name.
    if (sentenceStart && to - from == 1 && !pos.name(pos.tag(p)[from]).startsWith("PROPN")
        && !midSentence.contains(p.word(from))
        && (!appositionHeads.contains(((long) p.start[from] << 32) | p.end[from])
            || p.word(from).equals(p.word(from).toUpperCase(Locale.ROOT)))) { // "ILVES:"
      return;
    }
    // "Injecting Clinton's marital troubles into …": a gerund opening the sentence is no name.
    if (sentenceStart && to - from >= 2 && p.word(from).endsWith("ing")
        && pos.name(pos.tag(p)[from]).startsWith("VERB")) {
      from++;
      sentenceStart = false;
    }
    // A capitalized word that opens a sentence and is written lower-case elsewhere is no name.
    // "Jan Olsen": a given name, not January, when a name follows it without a full stop.
    while (from < to && (NOT_NAMES.contains(p.word(from).toLowerCase(Locale.ROOT))
        && !(p.word(from).equals("Jan") && from + 1 < to && capitalized(p, from + 1))
        || NOT_ACRONYMS.contains(p.word(from))
        || (sentenceStart && GROUP_NOUNS.contains(p.word(from).toLowerCase(Locale.ROOT)))
        || (sentenceStart && lowerWords.contains(p.word(from).toLowerCase(Locale.ROOT))
            && !isTitle(p.word(from))))) {
      from++;
      sentenceStart = false;
    }
    boolean titled = from > 0 && isTitle(p.word(from - 1));
    // "Mr Brierley's sister Jade, 27,", "his widow Ana": a relative named after the kinship
    // word is a person, though a given name alone names no one otherwise.
    String kin = from > 0 ? p.word(from - 1) : "";
    boolean related = FEMALE_KIN.contains(kin) || MALE_KIN.contains(kin);
    titled |= related;
    int tokenFrom = from;
    boolean ofAfterTitle = false;
    while (from < to && (isTitle(p.word(from)) && !possessive(p, from + 1)
        || p.word(from).equals(".")
        || (nationality(p.word(from)) && from + 1 < to && isTitle(p.word(from + 1)))
        || p.word(from).equals("of") || p.word(from).equals("the")
        || p.word(from).equals("for") && from > tokenFrom && isTitle(p.word(from - 1)))) {
      titled |= isTitle(p.word(from));
      ofAfterTitle |= titled && (p.word(from).equals("of") || p.word(from).equals("for"));
      from++;
    }
    // "The President of Kestrania invited …": what a title is of is a country or a body, not
    // the person who holds it (whose name, when given, follows: "President of Kestrania Teodor
    // Brankovan").
    // ("Chair of Cardiovascular Medicine": two words after the title's "of" are a field too)
    // ("Secretary of State Anna Berg": a title's "of" whose complement is a title word is one
    // title, and the name follows it)
    boolean titleAfterOf = from - 2 >= tokenFrom && p.word(from - 2).equals("of")
        && isTitle(p.word(from - 1));
    if (ofAfterTitle && !titleAfterOf && to - from <= 2
        && !ORG_WORDS.contains(p.word(to - 1).toLowerCase(Locale.ROOT))) {
      return;
    }
    // "Operator Fjordlink said": a capitalized kind of body opening the run describes the body
    // named after it, as "the operator Fjordlink" does.
    boolean headInRun = false;
    if (!titled && from + 1 < to && RUN_HEADS.contains(p.word(from).toLowerCase(Locale.ROOT))
        && capitalized(p, from + 1) && !ORG_WORDS.contains(p.word(to - 1).toLowerCase(Locale.ROOT))) {
      from++;
      headInRun = true;
    }
    // "Gdansk Mayor Agnieszka Wolska": the name follows the last title inside the run; not in
    // "Brenholm General Hospital", which is the body's whole name.
    boolean bodyName = ORG_WORDS.contains(p.word(to - 1).toLowerCase(Locale.ROOT));
    for (int k = Math.max(from + 1, to - 4); k < to - 1 && !bodyName; k++) {
      bodyName = (p.word(k).equals("and") || p.word(k).equals("&")) && bodyAfterAnd(p, k) == to;
    }
    for (int k = from + 1; k < to - 1 && !bodyName; k++) {
      bodyName = p.word(k).equals("for")
          && BODIES_FOR.contains(p.word(k - 1).toLowerCase(Locale.ROOT));
    }
    for (int k = to - 2; k > from && !bodyName; k--) {
      // "Ministry of Foreign Affairs": a body's field after its "of" is no title
      boolean field = k >= from + 2 && p.word(k - 1).equals("of")
          && ORG_WORDS.contains(p.word(k - 2).toLowerCase(Locale.ROOT));
      if (isTitle(p.word(k)) && capitalized(p, k + 1) && !field) {
        titled = true;
        from = k + 1;
        break;
      }
      // "Pennsylvania Gov. Ed Rendell": an abbreviated title's full stop before the name
      if (isTitle(p.word(k)) && p.word(k + 1).equals(".") && k + 2 < to && capitalized(p, k + 2)) {
        titled = true;
        from = k + 2;
        break;
      }
    }
    while (to > from && (p.word(to - 1).equals("of") || p.word(to - 1).equals("the")
        || NOT_NAMES.contains(p.word(to - 1).toLowerCase(Locale.ROOT)))) {
      to--;
    }
    // "Helvar Foods N.V.", "Nordgas Inc.": the legal form is no part of the name outlets use.
    boolean legalForm = false;
    while (to - from >= 2 && (LEGAL_FORMS.contains(legal(p.word(to - 1)))
        || p.word(to - 1).equals(".") && to - from >= 3
            && LEGAL_FORMS.contains(legal(p.word(to - 2))))) {
      to -= p.word(to - 1).equals(".") ? 2 : 1;
      legalForm = true;
    }
    // "Quillmark, Inc. today announced"
    legalForm |= to + 1 < p.size && p.word(to).equals(",")
        && LEGAL_FORMS.contains(legal(p.word(to + 1)));
    // "the Minister of Energy of Croatia Ivo Horvat", "the President of the Russian Federation
    // Vladimir Putin": translated titles put the office's body before the name, which is the
    // run's last two words.
    boolean ofTitle = false;
    for (int k = tokenFrom; k < from; k++) {
      ofTitle |= titled && (p.word(k).equals("of") || p.word(k).equals("for"));
    }
    if (ofTitle && to - from >= 3 && capitalized(p, to - 2) && personLike(p, to - 2, to)) {
      from = to - 2;
    }
    // "the head of the harbour authority of Port Ellen Mara Lindqvist": a place named on its
    // own in the article (or shaped like one) before a person's two names is two names.
    boolean afterOf = from > 0 && (p.word(from - 1).equals("of") || (from > 1
        && p.word(from - 1).equalsIgnoreCase("the") && p.word(from - 2).equals("of")));
    if (!ofTitle && to - from >= 3 && afterOf && personLike(p, to - 2, to)) {
      String place = p.text.substring(p.start[from], p.end[to - 3]);
      String whole = p.text.substring(p.start[from], p.end[to - 1]);
      if (PLACES.contains(place) || PLACE_FIRST.contains(p.word(from).toLowerCase(Locale.ROOT))
          || PLACE_LAST.contains(p.word(to - 3).toLowerCase(Locale.ROOT))
          || occurrences(p.text, place) > occurrences(p.text, whole)) {
        run(p, from, to - 2, lowerWords, sourceStarts);
        run(p, to - 2, to, lowerWords, sourceStarts);
        return;
      }
    }
    // "the head of the Grain Union Arkady Zlotnik": a body's name, then its head's.
    if (to - from >= 4 && ORG_WORDS.contains(p.word(to - 3).toLowerCase(Locale.ROOT))
        && personLike(p, to - 2, to)) {
      run(p, from, to - 2, lowerWords, sourceStarts);
      run(p, to - 2, to, lowerWords, sourceStarts);
      return;
    }
    // "said A. Velin": where the initial was read as the article "A", its full stop is no part
    // of the name either
    while (from < to && p.word(from).equals(".")) {
      from++;
    }
    if (tokenFrom < from && p.word(tokenFrom).equals(".")) {
      tokenFrom = from;
    }
    if (from >= to) {
      return;
    }
    // (a nickname in quotation marks is no part of the name: 'Tomas "Tiki" Brandvold')
    String name = p.text.substring(p.start[from], p.end[to - 1]).replaceAll("\\s+", " ")
        .replaceAll(" [\"“'‘][^\"”'’]{1,30}[\"”'’] ", " ");
    name = PLACE_ALIASES.getOrDefault(name, name);
    // "HELENA MARCHETTI:", a transcript's label in capitals, names Helena Marchetti
    // "HEAD OF COMMUNICATIONS:" labels a role, and names no one
    if (to < p.size && p.word(to).equals(":") && roleLabel(p.text.substring(p.start[tokenFrom],
        p.end[to - 1]))) {
      return;
    }
    if (to < p.size && p.word(to).equals(":") && to - from >= 2
        && name.equals(name.toUpperCase(Locale.ROOT))
        && java.util.Arrays.stream(name.split(" ")).allMatch(w -> w.matches("\\p{Lu}{2,}[\\p{Lu}'’-]*"))) {
      name = org.parallax.text.Text.titleCase(name);
    }
    // "GARETH Lomax has been SACKED": a tabloid shouts the given name; the name is Gareth Lomax.
    if (to - from >= 2 && p.word(from).matches("\\p{Lu}{2,}")
        && p.word(to - 1).matches("\\p{Lu}\\p{Ll}+.*") && personLike(p, from, to)) {
      name = org.parallax.text.Text.titleCase(p.word(from)) + name.substring(p.word(from).length());
    }
    String surface = p.text.substring(p.start[tokenFrom], p.end[to - 1]).replaceAll("\\s+", " ");
    int tokens = to - from;
    for (int k = from + 1; k < to - 1; k++) {
      tokens -= p.quote[k] != 0 ? 1 : 0; // a nickname's words and marks
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String last = p.word(to - 1).toLowerCase(Locale.ROOT);
    // "Ewa Nowicka of the Gdansk Clean Air Coalition": a person, then her organization.
    for (int k = from + 2; k <= from + 3 && k < to - 1; k++) {
      if (p.word(k).equals("of") && personLike(p, from, k)) {
        run(p, tokenFrom, k, lowerWords, sourceStarts);
        run(p, p.word(k + 1).equals("the") ? k + 2 : k + 1, to, lowerWords, sourceStarts);
        return;
      }
    }
    if (tokens == 1 && ORG_WORDS.contains(lower) && !PROPER_ORG_WORDS.contains(lower)) {
      return; // "the Committee", "Police": a kind of body, not which one
    }
    String type;
    String first = p.word(from).toLowerCase(Locale.ROOT);
    String before = tokenFrom > 0 ? p.word(tokenFrom - 1).toLowerCase(Locale.ROOT) : "";
    String after = to < p.size ? p.word(to) : "";
    String after2 = to + 1 < p.size && !after.isEmpty() && Character.isLowerCase(after.charAt(0))
        ? p.word(to + 1) : "";
    // "the gas pipeline «Southern Link»": the thing's noun before its quoted name
    int b = tokenFrom - 1;
    while (b >= 0 && Tokenizer.OPEN_QUOTES.indexOf(p.word(b).charAt(0)) >= 0) {
      b--;
    }
    boolean thingBefore = b >= 0 && b < tokenFrom - 1 && THINGS.contains(p.word(b).toLowerCase(Locale.ROOT));
    // "Labor Day", "Independence Day", "Christmas Eve": a day is no one.
    boolean holiday = tokens >= 2 && (last.equals("day") || last.equals("eve"))
        || HOLIDAYS.contains(lower)
        // "Storm Ilse", "Hurricane Maria": weather has names, and is no one
        || tokens >= 2 && WEATHER.contains(first);
    // "the sitcom Scrubs", "the album Thriller": a work named after its kind
    thingBefore |= WORKS.contains(before) && tokenFrom > 0
        && Character.isLowerCase(p.word(tokenFrom - 1).charAt(0));
    if (!titled && (THINGS.contains(after) || THINGS.contains(after2) || thingBefore || holiday)) {
      // "the Pannonia Link gas pipeline", "the Morning Line programme": a named thing, and
      // its other mentions are no person either
      things.add(name);
      return;
    }
    // "the Chinese company COSCO": a nationality before a common noun describes the body, it
    // names none.
    if (tokens == 1 && nationality(name) && !name.equals(name.toUpperCase(Locale.ROOT))
        && (ORG_HEADS.contains(after) || BUSINESSES.contains(after))) {
      return;
    }
    // "the research group Tisza Analytica", "the opposition Civic Renewal party", "a spokeswoman
    // for Nordgas", "the Ministry of Finance"
    String beforeTwo = tokenFrom > 1 ? p.word(tokenFrom - 2).toLowerCase(Locale.ROOT) : "";
    // The head noun before is a common noun ("the group Tisza Analytica"), not the end of
    // another name ("the Grain Union Arkady Zlotnik").
    // Translations set the name in quotation marks after its noun ("the company-operator
    // \"Carovia Hydro\"", "the organization «Rivers Alive»"): the noun before the marks counts.
    String headWord = b >= 0 ? p.word(b) : "";
    boolean headBefore = b >= 0 && Character.isLowerCase(headWord.charAt(0))
        && (ORG_HEADS.contains(headWord.toLowerCase(Locale.ROOT))
            || MAKERS.contains(headWord) // "payroll software maker Quillmark"
            || java.util.Arrays.stream(headWord.split("-")).anyMatch(ORG_HEADS::contains));
    // "the hydroelectric power station Dravnik": a plant's station is a place, not a broadcaster.
    boolean facility = headBefore && headWord.equals("station") && b > 0
        && FACILITY_STATIONS.contains(p.word(b - 1).toLowerCase(Locale.ROOT));
    // "Ferry operator Brigida Nakamura-Olsen": a capitalized word before the head and a
    // person's two names after it make the head a person's role
    boolean rolePerson = headBefore && b > 0 && to - from >= 2 && personLike(p, from, to)
        && (capitalized(p, b - 1) && (PERSON_ROLES_AFTER.contains(headWord)
            // "the ruling Civic Union party Petra Solvik": a known given name after the body
            || to - from == 2 && givenName(p.word(from)))
            // "the general secretary of the ferry union Tomas Brekke": translations set the
            // holder's name right after the body a role governs
            || givenName(p.word(from)) && roleOfBefore(p, b));
    boolean bodyNoun = !titled && !rolePerson && (headBefore || headInRun || legalForm || ORG_HEADS.contains(after)
        || (before.equals(",") && ORG_HEADS.contains(beforeTwo) // "the operator, Blue Tern,"
            && !roleOfBefore(p, tokenFrom - 2)) // not "the head of the road agency, Oleg Sorokin"
        || ((before.equals("for") || before.equals("at")) && SPOKESPEOPLE.contains(beforeTwo))
        || (SPOKESPEOPLE.contains(after.toLowerCase(Locale.ROOT)) // "Nordgas chief executive"
            && !(tokens == 1 && nationality(name))) // not "Croatian officials"
        || appositiveBody(p, to)
        || (tokens >= 3 && ORG_WORDS.contains(first) && p.word(from + 1).equals("of"))
        || bodyOf(p, from, to)); // "the Valmora Chamber of Commerce", "Bank of Nordland"
    // "residents of Nowy Port", "the outskirts of Brno": what people live in is a place.
    boolean residence = (before.equals("of") && tokenFrom > 1
        && RESIDENCE.contains(p.word(tokenFrom - 2).toLowerCase(Locale.ROOT)))
        || placeNounAfter(p, to) || placeListed(p, tokenFrom);
    boolean contextPlace = false;
    boolean weakPerson = false;
    // "Tom Ridge", "terminal manager Jasper Hall": a given name or a title makes a surname of a
    // place's last word, unless a preposition puts it somewhere ("in Virginia Beach").
    boolean personal = titled || tokens == 2 && givenName(p.word(from))
        && !PLACING.contains(before);
    if (facility || PLACES.contains(name) || (!bodyNoun && tokens >= 2 && (PLACE_FIRST.contains(first)
        || PLACE_LAST.contains(last) && !personal) && !ORG_WORDS.contains(last))) {
      type = "place";
    } else if (!titled && !ORG_WORDS.contains(last) && !(tokens == 1 && nationality(name))
        && (before.equals("in")
        || before.equals("near") || before.equals("outside") || residence) && tokens <= 3
        && !sourceStarts.contains(((long) p.start[from] << 32) | p.end[to - 1])
        && !lowerWords.contains(first) // "in Warehouse 4" names a thing
        && !(to < p.size && (p.word(to).equals("'s") || p.word(to).equals("’s")
            || p.word(to).equals("'") || p.word(to).equals("’")))) { // "in Putin's view"
      // "in Nowy Port", "near Ostrava": people are rarely in or near someone.
      type = "place";
      contextPlace = true;
    } else if (bodyNoun || bodyName || ORG_WORDS.contains(last) || ORG_WORDS.contains(lower)
        || (tokens >= 2 && ORG_FIRST.contains(first)) // "Radio North", "Channel 4"
        || lower.contains(".com")
        || (tokens == 1 && name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT))
            && name.chars().allMatch(Character::isLetter)
            // "A QUICK stroll", "Walking SLASHES the risk": a word shouted, not an acronym
            && (name.length() <= 3 || pos.name(pos.tag(p)[from]).startsWith("PROPN")))) {
      type = "organization";
    } else if (titled || (tokens >= 2 && tokens <= 4 && personLike(p, from, to)
        && !before.equals("the")) // "the Pannonia Link": people go without an article
        || (tokens == 1 && sourceStarts.contains(((long) p.start[from] << 32) | p.end[from])
            && !(pos.name(pos.tag(p)[from]).startsWith("VERB")
                && p.word(from).matches(".*(ing|ed)")))) { // not "(Having said that,"
      type = "person";
      // A lone name speaking ("Nordgas said") may still be a body: later context decides.
      weakPerson = !titled && (tokens == 1
          || !sourceStarts.contains(((long) p.start[from] << 32) | p.end[to - 1]));
    } else if (tokens == 1) {
      type = null; // decided when a full name it abbreviates turns up
    } else {
      // "Ewa Nowicka of the Gdansk Clean Air Coalition": two names joined by "of".
      for (int k = from + 1; k < to - 1; k++) {
        if (p.word(k).equals("of")) {
          run(p, from, k, lowerWords, sourceStarts);
          run(p, p.word(k + 1).equals("the") ? k + 2 : k + 1, to, lowerWords, sourceStarts);
          return;
        }
      }
      return;
    }
    if ("place".equals(type) && tokenFrom < from) {
      // "the President of the Russian Federation" is a mention of a person, not of Russia
      surface = p.text.substring(p.start[from], p.end[to - 1]).replaceAll("\\s+", " ");
    }
    // "WikiLeaks" and "Wikileaks" in one article are one body, under its first spelling.
    String spelled = name;
    name = firstSpelling.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> spelled);
    Info info = byKey.computeIfAbsent(name, k -> new Info());
    info.name = name;
    boolean firstSeen = info.type == null;
    if ((contextPlace || bodyNoun) && "person".equals(info.type) && info.weakPerson
        && !info.titled) {
      info.type = type; // "Nowy Port" looked like a name until "in Nowy Port"
    } else if ("person".equals(type) && info.contextTyped && !titled) {
      // a place or body seen in context stays one
    } else if (info.type == null || "person".equals(type)) {
      info.type = type == null ? info.type : type;
    }
    if ("person".equals(info.type)) {
      info.weakPerson = (firstSeen || info.weakPerson) && weakPerson;
    }
    info.contextTyped |= (contextPlace || bodyNoun) && info.type != null
        && !"person".equals(info.type);
    info.titled |= titled;
    if (related) {
      info.kin.add(kin);
    }
    // Back to a comma at most: "Q: Prime Minister, Sen. Rolf Imsen says" addresses one person
    // and names another, whose title is only "Sen.".
    for (int k = from - 1; k >= Math.max(0, tokenFrom - 2); k--) {
      if (isTitle(p.word(k))) {
        info.titles.add(p.word(k).toLowerCase(Locale.ROOT).replace(".", ""));
      } else if (p.word(k).equals(",") || p.word(k).equals(":")) {
        break;
      }
    }
    info.count++;
    info.bare += tokenFrom == from && !related ? 1 : 0;
    if (headBefore) {
      info.heads.addAll(List.of(headWord.toLowerCase(Locale.ROOT).split("-")));
    } else if (before.equals(",") && ORG_HEADS.contains(beforeTwo)) {
      info.heads.add(beforeTwo);
    }
    info.mentions.add(surface);
    if (!surface.equals(name)) {
      info.mentions.add(name);
    }
    mentions.add(new Mention(p.start[tokenFrom], p.end[to - 1], name));
  }

  /** "Nordgas, the region's largest gas supplier,": an apposition says what kind of body. */
  private static final Set<String> ORG_FIRST = Set.of("radio", "tv", "television", "channel",
      "studio", "studios");
  private static final Set<String> HEAD_ENDS = Set.of("at", "of", "for", "in", "with", "from",
      "on", "who", "that", "which", "whose", "based");

  private static boolean appositiveBody(Tokenizer.Paragraph p, int to) {
    if (to + 2 < p.size && p.word(to).equals(",") && p.word(to + 1).equalsIgnoreCase("which")
        && BODY_VERBS.contains(p.word(to + 2).toLowerCase(Locale.ROOT))) {
      return true; // people go with "who"; a place does not operate or employ
    }
    if (to + 2 >= p.size || !p.word(to).equals(",")
        || !(p.word(to + 1).equalsIgnoreCase("the") || p.word(to + 1).equalsIgnoreCase("a"))) {
      return false;
    }
    for (int k = to + 2; k < p.size && k < to + 9; k++) {
      String w = p.word(k).toLowerCase(Locale.ROOT);
      // "Petra Ivanova, a spokeswoman for the authority": a person who speaks for a body.
      if (w.equals(",") || w.equals(".") || SPOKESPEOPLE.contains(w) || ROLE_HEADS.contains(w)) {
        return false;
      }
      // "Lars Ek, a surgeon at the hospital": the head comes before its preposition.
      if (k > to + 2 && HEAD_ENDS.contains(w)) {
        // A business noun there is as often a person's trade ("a real estate developer in
        // Virginia"): only a body's noun decides.
        String head = p.word(k - 1).toLowerCase(Locale.ROOT);
        return ORG_HEADS.contains(head) || (ORG_WORDS.contains(head) && !head.equals("campaign"));
      }
      if (k + 1 < p.size && (p.word(k + 1).equals(",") || p.word(k + 1).equals("."))) {
        return ORG_HEADS.contains(w) || BUSINESSES.contains(w)
            || (ORG_WORDS.contains(w) && !w.equals("campaign"));
      }
    }
    return false;
  }

  /** Abbreviations that open a name: "St. Olav Hospital", "Mt. Blanc", "Ft. Worth". */
  private static final Set<String> PLACE_ABBREVIATIONS = Set.of("St", "Ste", "Mt", "Ft", "Pt");
  private static final Set<String> HOLIDAYS = Set.of("christmas", "easter", "ramadan",
      "hanukkah", "thanksgiving", "diwali", "eid", "passover", "halloween", "new year",
      "new year's", "pentecost", "lent", "advent");
  private static final Set<String> FACILITY_STATIONS = Set.of("power", "pumping", "railway",
      "train", "bus", "police", "fire", "petrol", "gas", "space", "research", "compressor",
      "metro", "subway", "weather", "monitoring", "nuclear", "lifeboat", "coastguard");
  /** What a body does, after ", which": "Carovia Hydro, which operates the dam". */
  private static final Set<String> BODY_VERBS = Set.of("operates", "operated", "owns", "owned",
      "runs", "ran", "makes", "made", "produces", "employs", "manages", "managed", "builds",
      "built", "supplies", "sells", "provides", "develops", "developed", "publishes", "organises",
      "organizes", "represents", "funds", "funded", "regulates", "oversees", "insures", "lends");

  /** Businesses' nouns no person is called by before a name (unlike "developer", "publisher"). */
  private static final Set<String> MAKERS = Set.of("maker", "producer", "supplier", "retailer",
      "exporter", "importer", "refiner", "conglomerate", "startup", "chain", "automaker",
      "carmaker", "drugmaker", "chipmaker", "shipbuilder");

  private static final Set<String> BUSINESSES = Set.of("supplier", "producer", "maker",
      "carrier", "utility", "developer", "publisher", "distributor", "exporter", "importer",
      "shipper", "shipbuilder", "miner", "refiner", "chain", "brand", "startup", "conglomerate");

  /** "the Nowy Port and Brzeźno neighbourhoods": a noun of places closes the phrase. */
  /**
   * "the villages of Orlec, Sveti Marko and Podgaj": every name of a list after a noun of places
   * is a place, not only the first.
   */
  private static boolean placeListed(Tokenizer.Paragraph p, int from) {
    int k = from - 1;
    boolean joined = false;
    while (k > 0 && from - k < 14) {
      String w = p.word(k);
      if (w.equals(",") || w.equals("and")) {
        joined = true;
      } else if (w.equals("of")) {
        return joined && PLACE_LISTS.contains(p.word(k - 1).toLowerCase(Locale.ROOT));
      } else if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      k--;
    }
    return false;
  }

  private static final Set<String> PLACE_LISTS = Set.of("villages", "towns", "cities",
      "regions", "districts", "provinces", "municipalities", "communities", "settlements",
      "neighbourhoods", "neighborhoods", "suburbs", "islands", "countries", "states", "counties",
      "areas", "parishes", "boroughs", "hamlets", "ports");

  private static boolean placeNounAfter(Tokenizer.Paragraph p, int to) {
    for (int k = to; k < p.size && k < to + 4; k++) {
      String w = p.word(k).toLowerCase(Locale.ROOT);
      if (PLACE_NOUNS.contains(w)) {
        return true;
      }
      if (!Character.isLetter(w.charAt(0)) || (!w.equals("and") && !capitalized(p, k))) {
        return false;
      }
    }
    return false;
  }

  /** Lower-case nouns of bodies, before or after a name: it names an organization. */
  /** A body's word right before an "of" inside the run: "Valmora Chamber of Commerce". */
  private static boolean bodyOf(Tokenizer.Paragraph p, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (p.word(k).equals("of") && ORG_WORDS.contains(p.word(k - 1).toLowerCase(Locale.ROOT))
          && !personLike(p, from, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a role governs the body ending at token {@code k}: "The head of the … agency". */
  private static boolean roleOfBefore(Tokenizer.Paragraph p, int k) {
    for (int i = k - 1; i > 0 && k - i <= 8; i--) {
      String w = p.word(i);
      if (w.equals(",") || w.equals(".") || p.sentence[i] != p.sentence[k]) {
        return false;
      }
      if (w.equalsIgnoreCase("of")) {
        String role = p.word(i - 1).toLowerCase(Locale.ROOT);
        return TITLES.contains(role) || ROLE_HEADS.contains(role);
      }
      // "A spokeswoman for the company, Lena Osk": the person who speaks for it.
      if ((w.equalsIgnoreCase("for") || w.equalsIgnoreCase("at"))
          && SPOKESPEOPLE.contains(p.word(i - 1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LEGAL_FORMS = Set.of("nv", "bv", "inc", "ltd", "plc", "llc",
      "ag", "sa", "gmbh", "corp", "ab", "asa", "oyj", "spa", "srl", "sarl", "lp", "llp", "kg");

  /** "Inc.", "N.V.", "GmbH": a company's legal form. */
  static boolean isLegalForm(String word) {
    return LEGAL_FORMS.contains(legal(word));
  }

  private static String legal(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** Kinds of body that open no body's own name ("Union Pacific", "Bank Leumi" do). */
  private static final Set<String> RUN_HEADS = Set.of("operator", "broadcaster", "insurer",
      "carrier", "airline", "retailer", "manufacturer", "lender", "regulator", "watchdog",
      "consultancy", "newspaper", "daily", "weekly", "magazine", "website", "charity",
      "supplier", "producer", "developer", "contractor", "utility", "automaker", "carmaker",
      "miner", "shipper", "distributor", "publisher", "broker", "bookmaker");
  private static final Set<String> ORG_HEADS = Set.of("group", "company", "firm", "operator",
      "broadcaster", "party", "union", "agency", "bank", "association", "insurer", "carrier",
      "airline", "newspaper", "network", "institute", "coalition", "movement", "consultancy",
      "retailer", "manufacturer", "lender", "regulator", "alliance", "charity", "think-tank",
      "watchdog", "daily", "weekly", "station", "club", "league", "federation", "radio",
      "television", "tv", "channel", "magazine", "website", "podcast", "organization",
      "organisation", "ngo", "foundation", "society");
  /** People who speak for a body: "a spokeswoman for X", "officials at X" name a body X. */
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman",
      "spokesperson", "spokesmen", "official", "officials", "executive", "executives", "lawyer",
      "lawyers", "representative", "representatives", "analyst", "analysts", "economist",
      "director", "head", "chief", "employee", "employees", "source", "sources");
  /** Lower-case nouns of named things that are neither speakers nor places. */
  private static final Set<String> THINGS = Set.of("pipeline", "programme", "program", "project",
      "show", "bridge", "line", "plan", "law", "act", "bill", "festival", "summit", "treaty",
      "agreement", "scheme", "fund", "strategy", "podcast", "series", "report", "index");
  /** Prepositions that put a name somewhere ("in Virginia Beach"). */
  private static final Set<String> PLACING = Set.of("in", "near", "at", "from", "to", "of",
      "on", "outside");
  private static final Set<String> WORKS = Set.of("sitcom", "film", "movie", "album", "song",
      "single", "novel", "book", "documentary", "musical", "drama", "comedy", "series", "show",
      "play", "opera", "painting", "sculpture", "memoir", "biopic", "thriller", "franchise");
  private static final Set<String> PLACE_NOUNS = Set.of("neighbourhood", "neighbourhoods",
      "neighborhood", "neighborhoods", "district", "districts", "suburb", "suburbs", "area",
      "areas", "region", "province", "county", "valley", "village", "villages", "quarter");

  /** Words of a title in title case ("My Patients Were Presidents"), never of a name. */
  private static final Set<String> TITLE_WORDS = Set.of("were", "are", "is", "was", "be",
      "been", "has", "have", "had", "will", "my", "your", "our", "their", "how", "why", "what",
      "when", "who", "not", "no", "all", "we", "they", "you", "it", "this", "that", "with",
      "from", "for", "and", "or", "to");

  private static int occurrences(String text, String phrase) {
    int n = 0;
    for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      n++;
    }
    return n;
  }

  private static boolean personLike(Tokenizer.Paragraph p, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = p.word(i);
      // A middle initial: "Jeffrey N. Trimble"
      if (i > from && i < to - 1 && (w.equals(".")
          || (w.length() == 1 && Character.isUpperCase(w.charAt(0))))) {
        continue;
      }
      // A particle inside the name: "Ursula von der Leyen", "Anouk de Wit"
      if (i > from && i < to - 1 && NAME_PARTICLES.contains(w)
          || i > from && HYPHENED_PARTICLE.matcher(w).matches()) { // "Khaled al-Qidra"
        continue;
      }
      // A nickname in quotation marks: 'Tomas "Tiki" Brandvold'
      if (i > from && i < to - 1 && p.quote[i] != 0) {
        continue;
      }
      // "Sofia Lindgren", "Victoria Hale": a city's name is a given name before a surname.
      boolean givenName = i == from && i + 1 < to && (FEMALE_NAMES.contains(
          w.toLowerCase(Locale.ROOT)) || MALE_NAMES.contains(w.toLowerCase(Locale.ROOT)));
      // "GARETH Lomax": a tabloid shouts a known given name
      boolean shouted = givenName && w.matches("\\p{Lu}+");
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))
          || !Character.isLowerCase(w.charAt(w.length() - 1)) && !shouted
          || TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))
          || ORG_WORDS.contains(w.toLowerCase(Locale.ROOT)) || PLACES.contains(w) && !givenName) {
        return false;
      }
    }
    return true;
  }

  /** The one person whose surname is a letter away from {@code word}, or null. */
  private static String misspeltSurname(String word, Map<String, List<String>> bySurname) {
    if (word.length() < 5) {
      return null;
    }
    String found = null;
    for (Map.Entry<String, List<String>> e : bySurname.entrySet()) {
      String s = e.getKey();
      if (s.length() >= 5 && s.charAt(0) == word.charAt(0) && !s.equals(word + "s")
          && !word.equals(s + "s") && org.parallax.text.EditDistance.of(s, word, 2) == 1) {
        if (found != null || e.getValue().size() > 1) {
          return null;
        }
        found = e.getValue().get(0);
      }
    }
    return found;
  }

  /** "Putin" joins "Vladimir Putin" when exactly one person in the article ends so. */
  private void mergeSurnames() {
    Map<String, List<String>> bySurname = new HashMap<>();
    for (Info info : byKey.values()) {
      String[] parts = info.name.split(" ");
      if ("person".equals(info.type) && parts.length > 1) {
        bySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(info.name);
        // "García" after "Luis García Márquez": of two surnames, the first is the one used.
        if (parts.length >= 3 && firstOfTwoSurnames(parts)) {
          bySurname.computeIfAbsent(parts[parts.length - 2], k -> new ArrayList<>())
              .add(info.name);
        }
      }
    }
    Map<String, String> alias = new HashMap<>();
    for (Info info : byKey.values()) {
      if ("person".equals(info.type) && info.name.matches("(?:Sir|Dame) \\p{Lu}[\\p{L}'’-]+")) {
        // "Sir Declan" after "Sir Declan Moor": a knight is called by title and given name.
        List<String> longer = byKey.values().stream()
            .filter(o -> "person".equals(o.type) && o.name.startsWith(info.name + " "))
            .map(o -> o.name).toList();
        if (longer.size() == 1) {
          alias.put(info.name, longer.get(0));
        }
        continue;
      }
      if ("person".equals(info.type) && info.name.contains(" ")
          && !info.name.matches("\\p{Lu}\\. .*")) {
        // "De Clercq" after "Mathias De Clercq": a surname with a particle is two words.
        List<String> longer = byKey.values().stream()
            .filter(o -> "person".equals(o.type) && o.name.endsWith(" " + info.name))
            .map(o -> o.name).toList();
        if (longer.size() == 1
            && NAME_PARTICLES.contains(info.name.split(" ")[0].toLowerCase(Locale.ROOT))) {
          alias.put(info.name, longer.get(0));
        }
        continue;
      }
      if (!info.name.contains(" ")) {
        List<String> full = bySurname.get(info.name);
        String misspelt;
        String own = sex(info);
        if (full != null && full.size() > 1 && !own.isEmpty() && info.bare == 0) {
          // "Mr Brierley" in a report that names Callum, Jade and Lorraine Brierley: the one
          // man of the family (but "Brown said" may be either Brown).
          List<String> fitting = full.stream().filter(n -> {
            String other = sex(byKey.get(n));
            return other.isEmpty() || other.equals(own);
          }).toList();
          full = fitting.size() == 1 ? fitting : full;
        }
        // "Mr. Obama" is not the one Michelle Obama named in full.
        if (full != null && full.size() == 1 && !(sex(info).equals("male")
            && sex(byKey.get(full.get(0))).equals("female"))
            && !(sex(info).equals("female") && sex(byKey.get(full.get(0))).equals("male"))) {
          alias.put(info.name, full.get(0));
        } else if (full == null && "person".equals(info.type)
            && (misspelt = misspeltSurname(info.name, bySurname)) != null) {
          // "Wilkig said" in a report that named Greg Wilking: a slip of the writer's keyboard
          alias.put(info.name, misspelt);
        } else if (full == null && !info.titled && "person".equals(info.type)) {
          // "'…,' Jana said" after "Jana Melk, a nursing student": a feature's first name
          // alone is the one person named in full with it, once that name has come first.
          // ("Quillon", looking like a name, after "Quillon Telecom")
          String named = onlyNamedBefore(info, n -> n.name.startsWith(info.name + " ")
              && ("person".equals(n.type) && n.name.split(" ").length <= 3
                  || "organization".equals(n.type)));
          if (named != null) {
            alias.put(info.name, named);
          }
        } else if (full == null && "organization".equals(info.type)) {
          // "Quillon" after "Quillon Telecom"
          String named = onlyNamedBefore(info, n -> "organization".equals(n.type)
              && n.name.startsWith(info.name + " "));
          if (named != null) {
            alias.put(info.name, named);
          }
        }
      } else if ("person".equals(info.type) && info.name.matches("\\p{Lu}\\. \\p{Lu}\\S+")) {
        // "M. Lindqvist" (translations shorten first names so) is the one Mara Lindqvist.
        String[] parts = info.name.split(" ");
        List<String> full = bySurname.getOrDefault(parts[1], List.of()).stream()
            .filter(n -> !n.equals(info.name) && n.charAt(0) == parts[0].charAt(0)
                && !n.matches("\\p{Lu}\\. .*"))
            .toList();
        if (full.isEmpty() && parts[0].equals("M.")) {
          // "M. Orlek" in a translation from French is Monsieur Orlek: the one Stefan Orlek.
          full = bySurname.getOrDefault(parts[1], List.of()).stream()
              .filter(n -> !n.equals(info.name) && !n.matches("\\p{Lu}\\. .*")).toList();
        }
        if (full.size() == 1) {
          alias.put(info.name, full.get(0));
        }
      }
    }
    alias.forEach((shortName, full) -> {
      Info from = byKey.remove(shortName);
      Info to = byKey.get(full);
      to.count += from.count;
      to.titled |= from.titled;
      to.titles.addAll(from.titles);
      to.mentions.addAll(from.mentions);
    });
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (alias.containsKey(m.key())) {
        mentions.set(i, new Mention(m.start(), m.end(), alias.get(m.key())));
      }
    }
    byKey.values().removeIf(info -> info.type == null);
  }

  /**
   * The one other name that passes {@code test}, provided it was mentioned before {@code short}
   * first was; null otherwise.
   */
  private String onlyNamedBefore(Info shortName, java.util.function.Predicate<Info> test) {
    String found = null;
    for (Info other : byKey.values()) {
      if (other != shortName && test.test(other)) {
        if (found != null) {
          return null;
        }
        found = other.name;
      }
    }
    if (found == null) {
      return null;
    }
    int fullAt = Integer.MAX_VALUE;
    int shortAt = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.key().equals(found)) {
        fullAt = Math.min(fullAt, m.start());
      } else if (m.key().equals(shortName.name)) {
        shortAt = Math.min(shortAt, m.start());
      }
    }
    return fullAt < shortAt ? found : null;
  }

  /** The one organization named within {@code span}, or null when none or several are. */
  String onlyOrganizationIn(Span span) {
    String found = null;
    for (Mention m : mentions) {
      if (m.start() >= span.start() && m.end() <= span.end()) {
        Info info = byKey.get(m.key());
        if (info != null && info.type.equals("organization")) {
          if (found != null && !found.equals(info.name)) {
            return null;
          }
          found = info.name;
        }
      }
    }
    return found;
  }

  /** Whether a lower-case title or role word ("coach", "manager") follows {@code at}. */
  private boolean roleFollows(int at) {
    Matcher m = NEXT_WORD.matcher(text).region(at, Math.min(text.length(), at + 30));
    return m.lookingAt() && (TITLES.contains(m.group(1)) || ROLE_HEADS.contains(m.group(1))
        || m.group(1).equals("boss"));
  }

  private boolean bodyFollows(int at, int spanEnd) {
    Matcher m = BODY_WORD.matcher(text).region(at, Math.min(text.length(), spanEnd));
    return m.lookingAt();
  }

  private static final Pattern BODY_WORD = Pattern.compile(
      "\\s+(?:police|officials|authorities|investigators|detectives|deputies|officers|troopers"
          + "|prosecutors|firefighters|paramedics)\\b");

  private static final Pattern NEXT_WORD =
      Pattern.compile("\\s+(\\p{Ll}+)\\s+\\p{Lu}");

  private static final Pattern PREPOSITION = Pattern.compile(
      "\\b(?:to|with|for|at|on|in|of|from|about|against|by)\\b");

  Named inside(Span span) {
    Named best = null;
    boolean bestOwns = false;
    int bestEnd = 0;
    for (Mention m : mentions) {
      // A mention may start before a source the tagger cut short ("Harbour [Mayor Lena Brandt]")
      if (m.end() > span.start() && m.end() <= span.end()) {
        Info info = byKey.get(m.key());
        if (info == null || info.type.equals("place")) {
          continue;
        }
        // "City coach Marta Lind", "Rovers manager Ian Boyd": a name before a role word is
        // whose role it is, not who speaks.
        if (text != null && roleFollows(m.end()) && best == null) {
          continue;
        }
        // "Baton Rouge police said": the name says whose police, not a person's ("CNN
        // officials" speak for CNN, as its spokesman does).
        if (text != null && info.type.equals("person") && bodyFollows(m.end(), span.end())) {
          continue;
        }
        // "Trump's running mate, Indiana Gov. Mike Pence": the possessor is not the speaker
        boolean owns = text != null && (text.startsWith("'s", m.end())
            || text.startsWith("’s", m.end()));
        boolean person = info.type.equals("person");
        // "Dovic's Social Alliance party said": after a possessor, the body it owns speaks (not
        // one its words went to: "Trump's comments to Fox News").
        boolean owned = bestOwns && !owns && (person || text == null
            || !PREPOSITION.matcher(text.substring(Math.min(bestEnd, m.start()), m.start())).find());
        if (best == null || (person && !best.type().equals("person") && !bestOwns) || owned) {
          best = new Named(info.name, info.type);
          bestOwns = owns;
          bestEnd = m.end();
        }
      }
    }
    return best;
  }

  /**
   * The person or organization named closest before {@code position} in the same clause run
   * ("Anna Lind, a port worker, who …": Anna Lind), or null: what a relative pronoun refers to.
   */
  Named before(String text, int position) {
    return before(text, position, 120);
  }

  /** As {@link #before(String, int)}, looking back at most {@code window} characters. */
  Named before(String text, int position, int window) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() <= position && position - m.end() <= window
          && (best == null || m.end() > best.end())) {
        Info info = byKey.get(m.key());
        if (info != null && !info.type.equals("place")) {
          best = m;
        }
      }
    }
    if (best == null) {
      return null;
    }
    for (int i = best.end(); i < position; i++) {
      if (".;:!?\"“”\n".indexOf(text.charAt(i)) >= 0) {
        return null; // another sentence, or a quotation in between: not the antecedent
      }
    }
    Info info = byKey.get(best.key());
    return new Named(info.name, info.type);
  }

  /**
   * The person named last before {@code position}, at most {@code window} characters back and
   * outside the {@code skip} spans, or null; {@code at[0]} gets the mention's start.
   */
  /**
   * The person whose full name ends in {@code surname} named most recently before {@code
   * position} ("says Brenne" after "Olaf Brenne has crossed …", before his daughter Ingrid
   * Brenne is named), or null.
   */
  String surnameBefore(String surname, int position) {
    Mention best = null;
    Set<String> named = new java.util.HashSet<>();
    for (Mention m : mentions) {
      Info info = byKey.get(m.key());
      if (info == null || !"person".equals(info.type) || m.end() > position
          || !info.name.endsWith(" " + surname)) {
        continue;
      }
      named.add(info.name);
      if (best == null || m.start() > best.start()) {
        best = m;
      }
    }
    // Several of that name named before: the last one, if named clearly more often than the
    // others (else no guess).
    if (best == null) {
      return null;
    }
    Info last = byKey.get(best.key());
    for (String other : named) {
      if (!other.equals(last.name) && byKey.get(other).count > last.count) {
        return null;
      }
    }
    return last.name;
  }

  private static boolean inside(Mention m, List<Span> spans) {
    for (Span s : spans) {
      if (m.start() >= s.start() && m.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** How far back an untyped lone name may be the one a pronoun means (a sentence or two). */
  private static final int SHORT_WINDOW = 300;

  String lastPersonBefore(int position, int window, List<Span> skip, int[] at, String pronoun) {
    // "Mr." and "Mrs."/"Ms." are the only sign of a person's sex here; a pronoun skips people
    // known to be the other one.
    String other = pronoun.equals("he") || pronoun.equals("him") || pronoun.equals("his")
        ? "female" : pronoun.equals("she") || pronoun.equals("her") ? "male" : "(any)";
    Mention best = null;
    for (Mention m : mentions) {
      Info info = byKey.get(m.key());
      if (info == null || !"person".equals(info.type) || m.end() > position
          || other.equals(sex(info))
          || position - m.end() > window || (best != null && m.start() <= best.start())) {
        continue;
      }
      if (!inside(m, skip) && !modifier(m)) {
        best = m;
      }
    }
    if (best == null && !other.equals("(any)")) {
      // "Asked whether she would resign …, Brandt laughed. '…,' she said.": a lone name no
      // context typed is still whom "he" or "she" continues with, when no person is nearer.
      for (Mention m : mentions) {
        Info info = byKey.get(m.key());
        if (info != null && info.type != null || m.key().contains(" ") || m.end() > position
            || position - m.end() > SHORT_WINDOW || best != null && m.start() <= best.start()) {
          continue;
        }
        if (!inside(m, skip) && !modifier(m)) {
          best = m;
        }
      }
      if (best != null) {
        at[0] = best.start();
        return best.key();
      }
    }
    if (best == null) {
      return null;
    }
    Mention subject = subjectBefore(best, other, skip);
    if (subject != null) {
      best = subject;
    }
    at[0] = best.start();
    return byKey.get(best.key()).name;
  }

  /**
   * "Ruzhnikov declined to answer questions about the governor, Bogdan Sterev. '…,' he said.":
   * the person opening the sentence, its subject, is whom a pronoun after it continues with,
   * rather than a person named later in it; not after a verb of addressing ("Warren told Stumpf
   * …. He admitted"), whose object is the newer subject.
   */
  private Mention subjectBefore(Mention named, String otherSex, List<Span> skip) {
    if (text == null) {
      return null;
    }
    for (Mention m : mentions) {
      Info info = byKey.get(m.key());
      if (m.start() >= named.start() || m.end() > named.start() || info == null
          || !"person".equals(info.type)
          || m.key().equals(named.key()) || otherSex.equals(sex(info))) {
        continue;
      }
      String between = text.substring(m.end(), named.start());
      if (between.chars().anyMatch(c -> c == '.' || c == '!' || c == '?' || c == '\n')) {
        continue;
      }
      int from = m.start();
      while (from > 0 && text.charAt(from - 1) != '\n' && !(from >= 2
          && ".!?".indexOf(text.charAt(from - 2)) >= 0 && text.charAt(from - 1) == ' ')) {
        from--;
      }
      boolean quoted = false;
      for (Span sp : skip) {
        quoted |= m.start() >= sp.start() && m.end() <= sp.end();
      }
      Matcher verb = NEXT_WORD.matcher(text).region(m.end(), named.start());
      if (!quoted && OPENS.matcher(text.substring(from, m.start())).matches()
          && !(verb.lookingAt() && ADDRESSING_VERBS.contains(verb.group(1)))) {
        return m;
      }
    }
    return null;
  }

  private static final Pattern OPENS = Pattern.compile(
      "[\\s\"“”'‘’]*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}");
  private static final Set<String> ADDRESSING_VERBS = Set.of("told", "asked", "pressed",
      "questioned", "urged", "warned", "thanked", "accused", "criticised", "criticized",
      "interviewed", "met", "called", "introduced", "named", "praised", "blamed");

  /** "a Romney caricature": a name after an indefinite article names no one. */
  private boolean modifier(Mention m) {
    if (text == null) {
      return false;
    }
    int b = m.start();
    while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    int a = b;
    while (a > 0 && Character.isLetter(text.charAt(a - 1))) {
      a--;
    }
    String before = text.substring(a, b).toLowerCase(Locale.ROOT);
    return before.equals("a") || before.equals("an");
  }

  /** Whether the person is known, by honorific, to be of the other sex than the pronoun's. */
  boolean otherSex(String name, String pronoun) {
    Info info = byKey.get(name);
    if (info == null) {
      return false;
    }
    String sex = sex(info);
    boolean he = pronoun.equals("he") || pronoun.equals("him") || pronoun.equals("his");
    boolean she = pronoun.equals("she") || pronoun.equals("her");
    return (he && sex.equals("female")) || (she && sex.equals("male"));
  }

  /** Kinship words, lower case as written before a relative's name, by the relative's sex. */
  private static final Set<String> FEMALE_KIN = Set.of("sister", "mother", "daughter", "wife",
      "widow", "aunt", "niece", "grandmother", "granddaughter", "stepmother", "stepdaughter",
      "fiancée", "fiancee", "girlfriend", "mum", "mom");
  private static final Set<String> MALE_KIN = Set.of("brother", "father", "son", "husband",
      "widower", "uncle", "nephew", "grandfather", "grandson", "stepfather", "stepson", "fiancé",
      "fiance", "boyfriend", "dad");

  private static String sex(Info info) {
    boolean male = info.titles.contains("mr");
    String given = info.name.split(" ")[0].toLowerCase(Locale.ROOT);
    boolean female = info.titles.contains("mrs") || info.titles.contains("ms")
        || info.titles.contains("first lady") || FEMALE_NAMES.contains(given)
        || info.kin.stream().anyMatch(FEMALE_KIN::contains);
    male |= MALE_NAMES.contains(given) || info.kin.stream().anyMatch(MALE_KIN::contains);
    return male == female ? "" : male ? "male" : "female";
  }

  /**
   * Common women's given names in English-language news, so that "Mr. Obama" is not taken for
   * the one Michelle Obama an article names in full. A short list, not a census: a name not in
   * it says nothing.
   */
  /** Common men's given names, as short a list and as little a census as the women's. */
  private static final Set<String> MALE_NAMES = Set.of(
      // given names that are also cities in the place data ("Stanley Perlo", not Stanley)
      "stanley", "warren", "winston", "milton", "vernon", "clifton", "nelson", "marshall",
      "preston", "chester", "raleigh", "darwin", "orlando",
      "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
      "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
      "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
      "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
      "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander",
      "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry",
      "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold",
      "keith", "christian", "roger", "noah", "gerald", "carl", "sean", "austin", "arthur",
      "lawrence", "dylan", "bryan", "joe", "billy", "bruce", "albert", "willie", "gabriel",
      "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
      "elijah", "louis", "bobby", "philip", "johnny", "barack", "bill", "mitt", "bernie", "ted",
      "marco", "mike", "vladimir", "sergei", "sergey", "dmitry", "viktor", "olaf", "emmanuel",
      "boris", "recep", "xi", "narendra", "karl", "hans", "klaus", "piotr", "tomas", "tomasz",
      "lars", "erik", "olav", "ivan", "petar", "pavel", "mikhail", "andrei", "igor", "oleg",
      "jonas", "mateusz", "pierre", "francois", "luis", "carlos", "miguel", "antonio", "giuseppe",
      "luca", "ahmed", "mohammed", "ali", "omar",
      // more of Britain's, Ireland's and Europe's
      "gareth", "callum", "liam", "connor", "declan", "ciaran", "ciarán", "niall", "rory", "aidan",
      "owen", "rhys", "huw", "gavin", "craig", "stuart", "alistair", "angus", "hamish", "duncan",
      "graham", "ian", "neil", "nigel", "simon", "martin", "colin", "derek", "trevor", "barry",
      "clive", "geoffrey", "malcolm", "desmond", "tomás", "oliver", "harry", "charlie", "freddie",
      "alfie", "archie", "leo", "oscar", "theo", "toby", "max", "sam", "ben", "dan", "tom", "tim",
      "rob", "nick", "matt", "chris", "steve", "adrian", "julian", "marcus", "dominic", "jamie",
      "lewis", "kieran", "jordan", "mohamed", "muhammad", "hassan", "hussein", "karim", "tariq",
      "rashid", "yusuf", "ibrahim", "mustafa", "emre", "mehmet", "jan", "jens", "sven", "nils",
      "anders", "henrik", "magnus", "bjorn", "björn", "stefan", "stefano", "matteo", "lorenzo",
      "giovanni", "paolo", "francesco", "alessandro", "andrea", "jean", "jacques", "michel",
      "philippe", "nicolas", "laurent", "olivier", "thierry", "didier", "alain", "bernard",
      "mathieu", "julien", "antoine", "javier", "alejandro", "pablo", "diego", "sergio", "manuel",
      "rafael", "fernando", "jorge", "pedro", "joão", "joao", "rui", "tiago", "andrzej",
      "krzysztof", "marek", "jakub", "lukasz", "łukasz", "wojciech", "jiri", "jiří", "petr",
      "milan", "dragan", "goran", "zoran", "nikola", "aleksandar", "aleksandr", "alexei", "alexey",
      "yuri", "yury", "nikolai", "maxim", "anton", "artem", "denis", "roman", "vadim", "volodymyr",
      "oleksandr", "taras", "bogdan", "florin", "mihai", "gheorghe", "laszlo", "lászló", "zoltan",
      "gabor", "tamas", "kwame", "kofi", "chidi", "emeka", "tunde", "oluwaseun", "raj", "rahul",
      "amit", "arjun", "vikram", "sanjay", "rohan", "hiroshi", "takeshi", "kenji", "wei", "jun",
      "hao", "lei", "feng", "jin", "min", "teodor", "luka", "marko", "ivo", "tomislav", "ante",
      "josip", "rolf", "dieter", "jürgen", "jurgen", "wolfgang", "helmut", "uwe", "markus",
      "tobias", "florian", "lukas", "felix", "moritz", "sebastian", "matthias", "andreas",
      // translations from Russian and Ukrainian transliterate these
      "arkady", "arkadiy", "anatoly", "anatoliy", "gennady", "gennadiy", "grigory", "grigoriy",
      "leonid", "konstantin", "stanislav", "vyacheslav", "yevgeny", "evgeny", "yevgeniy",
      "valery", "valeriy", "vitaly", "vitaliy", "vasily", "vasiliy", "fyodor", "fedor", "timur",
      "ruslan", "kirill", "ilya", "pyotr", "semyon", "yaroslav", "rostislav", "svyatoslav",
      "dmitri", "dmitriy", "nikita", "aleksei", "aleksey", "andrey", "sergiy",
      "serhiy", "mykola", "mykhailo", "petro", "vladyslav", "oleksiy", "yuriy");
  private static final Set<String> FEMALE_NAMES = Set.of(
      "sydney", "savannah", "adelaide",
      "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
      "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
      "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie",
      "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen",
      "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra",
      "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia",
      "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn",
      "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
      "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail",
      "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa",
      "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis",
      "kayla", "hillary", "nikki", "condoleezza", "loretta", "dianne", "kamala", "ivanka",
      "melania", "chelsea", "huma", "kellyanne", "ursula", "giorgia", "jacinda", "nicola", "liz",
      "kate", "anne", "annalena", "kaja", "mette", "sanna", "magdalena", "ewa", "agnieszka",
      "katarzyna", "olga", "irina", "svetlana", "tatiana", "natalia", "elena", "yulia", "marina",
      "valentina", "ingrid", "astrid", "sigrid", "mara", "lena", "ana", "lucia", "carmen",
      "isabel", "sofia", "francesca", "giulia", "chiara", "claire", "sophie", "camille", "monique",
      "brigitte",
      // more of Britain's, Ireland's and Europe's
      "jade", "naomi", "priya", "imogen", "lorraine", "ellen", "harriet", "eleanor", "esther",
      "fiona", "gillian", "gemma", "hayley", "holly", "jane", "jenny", "joanne", "josephine",
      "katie", "kirsty", "leanne", "lucy", "lydia", "molly", "morag", "nadia", "niamh", "orla",
      "aoife", "siobhan", "siobhán", "sinead", "sinéad", "caitlin", "ciara", "shona", "tracey",
      "vicky", "wendy", "yvonne", "zoe", "chloe", "ellie", "freya", "isla", "poppy", "amelia",
      "ava", "mia", "ruby", "lily", "evie", "phoebe", "maisie", "daisy", "florence", "beatrice",
      "rosie", "georgia", "abbie", "bethany", "carys", "cerys", "ffion", "rhian", "sian", "siân",
      "bronwen", "glenys", "alison", "anita", "annika", "anja", "birgit", "britta", "karin",
      "kristin", "kirsten", "heike", "petra", "sabine", "ulrike", "ute", "monika", "renate",
      "ines", "inês", "beatriz", "paula", "marta", "martina", "alessandra", "federica", "valeria",
      "silvia", "elisa", "paola", "roberta", "nathalie", "isabelle", "sylvie", "véronique",
      "veronique", "christelle", "aurélie", "amandine", "margot", "léa", "lea", "manon", "zofia",
      "joanna", "aleksandra", "dorota", "barbora", "tereza", "jana", "eva", "ivana", "milena",
      "mira", "vesna", "jelena", "ljiljana", "daria", "oksana", "yana", "alina", "ekaterina",
      "anastasia", "polina", "ioana", "andreea", "mihaela", "zsofia", "zsuzsanna", "aisha",
      "fatima", "leila", "layla", "yasmin", "zainab", "amina", "ngozi", "chiamaka", "adaeze",
      "ama", "akosua", "sunita", "anjali", "deepa", "kavita", "lakshmi", "meera", "pooja", "yuki",
      "yoko", "keiko", "mei", "ling", "hui", "xiu", "anneke", "annemarie", "ilse", "lotte",
      "marieke", "saskia", "femke", "lenka", "hana", "irena", "helena", "lina", "amara", "nia",
      "halima", "rania", "soraya",
      "tatyana", "natalya", "yelena", "lyudmila", "ludmila", "galina", "larisa", "nadezhda",
      "yekaterina", "ksenia", "kseniya", "anastasiya", "veronika", "alla", "zoya", "raisa",
      "nina", "vera", "lyubov", "inna", "yevgenia", "evgenia", "olena", "oleksandra", "iryna",
      "kateryna", "nataliya", "tetiana", "viktoria", "viktoriya", "maya", "liliya", "lilia");

  /** The person named first after {@code position} in the same sentence, or null. */
  Named personAfter(String text, int position, int window) {
    Mention best = null;
    for (Mention m : mentions) {
      Info info = byKey.get(m.key());
      if (m.start() >= position && m.start() - position <= window && info != null
          && "person".equals(info.type) && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    return sameSentence(text, position, best.start())
        ? new Named(byKey.get(best.key()).name, "person") : null;
  }

  /** No line break, and no terminal mark followed by white space, in {@code [from, to)}. */
  static boolean sameSentence(String text, int from, int to) {
    for (int k = from; k < to - 1; k++) {
      char c = text.charAt(k);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?')
          && Character.isWhitespace(text.charAt(k + 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the Kremlin leader", "the Russian president": a definite top role whose other words only
   * say where (a body or place named inside it is not the speaker).
   */
  static boolean isDefiniteTopRole(String lowerSource) {
    if (!lowerSource.startsWith("the ")) {
      return false;
    }
    String[] words = lowerSource.split("\\s+");
    return TOP_ROLES.contains(words[words.length - 1]);
  }

  private static final Set<String> TOP_ROLES = Set.of("leader", "president", "premier",
      "chancellor", "king", "queen", "head");

  /** "the company", "the firm", "the group": a definite description of a business. */
  static boolean isDefiniteCompany(String lowerSource) {
    return COMPANY_DESCRIPTIONS.contains(lowerSource)
        || DESCRIBED_COMPANY.matcher(lowerSource).matches();
  }

  /** "the frozen-food maker", "the Dutch carmaker", "the state-owned lender". */
  private static final Pattern DESCRIBED_COMPANY = Pattern.compile(
      "the(?: [\\p{L}-]+){1,2} (?:company|firm|maker|\\p{L}+maker|producer|manufacturer"
          + "|retailer|supplier|carrier|airline|operator|lender|insurer|utility|broadcaster"
          + "|publisher|developer|giant|chain|conglomerate|exporter|miner|refiner|shipper"
          + "|group|operator|network|trust)");

  private static final Set<String> COMPANY_DESCRIPTIONS = Set.of("the company", "the firm",
      "the group", "the operator", "the supplier", "the carrier", "the airline", "the retailer",
      "the manufacturer", "the producer", "the insurer", "the lender", "the bank", "the utility",
      "the broadcaster", "the publisher", "the developer", "the startup", "the giant");

  /**
   * The organization the article names most (at least twice, and clearly more than any other),
   * or null: what "the company" most likely means.
   */
  /**
   * The person the article is clearly about: its only titled person, or the one named most and
   * at least twice as often as the next, or the only person named; else null. Answers in a
   * "Q: … A: …" interview are theirs.
   */
  String salientPerson() {
    // One person with a title ("Harbour Mayor Lena Brandt") beside untitled names is the one
    // interviewed.
    Info titled = null;
    int titledCount = 0;
    for (Info info : byKey.values()) {
      if ("person".equals(info.type) && info.titled) {
        titled = info;
        titledCount++;
      }
    }
    if (titledCount == 1) {
      return titled.name;
    }
    return clearlyMost("person", 1);
  }

  String salientOrganization() {
    String most = clearlyMost("organization", 2);
    if (most != null && !publicBody(most)) {
      return most;
    }
    // The one firm a report names ("Blue Tern Lines, the ferry operator, …") is what its "the
    // company" means, though named only once, and however many public bodies it names too (the
    // fire service, the safety regulator); a public body is not what "the company" means.
    String only = null;
    for (Info info : byKey.values()) {
      if ("organization".equals(info.type) && !publicBody(info.name)) {
        if (only != null) {
          return null;
        }
        only = info.name;
      }
    }
    return only;
  }

  static boolean publicBody(String name) {
    return java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split(" "))
        .anyMatch(PUBLIC_BODIES::contains);
  }

  private static final Set<String> PUBLIC_BODIES = Set.of("ministry", "department", "party",
      "council", "committee", "parliament", "government", "agency", "police", "court", "army",
      "union", "office", "commission", "senate", "congress", "assembly", "authority", "city",
      "county", "state", "federal", "national", "university", "school", "hospital", "service",
      "executive", "brigade", "inspectorate", "regulator", "institute", "journal");

  /** A name's second-to-last word as a surname: a capitalized word, no initial or particle. */
  private static boolean firstOfTwoSurnames(String[] parts) {
    String w = parts[parts.length - 2];
    return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")
        && !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Every person of the article whose full name ends in {@code surname}. */
  List<String> fullNamesWithSurname(String surname) {
    List<String> out = new ArrayList<>();
    for (Info info : byKey.values()) {
      String[] parts = info.name.split(" ");
      if ("person".equals(info.type) && parts.length > 1
          && (parts[parts.length - 1].equals(surname) || parts.length >= 3
              && firstOfTwoSurnames(parts) && parts[parts.length - 2].equals(surname))) {
        out.add(info.name);
      }
    }
    return out;
  }

  /** "male", "female" or "" for a person of the article. */
  /**
   * Whether the person was introduced with this title ("prof" and "professor", "dr" and
   * "doctor" are one title).
   */
  boolean hasTitle(String name, String title) {
    Info info = byKey.get(name);
    if (info == null) {
      return false;
    }
    String t = TITLE_FORMS.getOrDefault(title, title);
    return info.titles.stream().anyMatch(x -> TITLE_FORMS.getOrDefault(x, x).equals(t));
  }

  private static final Map<String, String> TITLE_FORMS = Map.of("professor", "prof",
      "doctor", "dr", "senator", "sen", "governor", "gov", "representative", "rep",
      "general", "gen", "captain", "capt");

  String sexOf(String name) {
    Info info = byKey.get(name);
    return info == null ? "" : sex(info);
  }

  /** The one organization whose name holds {@code word} ("ministry"), or null. */
  String organizationNamed(String word) {
    String found = null;
    for (Info info : byKey.values()) {
      if ("organization".equals(info.type) && (info.heads.contains(word)
          || java.util.Arrays.asList(info.name.toLowerCase(Locale.ROOT).split("[\\s-]+"))
              .contains(word))) {
        if (found != null) {
          return null;
        }
        found = info.name;
      }
    }
    return found;
  }

  boolean isOrganization(String name) {
    Info info = byKey.get(name);
    return info != null && "organization".equals(info.type);
  }

  /** The entity of this type named most, at least twice as often as the next; else null. */
  private String clearlyMost(String type, int minCount) {
    Info best = null;
    Info second = null;
    for (Info info : byKey.values()) {
      if (!type.equals(info.type)) {
        continue;
      }
      if (best == null || info.count > best.count) {
        second = best;
        best = info;
      } else if (second == null || info.count > second.count) {
        second = info;
      }
    }
    if (best == null || best.count < minCount
        || (second != null && second.count * 2 > best.count)) {
      return null;
    }
    return best.name;
  }

  static boolean isDefiniteRole(String lowerSource) {
    if (!lowerSource.startsWith("the ")) {
      return false;
    }
    for (String w : lowerSource.split("[\\s’'-]+")) { // "the president-elect"
      if (ROLE_HEADS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #salientTitledPerson(String)}, but a role naming a nationality ("the Vestrian
   * premier") prefers, among the people it fits, the one introduced with that nationality.
   */
  String salientTitledPerson(String lowerRole, String role) {
    // "the head of the administration" after "the head of the regional administration Pavel
    // Drunek": the one person introduced by the role's word and all its body's words.
    Matcher of = ROLE_OF.matcher(lowerRole);
    if (of.matches()) {
      List<String> wanted = new ArrayList<>(List.of(of.group(1)));
      for (String w : of.group(2).split("\\s+")) {
        if (!w.equals("the")) {
          wanted.add(w);
        }
      }
      String found = onlyPerson(info -> lowerWordsBefore(info.name).containsAll(wanted));
      // "Marta Ilievska, head of the Civil Protection Agency": the role set after the name
      if (found == null) {
        found = onlyPerson(info -> lowerWordsInApposition(info.name).containsAll(wanted));
      }
      if (found != null) {
        return found;
      }
    }
    // Nationalities and places of the role ("the Vestrian premier", "the Vermont senator")
    Set<String> wanted = new HashSet<>(nationalitiesIn(role));
    String[] words = role.split("[^\\p{L}.]+");
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
          && !PARTIES.contains(words[i])) {
        wanted.add(words[i]);
      }
    }
    if (!wanted.isEmpty()) {
      Set<String> fits = fitting(lowerRole);
      // (Two such people: the count below decides.)
      String found = onlyPerson(info -> info.titled
          && (fits.isEmpty() || info.titles.stream().anyMatch(fits::contains))
          && wordsNear(info.name).stream().anyMatch(wanted::contains));
      if (found != null) {
        return found;
      }
    }
    return salientTitledPerson(lowerRole);
  }

  /** The one person the test picks out, or null when none or several do. */
  private String onlyPerson(java.util.function.Predicate<Info> test) {
    String found = null;
    for (Info info : byKey.values()) {
      if ("person".equals(info.type) && test.test(info)) {
        if (found != null) {
          return null;
        }
        found = info.name;
      }
    }
    return found;
  }

  /**
   * The person a definite role description most likely means: the titled person mentioned most
   * often, else the person mentioned most often when named at least twice; null otherwise.
   */
  String salientTitledPerson(String lowerRole) {
    // "the minister" is not the opposition leader: a titled person qualifies only when one of
    // their titles fits the role's head word; with no fitting title, an untitled person named
    // at least twice may still be meant (a first mention without a title is common).
    Set<String> fits = fitting(lowerRole);
    if (subordinateRole(lowerRole)) {
      return null;
    }
    // "the leader of the opposition", "the former president": a qualifier the person's own
    // titles or descriptions must share (the Prime Minister leads no opposition).
    for (String q : QUALIFIERS) {
      if (java.util.Arrays.asList(lowerRole.split("[\\s’'-]+")).contains(q)) {
        return onlyPerson(info -> info.titles.contains(q) || lowerWordsBefore(info.name).contains(q)
            || lowerWordsInApposition(info.name).contains(q)
            || lowerWordsBeforeApposition(info.name).contains(q));
      }
    }
    boolean elect = lowerRole.contains("-elect");
    if (elect && text != null) {
      // "Irena Sokol has been elected president …. The president-elect has promised": the one
      // person the report says won.
      String winner = onlyPerson(info -> {
        String[] parts = info.name.split(" ");
        return Pattern.compile("\\b"
            + Pattern.quote(parts[parts.length - 1])
            + "\\b[^.;]{0,30}?\\b(?:(?:has been|was|is) elected|won|wins|winning)\\b")
            .matcher(text).find();
      });
      if (winner != null) {
        return winner;
      }
    }
    Info best = null;
    Info any = null;
    for (Info info : byKey.values()) {
      if (!"person".equals(info.type)) {
        continue;
      }
      // (a title may stand after the name: "Dr. Miriam Oster, professor of epidemiology")
      boolean fit = fits.isEmpty() || !info.titled
          || info.titles.stream().anyMatch(fits::contains)
          || lowerWordsInApposition(info.name).stream().anyMatch(fits::contains);
      // "the president-elect" is not the sitting president.
      if (elect && info.titles.stream().anyMatch(fits::contains)) {
        continue;
      }
      if (!fit) {
        continue;
      }
      if (info.titled && (best == null || info.count > best.count)) {
        best = info;
      }
      if (any == null || info.count > any.count) {
        any = info;
      }
    }
    boolean topRole = fits.isEmpty() || fits.contains("president");
    if (best == null && topRole && any != null && any.count >= 2) {
      best = any;
    }
    return best == null ? null : best.name;
  }

  private static final List<Set<String>> ROLE_GROUPS = List.of(
      Set.of("president", "leader", "head", "premier", "chancellor", "king", "queen", "prime"),
      Set.of("minister", "secretary", "prime"),
      Set.of("spokesman", "spokeswoman", "spokesperson"),
      Set.of("chairman", "chairwoman", "chairperson", "chair", "head", "leader"),
      Set.of("director", "chief", "head", "executive", "ceo"),
      Set.of("senator", "sen"), Set.of("governor", "gov"), Set.of("mayor"),
      Set.of("ambassador"), Set.of("general", "gen", "commander"), Set.of("judge", "justice"),
      Set.of("manager", "coach", "gaffer", "boss"),
      Set.of("striker", "forward", "goalkeeper", "midfielder", "defender", "winger", "skipper",
          "captain"),
      Set.of("researcher", "scientist", "professor", "prof", "author", "dr", "epidemiologist"),
      Set.of("prosecutor"), Set.of("owner"));

  private static final Set<String> QUALIFIERS = Set.of("opposition", "former");
  private static final Set<String> LESSER = Set.of("deputy", "vice", "assistant", "associate",
      "co");
  private static final Set<String> DETERMINERS_OF = Set.of("the", "a", "an", "its", "his",
      "her", "their", "our", "this", "that", "state", "government");

  /**
   * "the club's head of communications", "director of football", "the deputy chairman": a
   * department's head or a second in command, not the one who leads the body.
   */
  private static boolean subordinate(String[] words, int i) {
    return i > 0 && LESSER.contains(words[i - 1])
        || i + 2 < words.length && words[i + 1].equals("of")
            && !DETERMINERS_OF.contains(words[i + 2]);
  }

  /** Whether the role's only known role words are a subordinate's. */
  static boolean subordinateRole(String lowerRole) {
    String[] words = lowerRole.split("[\\s’'-]+");
    boolean any = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (ROLE_GROUPS.stream().anyMatch(g -> g.contains(w))) {
        if (!subordinate(words, i)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The titles that fit a role description's head word; empty when it names no known role. */
  private static Set<String> fitting(String lowerRole) {
    if (lowerRole.contains("head of state")) {
      return Set.of("president", "king", "queen", "emir", "sultan", "monarch");
    }
    if (lowerRole.contains("head of government")) {
      return Set.of("prime", "premier", "chancellor");
    }
    if (lowerRole.contains("head of the ministry")) {
      return Set.of("minister"); // a translation's "the head of the ministry"
    }
    Set<String> out = new HashSet<>();
    String[] words = lowerRole.split("[\\s’'-]+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (subordinate(words, i)) {
        continue;
      }
      for (Set<String> group : ROLE_GROUPS) {
        if (group.contains(w)) {
          out.addAll(group);
        }
      }
    }
    return out;
  }

  /** The one person whose last name is {@code surname} in any case, or null. */
  String personBySurname(String surname) {
    String found = null;
    for (Info info : byKey.values()) {
      String[] parts = info.name.split(" ");
      if ("person".equals(info.type) && parts[parts.length - 1].equalsIgnoreCase(surname)) {
        if (found != null) {
          return null;
        }
        found = info.name;
      }
    }
    return found;
  }

  boolean isEntity(String name) {
    return byKey.containsKey(name);
  }

  boolean isPerson(String name) {
    Info info = byKey.get(name);
    return info != null && "person".equals(info.type);
  }

  void mention(String name, String surface) {
    Info info = byKey.get(name);
    if (info != null) {
      info.mentions.add(surface);
    }
  }

  List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    for (Info info : byKey.values()) {
      // "Chen" where Wei Chen and Laura Chen are both named is either of them, no third person
      // (each quote's speaker is resolved where it stands).
      if ("person".equals(info.type) && !info.name.contains(" ")
          && fullNamesWithSurname(info.name).size() > 1) {
        continue;
      }
      out.add(new Entity(info.name, info.type, List.copyOf(info.mentions)));
    }
    return out;
  }
}
