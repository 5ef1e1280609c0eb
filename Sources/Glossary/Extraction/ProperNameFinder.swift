/// Finds proper names: runs of capitalised words, with hyphens and a few
/// lowercase connectors inside, and the lowercase class noun that may follow.
///
/// The rules, in order:
/// 1. A *name word* is capitalised, not "I" or a month. Where English
///    capitalises any word (sentence start, after a colon or an opening
///    quote, in a headline), it must also be evidenced as a name elsewhere,
///    or be no common word and come before a capitalised word that is not in
///    such a place (`CapitalisationProfile`): "Northwest China" counts, the
///    "Currently", "Courtesy of" and "Photo" of a caption do not. Hyphenated words are one unit, a name unit
///    only if every part is a name word or a number ("Kassym-Jomart",
///    "Turgusun-1"; not "Xinjiang-related").
/// 2. A run is name units separated by single spaces, or by one or two
///    connectors (`EnglishWords.connectors`: "Belt and Road Initiative",
///    "Charter of the United Nations"), never by "and the". A possessive ends
///    a run ("China’s Xinjiang" is two). A title before a name is split off
///    ("Chinese President | Xi Jinping").
/// 3. Runs made of names seen on their own elsewhere are split: two names
///    side by side ("Kazakhstan | Zhang Xiao"), "and" after or before one
///    ("China | Kazakhstan", "Kazakhstan | Tajikistan"), "in", "to", "on",
///    "for" or "at" after one ("China | Kazakhstan’s policy", but "Chinese
///    Embassy in Kazakhstan"). A run of names joined by a hyphen ("China-Kazakhstan",
///    "China-Central Asia") names a relation, not a thing, and is dropped
///    unless a class noun follows.
/// 4. A run takes the lowercase *class noun* that follows it, with up to two
///    lowercase words between ("Zhanatas wind power plant", "Turgusun
///    hydropower station", "Kazakh government"): the nouns in
///    `EnglishWords.classifierNouns` name the kind of thing a name names.
/// 5. A single word is a name only when it is evidenced, never written in
///    lowercase in the corpus, and not a title.
/// 6. A name of one or two words used mostly as a modifier ("Chinese
///    economy", "Central Asian countries") is an adjective, not a name;
///    longer ones are names of things ("China-Central Asia Railway Express
///    train").
struct ProperNameFinder {
  let profile: CapitalisationProfile

  func names(in sentences: [TokenizedSentence]) -> [FoundSpan] {
    let roles = sentences.map(roles)
    var runs: [(sentence: Int, words: ClosedRange<Int>)] = []
    for (s, sentence) in sentences.enumerated() {
      for run in rawRuns(sentence, roles[s]) where standsAlone(run, sentence) { runs.append((s, run)) }
    }
    let attested = Set(runs.map { key(sentences[$0.sentence], $0.words) })
    var pieces: [(sentence: Int, words: ClosedRange<Int>, extended: ClosedRange<Int>)] = []
    for (s, run) in runs {
      let sentence = sentences[s]
      for piece in split(run, sentence, roles[s], attested: attested) where standsAlone(piece, sentence) {
        let extended = withClassNoun(piece, sentence)
        if extended == piece && isRelation(piece, sentence, attested: attested) { continue }
        pieces.append((s, piece, extended))
      }
    }
    let modifiers = attributiveNames(pieces.filter { $0.words == $0.extended }.map { ($0.sentence, $0.words) }, sentences)
    return pieces.compactMap { s, piece, extended in
      let sentence = sentences[s]
      if piece == extended && modifiers.contains(key(sentence, piece)) { return nil }
      return FoundSpan(sentence: s, words: extended, text: text(sentence, extended))
    }
  }

  /// Rule 5: a single word stands alone as a name only when it is capitalised
  /// where ordinary words are not, is never written in lowercase, and is not
  /// a title ("Summit", "Cooperation" and "President" are not names alone).
  func standsAlone(_ run: ClosedRange<Int>, _ sentence: TokenizedSentence) -> Bool {
    guard run.count == 1 else { return true }
    let folded = sentence.words[run.lowerBound].folded
    return profile.isEvidenced(folded) && !profile.isCommon(folded) && !EnglishWords.titles.contains(folded)
  }

