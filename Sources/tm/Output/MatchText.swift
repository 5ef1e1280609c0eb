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
    let operations = diff.operations
    return operations.indices.map { index in
      let operation = operations[index]
      switch operation.kind {
      case .equal:
        return operation.source
      case .delete:
        return removed(operation.source, on: t)
      case .replace:
        return removed(operation.source, on: t) + inserted(operation.query, on: t)
      case .insert:
        // The source has no white space where the query's words go in (the
        // query's own belongs to the equal runs around them): take the
        // query's, so that the words do not run into their neighbours.
        let before = index > 0 ? spaceMissing(operations[index - 1], atEnd: true) : ""
        let after = index + 1 < operations.count ? spaceMissing(operations[index + 1], atEnd: false) : ""
        return before + inserted(operation.query, on: t) + after
      }
    }.joined()
  }

  /// The white space the query has at one end of an equal run and the source
  /// lacks there.
  private static func spaceMissing(_ run: WordDiff.Operation, atEnd: Bool) -> String {
    func space(_ text: String) -> String {
      atEnd ? String(text.reversed().prefix { $0.isWhitespace }.reversed()) : String(text.prefix { $0.isWhitespace })
    }
    return space(run.source).isEmpty ? space(run.query) : ""
  }

  private static func removed(_ text: String, on t: Terminal) -> String {
    t.colored ? t.style(t.style(text, .strike), .red) : "[-\(text)-]"
  }

  private static func inserted(_ text: String, on t: Terminal) -> String {
    t.colored ? t.style(text, .green) : "{+\(text)+}"
  }
}
