package org.briefing.analysis.entities;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a name that say what it names: titles before people ("President", "Sen."),
 * roles ("spokesman Dmitry Peskov"), reporting verbs after people ("Sullivan said"), head words of
 * organizations ("Forces", "Ministry") and the prepositions that introduce places ("in Aleppo").
 * General English newswire usage, not tuned to any one archive.
 */
final class Cues {

    /** Capitalised words that stand before a person's name as a title. */
    static final Set<String> TITLES = Set.of(
            "president", "prime", "minister", "foreign", "defence", "defense", "interior", "deputy", "vice", "secretary",
            "general", "gen", "lt", "col", "colonel", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral",
            "adm", "commander", "king", "queen", "prince", "princess", "crown", "sheikh", "sheik", "emir", "sultan",
            "ayatollah", "pope", "cardinal", "bishop", "rabbi", "imam", "judge", "justice", "chief", "chancellor",
            "premier", "governor", "gov", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
            "mayor", "speaker", "leader", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "mr",
            "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "attorney", "sheriff",
            "chairman", "chairwoman", "director", "commissioner", "acting", "former", "state", "finance", "economy",
            "health", "energy", "education", "trade", "treasury", "homeland", "security", "national",
            "adviser", "advisor", "of", "the", "supreme", "first", "opposition", "rebel", "army", "field", "marshal",
            "lieutenant", "brigadier", "officer", "agent", "detective", "inspector", "constable", "whip", "majority",
            "minority", "house", "senate", "republican", "democratic", "u.s.", "us", "chair", "intelligence", "press",
            "counsel", "staff", "sens", "reps", "govs");

    /**
     * Faiths and parties: "Roman Catholic", "a New York Democrat" describe people, they are not
     * anyone's name.
     */
    static final Set<String> AFFILIATIONS = Set.of("catholic", "catholics", "protestant", "protestants", "orthodox",
            "evangelical", "evangelicals", "muslim", "muslims", "sunni", "sunnis", "shia", "shiite", "shiites", "jewish",
            "jew", "jews", "christian", "christians", "mormon", "mormons", "democrat", "democrats", "republican",
            "republicans", "independent", "independents", "conservative", "conservatives", "liberal", "liberals",
            "socialist", "socialists", "communist", "communists", "libertarian", "libertarians");

    /** Titles that settle it alone: the next name is a person even with one word ("Mr Putin"). */
    static final Set<String> PERSONAL_TITLES = Set.of(
            "president", "minister", "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
            "governor", "general", "gen", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "pope", "judge",
            "justice", "chancellor", "premier", "mayor", "speaker", "congressman", "congresswoman", "ambassador",
            "envoy", "spokesman", "spokeswoman", "sir", "lord", "lady", "sheriff", "colonel", "col", "captain",
            "lieutenant", "prof", "professor", "secretary", "leader", "commander", "chairman", "chairwoman", "emir",
            "sultan", "imam", "rabbi", "cardinal", "bishop", "director", "commissioner", "marshal", "admiral",
            "adviser", "advisor", "whip", "spokesperson", "chief", "deputy", "aide", "delegate", "sens", "reps", "govs");

