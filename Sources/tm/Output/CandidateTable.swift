import Glossary

/// The table `tm extract` prints: one candidate a line, best first.
enum CandidateTable {
  /// The widest a candidate column grows before lines get ragged.
  static let candidateWidth = 48
  /// How much of the first context's sentence is shown.
  static let snippetWidth = 60

  static func render(_ candidates: [TermCandidate], on t: Terminal) -> String {
    let names = candidates.map(label)
    let concepts = candidates.map { $0.conceptID ?? "-" }
    let nameWidth = min(max(names.map(\.displayWidth).max() ?? 0, "candidate".count), candidateWidth)
    let conceptWidth = max(concepts.map(\.displayWidth).max() ?? 0, "concept".count)
    let scoreWidth = max(candidates.map { format($0.score).count }.max() ?? 0, "score".count)
    var out = t.style(
      "score".padded(to: scoreWidth) + "  " + "kind".padded(to: 7) + "  freq  docs  " + "candidate".padded(to: nameWidth)
        + "  " + "concept".padded(to: conceptWidth) + "  first context", .dim) + "\n"
    for (index, candidate) in candidates.enumerated() {
      let score = format(candidate.score)
      out += String(repeating: " ", count: scoreWidth - score.count) + score + "  "
      out += candidate.kind.rawValue.padded(to: 7) + "  "
      out += String(candidate.frequency).leftPadded(to: 4) + "  " + String(candidate.documents.count).leftPadded(to: 4) + "  "
      out += (candidate.conceptID == nil ? t.style(names[index], .bold) : names[index]) + " "
      out += String(repeating: " ", count: max(0, nameWidth - names[index].displayWidth)) + " "
      out += t.style(concepts[index].padded(to: conceptWidth), candidate.conceptID == nil ? .dim : .green)
      if let context = candidate.contexts.first {
        out += "  " + t.style("\(context.file):\(context.line)", .magenta) + "  " + snippet(context)
      }
      out += "\n"
    }
    return out
  }

  /// "Belt and Road Initiative (BRI)", "Nurly Zhol (Bright Path)".
  static func label(_ candidate: TermCandidate) -> String {
    if let acronym = candidate.acronym { return "\(candidate.text) (\(acronym))" }
    if let gloss = candidate.gloss { return "\(candidate.text) (\(gloss))" }
    return candidate.text
  }

  static func format(_ score: Double) -> String {
    String(format: "%.1f", score)
  }

  /// The sentence around the match, cut to `snippetWidth` characters.
  static func snippet(_ context: TermCandidate.Context) -> String {
    let sentence = context.sentence
    guard sentence.count > snippetWidth else { return sentence }
    let characters = Array(sentence)
    let matchStart = sentence.range(of: context.matched).map { sentence.distance(from: sentence.startIndex, to: $0.lowerBound) } ?? 0
    var start = max(0, matchStart - snippetWidth / 3)
    let end = min(characters.count, start + snippetWidth)
    start = max(0, end - snippetWidth)
    return (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
  }
}

extension String {
  /// Padded on the left with spaces to `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}

import Foundation
