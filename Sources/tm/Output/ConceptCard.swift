import Glossary

/// The human-readable card `tm lookup` prints for each concept found.
enum ConceptCard {
  /// How many occurrences a card lists before summarising the rest.
  static let occurrenceLimit = 5

  static func render(_ result: LookupResult, on terminal: Terminal) -> String {
    result.hits.map { render($0, on: terminal) }.joined(separator: "\n")
  }

  static func render(_ hit: LookupHit, on t: Terminal) -> String {
    var out = ""
    let concept = hit.concept
    let head = concept.headTerm(in: .en)?.text ?? concept.id
    out += t.style(head, .boldCyan) + "  " + t.style("[\(concept.id)]", .dim) + "  "
    out += t.style("\(hit.kind.rawValue) \(hit.score)", .green)
    if hit.kind != .exact { out += t.style(" · matched “\(hit.matched.text)”", .dim) }
    out += "\n  " + concept.definition + "\n"
    if let subject = concept.subject { out += "  " + t.style("subject: \(subject)", .dim) + "\n" }
    out += "\n"

    let rows = LanguageTag.allCases.flatMap { tag in
      concept.terms(in: tag).enumerated().map { (index, term) in (index == 0 ? tag.rawValue : "", term) }
    }
    let textWidth = min(rows.map { $0.1.text.displayWidth }.max() ?? 0, 48)
    for (label, term) in rows {
      let status: String =
        switch term.status {
        case .preferred: t.style(term.status.rawValue, .green)
        case .admitted: t.style(term.status.rawValue, .yellow)
        case .deprecated: t.style(term.status.rawValue, .red)
        }
      let text = term == hit.matched ? t.style(term.text, .bold) : term.text
      out += "  " + t.style(label.padded(to: 8), .dim) + text + String(repeating: " ", count: max(0, textWidth - term.text.displayWidth))
      out += "  " + term.type.rawValue.padded(to: 8) + "  " + status
      if let note = term.note { out += "  " + t.style("(\(note))", .dim) }
      out += "\n"
    }
    for note in concept.notes { out += "  " + t.style("note: ", .dim) + note + "\n" }

    if !hit.occurrences.isEmpty {
      out += "\n  " + t.style("occurs in", .dim) + "\n"
      for occurrence in hit.occurrences.prefix(occurrenceLimit) {
        out += "    " + t.style("\(occurrence.file):\(occurrence.line)", .magenta) + "  "
        out += highlight(occurrence.sentence, occurrence.matched, on: t) + "\n"
      }
      if hit.occurrences.count > occurrenceLimit {
        out += "    " + t.style("… and \(hit.occurrences.count - occurrenceLimit) more", .dim) + "\n"
      }
    }
    return out
  }

  /// The sentence with the first appearance of `matched` in bold.
  static func highlight(_ sentence: String, _ matched: String, on t: Terminal) -> String {
    guard t.colored, let range = sentence.range(of: matched) else { return sentence }
    return String(sentence[..<range.lowerBound]) + t.style(matched, .bold) + String(sentence[range.upperBound...])
  }
}
