import Glossary

/// The human-readable list `tm match` prints: the score, the memory's source
/// with a word diff against the query, its translations and its origin.
///
/// On a terminal the diff is coloured (words the query lacks struck through
/// in red, words it has instead in green); elsewhere it is written as
/// `[-removed-]{+inserted+}`.
enum MatchText {
  static func render(_ matches: [MemoryMatch], on terminal: Terminal) -> String {
    matches.map { render($0, on: terminal) }.joined(separator: "\n")
  }

  static func render(_ match: MemoryMatch, on t: Terminal) -> String {
    let score = String(match.score)
    let style: Terminal.Style = match.score >= 95 ? .green : match.score >= 75 ? .yellow : .red
    var out = String(repeating: " ", count: max(0, 3 - score.count)) + t.style(score, style) + "  "
    out += diff(match.diff, on: t) + "\n"
    for language in Language.allCases {
      guard let text = match.unit.unit.targets[language] else { continue }
      out += "     " + t.style(language.rawValue, .dim) + "  " + text + "\n"
    }
    out += "     " + t.style(match.unit.unit.origin, .magenta) + "\n"
    return out
  }

  static func diff(_ diff: WordDiff, on t: Terminal) -> String {
    diff.operations.map { operation in
      switch operation.kind {
      case .equal: operation.source
      case .delete: removed(operation.source, on: t)
      case .insert: inserted(operation.query, on: t)
      case .replace: removed(operation.source, on: t) + inserted(operation.query, on: t)
      }
    }.joined()
  }

  private static func removed(_ text: String, on t: Terminal) -> String {
    t.colored ? t.style(t.style(text, .strike), .red) : "[-\(text)-]"
  }

  private static func inserted(_ text: String, on t: Terminal) -> String {
    t.colored ? t.style(text, .green) : "{+\(text)+}"
  }
}