  /// Rule 6: names that stand, at least two times in three, right before a
  /// content word that is not part of them are modifiers, not names: "Chinese economy",
  /// "Kazakh consumers", "Central Asian countries".
  func attributiveNames(_ runs: [(sentence: Int, words: ClosedRange<Int>)], _ sentences: [TokenizedSentence]) -> Set<String> {
    var uses: [String: (total: Int, attributive: Int)] = [:]
    for (s, run) in runs {
      let sentence = sentences[s]
      let next = run.upperBound + 1
      var attributive = false
      if next < sentence.words.count, !sentence.words[run.upperBound].isPossessive {
        let word = sentence.words[next]
        attributive = word.gapBefore == " " && !word.isNumber && !EnglishWords.isOrdinary(word.folded)
          && !profile.isAdverb(word.folded)
      }
      uses[key(sentence, run), default: (0, 0)].total += 1
      if attributive { uses[key(sentence, run), default: (0, 0)].attributive += 1 }
    }
    return Set(uses.filter { $0.value.total >= 2 && $0.value.attributive * 3 >= $0.value.total * 2 }.keys)
      .filter { $0.split(separator: " ").count <= 2 }
  }

  enum Role { case name, connector, other }

  /// The role of each word of a sentence (rule 1), hyphenated units taking
  /// the role of the whole.
  func roles(_ sentence: TokenizedSentence) -> [Role] {
    let words = sentence.words
    var roles = words.indices.map { index -> Role in
      let word = words[index]
      if word.isNumber { return word.isHyphenated ? .name : .other }
      if !word.isCapitalised {
        return EnglishWords.connectors.contains(word.text) ? .connector : .other
      }
      let folded = word.folded
      if folded == "i" || EnglishWords.calendarWords.contains(folded) { return .other }
      guard sentence.isUninformative(index) && !word.isHyphenated && !profile.isEvidenced(folded) else {
        // Capitalised inside a sentence, even a function word names ("Xi An").
        return .name
      }
      // Where any word is capitalised, a word never capitalised elsewhere
      // counts only if it is no common word and a name follows it
      // ("Northwest China", not "Courtesy of", "Photo").
      guard !profile.isCommon(folded), index + 1 < words.count, words[index + 1].isCapitalised,
        words[index + 1].gapBefore == " " || words[index + 1].isHyphenated, !sentence.isUninformative(index + 1)
      else { return .other }
      return .name
    }
    // A hyphenated unit is a name only if all its parts are.
    var start = 0
    while start < words.count {
      var end = start
      while end + 1 < words.count && words[end + 1].isHyphenated { end += 1 }
      if end > start {
        let unit = roles[start...end]
        let isName = words[start].isCapitalised && unit.allSatisfy { $0 == .name }
        for i in start...end { roles[i] = isName ? .name : .other }
      }
      start = end + 1
    }
    return roles
  }

  /// The last word of the hyphenated unit that starts at `index`.
  func unitEnd(_ index: Int, _ sentence: TokenizedSentence) -> Int {
    var end = index
    while end + 1 < sentence.words.count && sentence.words[end + 1].isHyphenated { end += 1 }
    return end
  }

  /// Whether only white space, or a spaced dash, separates word `index` from
  /// the previous one.
  func isPlainGap(_ index: Int, _ sentence: TokenizedSentence, dashAllowed: Bool = false) -> Bool {
    let gap = sentence.words[index].gapBefore
    if gap == " " { return true }
    return dashAllowed && (gap == " – " || gap == " - " || gap == " — ")
  }

  /// Rule 2: maximal runs of name units and connectors.
  func rawRuns(_ sentence: TokenizedSentence, _ roles: [Role]) -> [ClosedRange<Int>] {
    let words = sentence.words
    var runs: [ClosedRange<Int>] = []
    var i = 0
    while i < words.count {
      guard roles[i] == .name, !words[i].isHyphenated else {
        i += 1
        continue
      }
      // An ordinal right before the name belongs to it ("24th Meeting").
      let start = i > 0 && isPlainGap(i, sentence) && Self.isOrdinalNumber(words[i - 1].text) ? i - 1 : i
      var end = unitEnd(i, sentence)
      while end + 1 < words.count, !endsRun(at: end, sentence) {
        if EnglishWords.titles.contains(words[end].folded), roles[end + 1] == .name { break }
        let next = end + 1
        if roles[next] == .name, isPlainGap(next, sentence, dashAllowed: true) || continuesPossessive(next, sentence) {
          end = unitEnd(next, sentence)
          continue
        }
        // One or two connectors, then a name unit.
        var k = next
        while k < words.count, k - next < 2, roles[k] == .connector, isPlainGap(k, sentence) { k += 1 }
        guard k > next, k < words.count, roles[k] == .name, isPlainGap(k, sentence),
          !(words[next].text == "and" && k - next == 2)
        else { break }
        end = unitEnd(k, sentence)
      }
      runs.append(start...end)
      i = end + 1
    }
    return runs
  }

