/// The Levenshtein distance (insertions, deletions and substitutions, each
/// costing 1) between two sequences of token ids or code points, within a bound.
public enum TokenDistance {
  /// The distance between `a` and `b`, or nil when it exceeds `bound`.
  ///
  /// Only the diagonal band of width 2 × bound + 1 is computed, and the
  /// computation stops as soon as a whole row exceeds the bound, so a hopeless
  /// candidate costs a few rows: O(bound × length) at most.
  public static func bounded(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, bound: Int) -> Int? {
    let n = a.count
    let m = b.count
    guard bound >= 0, abs(n - m) <= bound else { return nil }
    if n == 0 || m == 0 { return max(n, m) }
    let big = Int32(clamping: bound + 1)
    let k = Int32(clamping: bound)
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * (m + 1)) { buffer -> Int? in
      var previous = buffer.baseAddress!
      var current = previous + (m + 1)
      for j in 0...m { previous[j] = Int32(j) <= k ? Int32(j) : big }
      for i in 1...n {
        let low = max(1, i - bound)
        let high = min(m, i + bound)
        current[low - 1] = low == 1 && Int32(i) <= k ? Int32(i) : big
        var rowMinimum = current[low - 1]
        let token = a[i - 1]
        for j in low...high {
          let substitution = previous[j - 1] + (token == b[j - 1] ? 0 : 1)
          let value = min(substitution, previous[j] + 1, current[j - 1] + 1, big)
          current[j] = value
          if value < rowMinimum { rowMinimum = value }
        }
        if high < m { current[high + 1] = big }
        if rowMinimum > k { return nil }
        swap(&previous, &current)
      }
      let distance = previous[m]
      return distance <= k ? Int(distance) : nil
    }
  }

  /// `bounded` over arrays.
  public static func bounded(_ a: [UInt32], _ b: [UInt32], bound: Int) -> Int? {
    a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in bounded(a, b, bound: bound) } }
  }

  /// The exact distance between two arrays.
  public static func distance(_ a: [UInt32], _ b: [UInt32]) -> Int {
    bounded(a, b, bound: max(a.count, b.count))!
  }
}
