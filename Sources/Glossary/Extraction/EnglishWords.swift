/// Closed classes of English words that the extractors treat as ordinary
/// words, never as (the edge of) a term or a name. All lowercase.
///
/// These are general English, not lists tuned to any article:
/// - `functionWords`: the determiners, pronouns, prepositions, conjunctions,
///   auxiliary and modal verbs and common adverbs of the Glasgow
///   information-retrieval stop list (C. J. van Rijsbergen, *Information
///   Retrieval*, 2nd ed., 1979; the list scikit-learn ships as
///   `ENGLISH_STOP_WORDS`), without its few content words (bill, fire, system,
///   interest…), plus contracted forms.
/// - `sentenceAdverbs`: conjunctive and time adverbs that open sentences
///   ("However,", "Currently,", "Today,"), from the conjunctive-adverb and
///   time-adverb lists of standard English grammars.
/// - `ordinals` and `calendarWords`: words English capitalises or puts first
///   without naming anything ("Fourth,", "In June").
enum EnglishWords {
  /// Words that never start, end or (except `connectors`) continue a name or
  /// a phrase.
  static func isOrdinary(_ lowercased: String) -> Bool {
    functionWords.contains(lowercased) || sentenceAdverbs.contains(lowercased) || ordinals.contains(lowercased)
      || numberWords.contains(lowercased)
  }

  /// Lowercase words allowed inside a multiword name, between capitalised
  /// words ("Belt and Road Initiative", "Charter of the United Nations",
  /// "Conference on Interaction and Confidence-Building Measures in Asia").
  static let connectors: Set<String> = ["of", "the", "and", "for", "on", "in", "to", "de", "du", "la", "von", "van"]

  static let functionWords: Set<String> = [
    "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "alone",
    "along", "already", "also", "although", "always", "am", "among", "amongst", "an", "and", "another",
    "any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are", "around", "as", "at", "be",
    "became", "because", "become", "becomes", "becoming", "been", "before", "beforehand", "behind",
    "being", "below", "beside", "besides", "between", "beyond", "both", "but", "by", "can", "cannot",
    "could", "did", "do", "does", "doing", "done", "down", "due", "during", "each", "eg", "either", "else",
    "elsewhere", "enough", "etc", "even", "ever", "every", "everyone", "everything", "everywhere",
    "except", "few", "for", "former", "formerly", "from", "further", "had", "has", "have", "having", "he",
    "hence", "her", "here", "hereafter", "hereby", "herein", "hereupon", "hers", "herself", "him",
    "himself", "his", "how", "however", "i", "ie", "if", "in", "indeed", "into", "is", "it", "its",
    "itself", "just", "latter", "latterly", "least", "less", "many", "may", "me", "meanwhile", "might",
    "mine", "more", "moreover", "most", "mostly", "much", "must", "my", "myself", "namely", "neither",
    "never", "nevertheless", "next", "no", "nobody", "none", "noone", "nor", "not", "nothing", "now",
    "nowhere", "of", "off", "often", "on", "once", "only", "onto", "or", "other", "others", "otherwise",
    "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "please", "rather", "same",
    "seem", "seemed", "seeming", "seems", "several", "she", "should", "since", "so", "some", "somehow",
    "someone", "something", "sometime", "sometimes", "somewhere", "still", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "thence", "there", "thereafter", "thereby",
    "therefore", "therein", "thereupon", "these", "they", "this", "those", "though", "through",
    "throughout", "thru", "thus", "to", "together", "too", "toward", "towards", "under", "until", "up",
    "upon", "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "whence",
    "whenever", "where", "whereafter", "whereas", "whereby", "wherein", "whereupon", "wherever",
    "whether", "which", "while", "whither", "who", "whoever", "whole", "whom", "whose", "why", "will",
    "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
    // contracted forms
    "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "you're", "you've", "you'd", "you'll",
    "he's", "she's", "it's", "that's", "there's", "what's", "let's", "they're", "they've", "they'd",
    "they'll", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't",
    "can't", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't",
  ]

  static let sentenceAdverbs: Set<String> = [
    "accordingly", "actually", "additionally", "afterward", "ahead", "alternatively", "anyway", "before",
    "certainly", "clearly", "consequently", "conversely", "currently", "earlier", "eventually",
    "evidently", "finally", "firstly", "fortunately", "furthermore", "generally", "historically",
    "importantly", "incidentally", "initially", "instead", "lastly", "later", "likewise", "naturally",
    "nonetheless", "notably", "obviously", "overall", "presently", "previously", "recently",
    "secondly", "similarly", "specifically", "subsequently", "surely", "thirdly", "today", "tomorrow",
    "tonight", "traditionally", "ultimately", "undoubtedly", "unfortunately", "usually", "yesterday",
  ]

  static let ordinals: Set<String> = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "last",
  ]

  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "million", "billion",
  ]

  /// Month and weekday names and their abbreviations, and a.m./p.m.: capitalised by English spelling, not names of
  /// things a term base describes.
  static let calendarWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm",
  ]

  /// Titles that stand before a person's name and are split off it
  /// ("Chinese President | Xi Jinping", "Chairman | Xi Jinping").
  static let titles: Set<String> = [
    "president", "chairman", "chairwoman", "premier", "minister", "ambassador", "secretary", "king",
    "queen", "prince", "princess", "emperor", "general", "governor", "mayor", "senator", "chancellor",
    "director", "professor", "dr", "mr", "mrs", "ms", "sir", "madam", "envoy", "consul", "spokesman",
    "spokeswoman", "spokesperson", "reporter", "editor",
  ]

  /// Lowercase nouns that name the class of a named thing and so belong to
  /// the name before them: "Zhanatas wind power plant", "Belt and Road
  /// initiative", "SCO summit". They are the designators of gazetteer-based
  /// named-entity recognition, grouped by the kind of entity they mark.
  static let classifierNouns: Set<String> = [
    // facilities and infrastructure
    "plant", "station", "farm", "field", "mine", "dam", "road", "highway", "motorway", "railway",
    "railroad", "line", "corridor", "bridge", "tunnel", "port", "airport", "pipeline", "terminal", "canal",
    "park", "zone", "hub", "centre", "center",
    // organisations and bodies
    "organisation", "organization", "agency", "council", "committee", "commission", "ministry",
    "government", "embassy", "consulate", "parliament", "university", "institute", "academy", "bank",
    "fund", "company", "corporation", "group", "party", "union", "association", "alliance", "community",
    "secretariat", "administration", "court",
    // events
    "summit", "forum", "conference", "meeting", "congress", "games", "olympics", "expo", "exhibition",
    "festival", "war",
    // programmes, documents and arrangements
    "initiative", "programme", "program", "project", "plan", "strategy", "mechanism", "format", "treaty",
    "agreement", "declaration", "charter", "convention", "act", "law", "doctrine",
    // places
    "region", "province", "city", "county", "district", "oblast", "river", "lake", "sea", "mountains",
    "valley", "desert", "island", "islands", "basin",
  ]
}
