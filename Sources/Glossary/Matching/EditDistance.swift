/// Edit distances with an upper bound, for typo-tolerant matching.
public enum EditDistance {
  /// The optimal string alignment distance (Levenshtein plus transposition
  /// of adjacent elements) between `a` and `b`, or nil when it exceeds
  /// `bound`. Runs in O(bound × length) by staying within the diagonal band.
  public static func bounded<T: Equatable>(_ a: [T], _ b: [T], bound: Int) -> Int? {
    let n = a.count
    let m = b.count
    if abs(n - m) > bound { return nil }
    if n == 0 || m == 0 { return max(n, m) <= bound ? max(n, m) : nil }
    let big = bound + 1
    var previous2 = [Int](repeating: big, count: m + 1)
    var previous = [Int](0...m).map { min($0, big) }
    var current = [Int](repeating: big, count: m + 1)
    for i in 1...n {
      let low = max(1, i - bound)
      let high = min(m, i + bound)
      current[0] = i <= bound ? i : big
      if low > 1 { current[low - 1] = big }
      var rowMin = current[0]
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = min(value, big)
        rowMin = min(rowMin, current[j])
      }
      if high < m { current[high + 1] = big }
      if rowMin > bound { return nil }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[m] <= bound ? previous[m] : nil
  }

  /// `bounded` over the Unicode scalars of two strings.
  public static func bounded(_ a: String, _ b: String, bound: Int) -> Int? {
    bounded(Array(a.unicodeScalars), Array(b.unicodeScalars), bound: bound)
  }
}
