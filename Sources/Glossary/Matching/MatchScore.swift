/// CAT-style fuzzy match scores over tokens, and the bounds a threshold puts
/// on candidates, which the memory's index relies on to be lossless.
///
/// With `n` query tokens, `m` candidate tokens, `L = max(n, m)` and `d` their
/// token edit distance:
///
///     score = floor(100 × (L − d) / L)
///
/// except that `d = 0` gives 100 only when the texts are identical (up to runs
/// of white space) and 99 when they differ in case, quotes or spacing only.
public enum MatchScore {
  /// The score of a candidate at token distance `distance`.
  ///
  /// - Parameter identical: whether the texts are the same (compare with
  ///   `comparableText`); only looked at when `distance` is 0.
  public static func score(distance: Int, queryLength n: Int, candidateLength m: Int, identical: Bool) -> Int {
    if distance == 0 { return identical ? 100 : 99 }
    let longest = max(n, m)
    return 100 * (longest - distance) / longest
  }

  /// The largest distance that still scores at least `minimum` against a
  /// candidate of `m` tokens: `floor(max(n, m) × (100 − minimum) / 100)`.
  ///
  /// score ≥ minimum ⇔ 100 (L − d) / L ≥ minimum ⇔ d ≤ L (100 − minimum) / 100,
  /// because the score is the floor of a value compared with an integer.
  public static func maximumDistance(queryLength n: Int, candidateLength m: Int, minimum: Int) -> Int {
    max(n, m) * (100 - minimum) / 100
  }

  /// The candidate lengths that can score at least `minimum`:
  /// `ceil(n × minimum / 100) ... floor(100 × n / minimum)`.
  ///
  /// A candidate is at distance at least |m − n|, so it qualifies only if
  /// |m − n| ≤ maximumDistance; for m ≤ n that is m ≥ n × minimum / 100, and
  /// for m ≥ n it is m × minimum / 100 ≤ n. `minimum` must be 1...100.
  public static func lengthWindow(queryLength n: Int, minimum: Int) -> ClosedRange<Int> {
    let lower = max(1, (n * minimum + 99) / 100)
    let upper = max(lower, 100 * n / minimum)
    return lower...upper
  }

  /// How many query token positions a candidate of `m` tokens that scores at
  /// least `minimum` can fail to keep (substitute or delete).
  ///
  /// An alignment with S substitutions, I insertions and X deletions has
  /// d = S + I + X, keeps n − S − X query tokens, and I − X = m − n, so
  /// I ≥ max(0, m − n) and at most d − max(0, m − n) query positions are lost.
  /// Any `lost + 1` query positions therefore include one whose token the
  /// candidate contains: the index only needs those positions' postings.
  public static func maximumLostPositions(queryLength n: Int, candidateLength m: Int, minimum: Int) -> Int {
    maximumDistance(queryLength: n, candidateLength: m, minimum: minimum) - max(0, m - n)
  }

  /// The best score a candidate of `m` tokens could reach (all its
  /// differences being insertions or deletions).
  public static func bestPossible(queryLength n: Int, candidateLength m: Int) -> Int {
    n == m ? 100 : 100 * min(n, m) / max(n, m)
  }

  /// Text as exact matches compare it: runs of white space made one space,
  /// none at either end.
  public static func comparableText(_ text: String) -> String {
    var utf8 = text.utf8.makeIterator()
    var previousSpace = true
    var plain = true
    while let byte = utf8.next() {
      // Only ASCII text with single inner spaces is kept as it is.
      let space = byte == 0x20
      if byte >= 0x80 || (byte < 0x20) || (space && previousSpace) {
        plain = false
        break
      }
      previousSpace = space
    }
    if plain && !previousSpace { return text }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Character-level similarity in hundredths of a percent (0...10000), the
  /// tie-break between equal token scores: 10000 × (1 − d / max length), over
  /// the code points of the comparable texts, as written (case counts).
  public static func characterSimilarity(_ a: String, _ b: String) -> Int {
    characterSimilarity(a, b, atLeast: 0)!
  }

  /// `characterSimilarity`, or nil as soon as it is sure to be below `floor`
  /// (the distance is then computed within a bound, which is cheaper).
  public static func characterSimilarity(_ a: String, _ b: String, atLeast floor: Int) -> Int? {
    let x = comparableText(a).unicodeScalars.map(\.value)
    let y = comparableText(b).unicodeScalars.map(\.value)
    let longest = max(x.count, y.count)
    guard longest > 0 else { return 10000 }
    // 10000 (L − d) / L ≥ floor ⇔ d ≤ L (10000 − floor) / 10000.
    let bound = longest * (10000 - max(0, floor)) / 10000
    guard let distance = TokenDistance.bounded(x, y, bound: bound) else { return nil }
    let similarity = 10000 * (longest - distance) / longest
    return similarity >= floor ? similarity : nil
  }
}
