import Glossary

/// The beads of an alignment that need a look, one per line on stderr as
/// `FILE:LINE: what`, then a summary of the bead shapes.
enum AlignmentReview {
  static func write(_ aligned: AlignedFiles, to terminal: Terminal) {
    let alignment = aligned.alignment
    var text = ""
    for bead in alignment.beads where bead.needsReview {
      let sourceLine = bead.source.first.map { alignment.source[$0].line }
      let targetLine = bead.target.first.map { alignment.target[$0].line }
      if let sourceLine, targetLine == nil {
        text += "\(aligned.sourceName):\(sourceLine): not translated: '\(alignment.sourceText(of: bead).excerpt)'\n"
      } else if let targetLine, sourceLine == nil {
        text += "\(aligned.targetName):\(targetLine): no source sentence: '\(alignment.targetText(of: bead).excerpt)'\n"
      } else if let sourceLine, let targetLine {
        text +=
          "\(aligned.sourceName):\(sourceLine): low confidence \(percent(bead.confidence)) for \(bead.shape) with "
          + "\(aligned.targetName):\(targetLine): '\(alignment.sourceText(of: bead).excerpt)' = "
          + "'\(alignment.targetText(of: bead).excerpt)'\n"
      }
    }
    let shapes = alignment.shapeCounts.filter { $0.count > 0 }.map { "\($0.count) \($0.shape)" }
    let review = alignment.beads.count { $0.needsReview }
    text += "tm: \(alignment.beads.count) beads (\(shapes.joined(separator: ", "))), \(review) to review\n"
    terminal.write(text)
  }

  private static func percent(_ confidence: Double) -> String { "\(Int((confidence * 100).rounded()))%" }
}

/// Every bead for reading: its shape, confidence and lines, then the two
/// sides, one per line.
enum AlignmentText {
  static func render(_ aligned: AlignedFiles, on terminal: Terminal) -> String {
    let alignment = aligned.alignment
    var out = ""
    for bead in alignment.beads {
      let confidence = "\(Int((bead.confidence * 100).rounded()))%"
      var places: [String] = []
      if let s = bead.source.first { places.append("\(aligned.sourceName):\(alignment.source[s].line)") }
      if let t = bead.target.first { places.append("\(aligned.targetName):\(alignment.target[t].line)") }
      let heading = "\(bead.shape)  \(confidence.padded(to: 4))  \(places.joined(separator: " = "))"
      out += terminal.style(heading, bead.needsReview ? .yellow : .dim) + "\n"
      out += "  \(alignment.sourceLanguage.rawValue)  \(bead.source.isEmpty ? "—" : alignment.sourceText(of: bead))\n"
      out += "  \(alignment.targetLanguage.rawValue)  \(bead.target.isEmpty ? "—" : alignment.targetText(of: bead))\n"
    }
    return out
  }
}