  /// A possessive ends a name ("China’s | Xinjiang"), unless its owner is a
  /// common noun, as in "People's Republic" or "Leaders' Meeting".
  func endsRun(at index: Int, _ sentence: TokenizedSentence) -> Bool {
    let word = sentence.words[index]
    return word.isPossessive && !profile.isCommon(word.folded)
  }

  /// Whether word `index` follows a plural possessive of a common noun
  /// ("Leaders' Meeting").
  func continuesPossessive(_ index: Int, _ sentence: TokenizedSentence) -> Bool {
    let previous = sentence.words[index - 1]
    let gap = sentence.words[index].gapBefore
    if previous.isPossessive { return gap == " " }
    return (gap == "' " || gap == "’ ") && previous.text.hasSuffix("s") && profile.isCommon(previous.folded)
  }

  /// "1st", "24th", "3rd".
  static func isOrdinalNumber(_ text: String) -> Bool {
    let digits = text.prefix { $0.isNumber }
    return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(text.dropFirst(digits.count).lowercased())
  }

  /// Rule 3: splits a run into the names it is made of.
  func split(
    _ run: ClosedRange<Int>, _ sentence: TokenizedSentence, _ roles: [Role], attested: Set<String>
  ) -> [ClosedRange<Int>] {
    var pieces: [ClosedRange<Int>] = []
    let words = sentence.words
    var start = run.lowerBound
    var index = run.lowerBound
    while index < run.upperBound {
      let next = index + 1
      guard roles[index] == .name, !words[next].isHyphenated, next < run.upperBound || roles[next] == .name else {
        index += 1
        continue
      }
      let left = attested.contains(key(sentence, start...index))
      let splits: Bool
      var rightStart = next
      switch roles[next] == .name ? "" : words[next].text {
      case "":  // side by side: both are names
        splits = left && attested.contains(key(sentence, next...run.upperBound))
      case "and":  // a coordination: either is a name
        rightStart = next + 1
        splits = left || attested.contains(key(sentence, rightStart...run.upperBound))
      case "in", "to", "on", "for", "at":  // a place or a purpose: the first is a name
        rightStart = next + 1
        splits = left && roles[rightStart] == .name
      default:
        splits = false
      }
      if splits {
        pieces.append(start...index)
        start = rightStart
        index = rightStart
        continue
      }
      index += 1
    }
    pieces.append(start...run.upperBound)
    return pieces
  }

  /// Rule 3: names joined by hyphens ("China-Kazakhstan").
  func isRelation(_ run: ClosedRange<Int>, _ sentence: TokenizedSentence, attested: Set<String>) -> Bool {
    for index in run.dropFirst() where sentence.words[index].isHyphenated {
      if attested.contains(key(sentence, run.lowerBound...(index - 1)))
        && attested.contains(key(sentence, index...run.upperBound))
      {
        return true
      }
    }
    return false
  }

  /// Rule 4: the run with the class noun that follows it, if any.
  func withClassNoun(_ run: ClosedRange<Int>, _ sentence: TokenizedSentence) -> ClosedRange<Int> {
    let words = sentence.words
    guard !words[run.upperBound].isPossessive, run.upperBound + 1 < words.count,
      !words[run.upperBound + 1].gapBefore.hasPrefix("'"), !words[run.upperBound + 1].gapBefore.hasPrefix("’")
    else { return run }
    var index = run.upperBound + 1
    while index < words.count, index - run.upperBound <= 3 {
      let word = words[index]
      guard !word.isCapitalised, !word.isNumber, word.gapBefore == " " || word.isHyphenated,
        !EnglishWords.isOrdinary(word.folded), !profile.isAdverb(word.folded)
      else { return run }
      if EnglishWords.classifierNouns.contains(OccurrenceFinder.singular(word.folded)),
        index + 1 == words.count || !words[index + 1].isHyphenated
      {
        return run.lowerBound...index
      }
      if word.isPossessive { return run }
      index += 1
    }
    return run
  }

  /// The match key of a run of words: folded, hyphens as spaces.
  func key(_ sentence: TokenizedSentence, _ run: ClosedRange<Int>) -> String {
    run.map { sentence.words[$0].folded }.joined(separator: " ")
  }

  /// The run as written, without a possessive ending.
  func text(_ sentence: TokenizedSentence, _ run: ClosedRange<Int>) -> String {
    let written = sentence.text(from: run.lowerBound, to: run.upperBound)
    let last = sentence.words[run.upperBound]
    return String(written.dropLast(last.text.count - last.stem.count))
  }
}
