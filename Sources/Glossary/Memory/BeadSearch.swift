import Foundation

/// How many units of each side a bead takes: 1–1, 2–1, 1–0 …
public struct BeadShape: Hashable, Sendable, CustomStringConvertible {
  public let source: Int
  public let target: Int

  public init(_ source: Int, _ target: Int) {
    self.source = source
    self.target = target
  }

  /// The shapes the aligner tries: 1–1, 1–0, 0–1, 2–1, 1–2, 2–2.
  public static let all = [BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1), BeadShape(2, 1), BeadShape(1, 2), BeadShape(2, 2)]

  /// "1–2".
  public var description: String { "\(source)–\(target)" }
}

/// The dynamic programme behind the aligner: the cheapest monotone sequence of
/// beads that covers `sourceCount` and `targetCount` units, and the posterior
/// probability of each of its beads.
///
/// Costs are negative log probabilities (nats). The Viterbi pass finds the
/// best path; a forward–backward pass over the same lattice sums over all
/// paths, so a bead's posterior is the probability mass of the alignments
/// that contain it: near 1 when no other way of cutting the text comes close,
/// lower when another does.
///
/// Large problems are searched in a band around the diagonal, so time and
/// memory stay linear in the text's length.
struct BeadSearch {
  struct Step {
    let source: Int
    let target: Int
    let shape: BeadShape
    let cost: Double
    let posterior: Double
  }

  /// Grids up to this many cells are searched whole.
  static let fullSearchCells = 1_000_000
  /// The band's half-width beyond the length difference.
  static let bandMargin = 100

  let sourceCount: Int
  let targetCount: Int
  private let rowStart: [Int]
  private let rowLow: [Int]
  private let rowHigh: [Int]

  init(sourceCount: Int, targetCount: Int) {
    self.sourceCount = sourceCount
    self.targetCount = targetCount
    let full = (sourceCount + 1) * (targetCount + 1) <= Self.fullSearchCells
    let width = abs(sourceCount - targetCount) + Self.bandMargin
    var starts: [Int] = []
    var lows: [Int] = []
    var highs: [Int] = []
    var total = 0
    for i in 0...sourceCount {
      let center = sourceCount == 0 ? 0 : i * targetCount / sourceCount
      let low = full ? 0 : max(0, center - width)
      let high = full ? targetCount : min(targetCount, center + width)
      starts.append(total - low)
      lows.append(low)
      highs.append(high)
      total += high - low + 1
    }
    rowStart = starts
    rowLow = lows
    rowHigh = highs
  }

  private var cellCount: Int { rowStart[sourceCount] + rowHigh[sourceCount] + 1 }

  private func cell(_ i: Int, _ j: Int) -> Int? {
    guard i >= 0, i <= sourceCount, j >= rowLow[i], j <= rowHigh[i] else { return nil }
    return rowStart[i] + j
  }

  /// The best path, first bead first. `cost(i, j, shape)` is the cost of the
  /// bead that starts at source unit `i` and target unit `j`; return
  /// `.infinity` to forbid it.
  func run(shapes: [BeadShape], cost: (Int, Int, BeadShape) -> Double) -> [Step] {
    let count = cellCount
    var best = [Double](repeating: .infinity, count: count)
    var back = [Int8](repeating: -1, count: count)
    var forward = [Double](repeating: -.infinity, count: count)
    // Bead costs are needed twice (forward and backward); keep them.
    var costs = [Double](repeating: .infinity, count: count * shapes.count)
    best[0] = 0
    forward[0] = 0
    for i in 0...sourceCount {
      for j in rowLow[i]...rowHigh[i] where i > 0 || j > 0 {
        let here = cell(i, j)!
        var sum = -Double.infinity
        for (s, shape) in shapes.enumerated() {
          guard let from = cell(i - shape.source, j - shape.target), best[from] < .infinity else { continue }
          let c = cost(i - shape.source, j - shape.target, shape)
          guard c < .infinity else { continue }
          costs[here * shapes.count + s] = c
          if best[from] + c < best[here] {
            best[here] = best[from] + c
            back[here] = Int8(s)
          }
          sum = Self.logAdd(sum, forward[from] - c)
        }
        forward[here] = sum
      }
    }
    var backward = [Double](repeating: -.infinity, count: count)
    backward[cell(sourceCount, targetCount)!] = 0
    for i in stride(from: sourceCount, through: 0, by: -1) {
      for j in stride(from: rowHigh[i], through: rowLow[i], by: -1) where i < sourceCount || j < targetCount {
        let here = cell(i, j)!
        var sum = -Double.infinity
        for (s, shape) in shapes.enumerated() {
          guard let to = cell(i + shape.source, j + shape.target) else { continue }
          let c = costs[to * shapes.count + s]
          if c < .infinity { sum = Self.logAdd(sum, backward[to] - c) }
        }
        backward[here] = sum
      }
    }
    let total = forward[cell(sourceCount, targetCount)!]
    var steps: [Step] = []
    var i = sourceCount
    var j = targetCount
    while i > 0 || j > 0 {
      let here = cell(i, j)!
      let s = Int(back[here])
      precondition(s >= 0, "no alignment path: the 1–0 and 0–1 beads must always be allowed")
      let shape = shapes[s]
      let from = cell(i - shape.source, j - shape.target)!
      let c = costs[here * shapes.count + s]
      let posterior = exp(forward[from] - c + backward[here] - total)
      steps.append(
        Step(source: i - shape.source, target: j - shape.target, shape: shape, cost: c, posterior: min(1, posterior)))
      i -= shape.source
      j -= shape.target
    }
    return steps.reversed()
  }

  /// log(exp(a) + exp(b)), without overflow.
  static func logAdd(_ a: Double, _ b: Double) -> Double {
    if a == -.infinity { return b }
    if b == -.infinity { return a }
    return max(a, b) + log1p(exp(-abs(a - b)))
  }
}