    /** Courtesy titles: they say a person is meant, not which office they hold. */
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
            "prof", "professor");

    /** Lower-case roles just before a name: "spokesman Dmitry Peskov", "host Glenn Beck". */
    static final Set<String> ROLES = Set.of(
            "president", "minister", "spokesman", "spokeswoman", "spokesperson", "leader", "diplomat", "adviser",
            "advisor", "envoy", "ambassador", "commander", "chief", "head", "official", "secretary", "senator",
            "governor", "mayor", "lawmaker", "congressman", "congresswoman", "representative", "candidate", "nominee",
            "host", "anchor", "analyst", "author", "activist", "lawyer", "attorney", "judge", "justice", "general",
            "colonel", "captain", "premier", "chancellor", "king", "queen", "prince", "cleric", "director", "chairman",
            "chairwoman", "founder", "executive", "economist", "researcher", "professor", "correspondent", "reporter",
            "journalist", "editor", "columnist", "strategist", "aide", "deputy", "speaker", "negotiator", "prosecutor",
            "sheriff", "emir", "sheikh", "pastor", "priest", "rabbi", "imam", "businessman", "businesswoman", "tycoon",
            "billionaire", "commentator", "pollster", "consultant", "coordinator", "chairperson", "councilman",
            "councilwoman", "rep", "sen", "gov", "dr", "mr", "mrs", "ms");

    /** Verbs of speech right after a person's name. */
    static final Set<String> REPORTING_VERBS = Set.of(
            "said", "says", "told", "tells", "added", "stated", "wrote", "writes", "asked", "argued", "explained",
            "noted", "insisted", "warned", "claimed", "acknowledged", "announced", "declared", "replied", "responded",
            "tweeted", "testified", "recalled", "conceded", "admitted", "urged", "pledged", "vowed", "suggested",
            "predicted", "complained", "countered", "continued", "joked", "quipped", "laughed", "cautioned");

    /** The last word of an organization's name. */
    static final Set<String> ORGANIZATION_HEADS = Set.of(
            "forces", "army", "ministry", "party", "council", "committee", "observatory", "organization",
            "organisation", "group", "union", "agency", "court", "commission", "front", "brigade", "brigades",
            "movement", "university", "center", "centre", "institute", "department", "office", "association", "bank",
            "corporation", "company", "network", "coalition", "alliance", "league", "foundation", "fund", "authority",
            "service", "services", "police", "guard", "guards", "command", "presidency", "administration", "assembly",
            "parliament", "government", "cabinet", "board", "bureau", "society", "federation", "project", "campaign",
            "tribunal", "corps", "navy", "caucus", "conference", "academy", "college", "school", "hospital", "church",
            "inc", "ltd", "corp", "co", "helmets", "militia", "battalion", "division", "regiment", "unit",
            "units", "house", "senate", "congress", "mission", "programme", "program", "initiative", "watch",
            "monitor", "institution", "trust", "club", "team", "secretariat");

    /** Organization heads that end a company's name and never take "of" after them. */
    static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "ltd", "corp", "co", "plc", "sa", "ag", "nv", "llc");

    /**
     * Last words that make a name a built or natural thing, never a person, however personal its
     * first words: "George Washington Bridge", "Lincoln Memorial", "Martin Luther King Jr. Boulevard".
     */
    static final Set<String> STRUCTURES = Set.of(
            "bridge", "street", "avenue", "boulevard", "road", "highway", "expressway", "parkway", "turnpike", "tunnel",
            "square", "plaza", "airport", "station", "park", "hospital", "stadium", "arena", "memorial", "monument",
            "building", "tower", "towers", "hall", "library", "museum", "cathedral", "church", "mosque", "synagogue",
            "temple", "palace", "prison", "dam", "canal", "river", "lake", "island", "bay", "mountain", "mountains",
            "valley", "highlands", "forest", "desert", "beach", "harbor", "port");

    /** Words that name a kind of body without naming one: "Foreign Ministry" alone is no entity. */
    static final Set<String> GENERIC = Set.of(
            "foreign", "defence", "defense", "interior", "finance", "health", "justice", "state", "national", "federal",
            "supreme", "high", "central", "security", "general", "human", "rights", "international", "public",
            "economic", "social", "military", "armed", "special", "joint", "united", "new", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "great", "royal", "republican", "democratic",
            "education", "energy", "trade", "treasury", "homeland", "intelligence", "the", "of", "for", "and", "air",
            "naval", "civil", "city", "county", "district", "regional", "local", "majority", "minority", "white",
            "executive", "legislative", "judicial", "political", "environmental", "world", "global", "revolutionary",
            "islamic", "opposition", "government", "presidential", "elections", "electoral", "police", "border",
            "emergency", "crisis", "relief", "aid", "peace", "science", "research", "technology", "policy", "media");

    /** Lower-case words before a name that make it an organization: "jihadi group Hayat Tahrir al Sham". */
    static final Set<String> ORGANIZATION_ROLES = Set.of("group", "militia", "faction", "party", "movement",
            "organisation", "organization", "company", "firm", "agency", "network", "coalition", "alliance", "outfit");

    /** Words before a place: "in Aleppo", "town of Manbij". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "near", "from", "at", "outside", "around",
            "into", "to", "toward", "towards", "across", "through", "inside", "within", "via", "between",
            "town", "city", "village", "capital", "province", "region", "district", "neighbourhood", "neighborhood");

    /**
     * Words that are the names of small places somewhere but, capitalised in news, nearly always
     * mean something else: oceans, compass points, common words ("Pacific trading partners").
     */
    static final Set<String> NOT_PLACES = Set.of("god", "allah", "heaven", "pacific", "atlantic", "arctic", "antarctic", "mediterranean",
            "gulf", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "union", "liberty", "independence", "victory", "unity", "commerce", "enterprise", "friendship",
            "freedom", "hope", "faith", "justice", "reading", "split", "mobile", "bath", "sale", "deal", "speed",
            "march", "may", "orange", "gray", "grey", "white", "black", "green", "brown", "media", "energy",
            "progress", "harmony", "paradise", "eden", "opportunity", "normal", "federal", "national", "state");

    /**
     * Words before "of" that make the whole a place's name: "Federal Republic of Yugoslavia",
     * "Gulf of Mexico", "Isle of Man", "City of London".
     */
    static final Set<String> PLACE_HEADS = Set.of("republic", "kingdom", "federation", "commonwealth", "emirate",
            "emirates", "principality", "duchy", "state", "states", "gulf", "sea", "bay", "strait", "straits", "isle",
            "island", "islands", "cape", "lake", "mount", "city", "province", "county", "district", "port");

    /** Of those, the words that name a country by its form of state: "Republic of Korea". */
    static final Set<String> STATE_WORDS = Set.of("republic", "kingdom", "federation", "commonwealth", "emirate",
            "emirates", "principality", "duchy", "state", "states");

    /**
     * Words right after a place's name that make it a sports team: "Leicestershire beat Somerset",
     * "Surrey captain Chris Lewis", "Birmingham v Barnsley".
     */
    static final Set<String> TEAM_WORDS_AFTER = Set.of("beat", "beats", "v", "vs", "drew", "captain", "skipper",
            "coach", "manager", "striker", "goalkeeper", "midfielder", "defender", "winger", "batsman", "bowler",
            "pitcher", "outfielder", "quarterback", "opener", "all-rounder", "keeper");

    /** Words right before a place's name that make it a sports team: "beat Somerset", "v Durham". */
    static final Set<String> TEAM_WORDS_BEFORE = Set.of("beat", "v", "vs", "defeated", "joined");

    /** Words before a place's name that make it a team on a line with a score: "defeat to Guingamp 2-1". */
    static final Set<String> TEAM_WORDS_BEFORE_A_SCORE = Set.of("against", "over", "to", "with");

    /**
     * Lower-case words after a name that make it a place: "Stansted airport", "Tanjung Priok port",
     * "Qalandia refugee camp", "al-Ram checkpoint", "Huize county".
     */
    static final Set<String> PLACE_NOUNS_AFTER = Set.of("airport", "airbase", "port", "harbour", "village",
            "township", "county", "province", "governorate", "district", "prefecture", "oblast", "camp", "refugee",
            "checkpoint", "crossing", "sanatorium", "prison", "jail", "valley", "mountains", "peninsula", "island");

    /** Of those, the ones that name a settlement rather than a site. */
    static final Set<String> SETTLEMENT_NOUNS = Set.of("village", "township", "county", "province", "governorate",
            "district", "prefecture", "oblast");

    /** "the town of Staouelli", "the mining towns of Barentsburg and": a settlement word, "of", the name. */
    static final Pattern PLACE_NOUNS_BEFORE = Pattern.compile(
            "\\b(?:town|towns|village|villages|city|cities|island|islands|port|suburb|suburbs|province|region|district)"
                    + " of (?:\\p{L}+ and )?$");

    /**
     * Abbreviations written in capitals that stand for common nouns, units, times or currencies,
     * not for one body: "CEO", "GDP", "TV", "GMT".
     */
    static final Set<String> COMMON_ABBREVIATIONS = Set.of("ceo", "cfo", "coo", "cto", "gdp", "gnp", "cpi", "ppi",
            "ipo", "tv", "dvd", "cd", "pc", "aids", "hiv", "dna", "lgbt", "lgbtq", "pac", "pacs", "gmt", "est", "edt",
            "pst", "pdt", "cst", "cdt", "utc", "am", "pm", "usd", "eur", "gbp", "jpy", "ok", "id", "vip", "faq", "pdf",
            "suv", "mp", "mps", "ngo", "ngos", "atm", "ufo", "wmd", "rpg", "ied", "ieds", "icbm", "pr", "hq", "ps",
            "rip", "ad", "bc", "op", "ed", "diy", "asap", "fyi", "lol", "omg", "wtf", "ap", "ot", "nb", "mph", "kph",
            "km", "kg", "mw", "gw", "kw", "bpd", "mln", "bln", "pct", "eps", "pe", "ebit", "ebitda", "yoy", "qoq",
            "isp", "url", "www", "sms", "gps", "ai", "it", "vs", "aka", "rsvp", "md", "phd", "mba", "ba", "bsc", "msc",
            "gop", "qb", "rbi", "rbis", "era", "mvp", "ko", "tko", "nr", "na", "tba", "tbd", "cv", "pow", "pows", "mia",
            "vat", "ira", "icu", "er", "hdl", "ldl", "cola", "ipod", "iphone", "covid", "sars", "mers", "ebola", "oecd-wide", "fy", "q1", "q2", "q3", "q4");

    /** Words after a region's name: "Idlib province". */
    static final Set<String> REGION_WORDS = Set.of("province", "governorate", "region", "state", "county",
            "district", "oblast", "prefecture", "territory");

    /** "(R-Calif.)", "(D)": a US politician's party and state after the name. */
    /** "R-Calif.", "D-Mo", "I-Vt": a politician's party and state, written after the name; nobody's name. */
    private static final Pattern PARTY_TAG = Pattern.compile("[rdi]-[a-z.]{2,14}");

    /** @param lowered a word, lower-cased */
    static boolean isPartyTag(String lowered) {
        return PARTY_TAG.matcher(lowered).matches();
    }

    static final Pattern PARTY_AFFILIATION = Pattern.compile("^\\s*\\((?:R|D|I)(?:-[A-Z][A-Za-z.]{1,12})?\\)");

    /** ", 22," or ", a student", ", who", ", head of": an apposition that follows a person's name. */
    static final Pattern APPOSITION = Pattern.compile(
            "^,\\s+(?:\\d{1,3},|who\\b|whose\\b|(?:a|an|the|his|her|its|their)\\s+(?:\\p{L}+\\s+){0,3}?(?:"
                    + String.join("|", ROLES).replace(".", "\\.") + ")\\b|(?:"
                    + String.join("|", ROLES).replace(".", "\\.") + ")\\b)");

    private Cues() {
    }

    /** The first word of {@code after}, lower-cased, if only white space parts it from the name. */
    static String nextWord(String after) {
        int start = 0;
        while (start < after.length() && Character.isWhitespace(after.charAt(start))) {
            start++;
        }
        if (start == 0) {
            return "";
        }
        int end = start;
        while (end < after.length() && Character.isLetter(after.charAt(end))) {
            end++;
        }
        return after.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }
}
