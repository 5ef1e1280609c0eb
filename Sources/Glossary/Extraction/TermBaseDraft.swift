/// New term candidates written as rows of the term-base format of
/// `data/termbase/*.tsv` (data/README.md), for a terminologist to complete
/// and merge.
///
/// Each candidate not in the term base becomes a block: comment lines with
/// its evidence, an empty `definition` row, its English terms (the acronym
/// with type `acronym`, a gloss as an admitted variant), `ru` and `kk` rows
/// of the same types with empty text, and a `source` row per document. The
/// concept id is the slug of the acronym or of the English term, made unique.
/// The empty texts are deliberate: the loader rejects the file, naming the
/// line ("'ru' of concept 'x' has no text"), until each one is filled in.
public struct TermBaseDraft: Sendable {
  public var candidates: [TermCandidate]
  /// Concept ids already taken.
  public var existingIDs: Set<String>

  public init(candidates: [TermCandidate], existingIDs: Set<String>) {
    self.candidates = candidates
    self.existingIDs = existingIDs
  }

  /// The rows, with the header and a comment on how to finish them.
  public var tsv: String {
    let new = candidates.filter { $0.conceptID == nil }
    var out = "# \(new.count) new term candidate\(new.count == 1 ? "" : "s") from tm extract.\n"
    out += "# Fill in every empty text (definition, ru, kk) and check each row, then move the blocks to\n"
    out += "# data/termbase/; until then the loader stops at the first empty text. A source row must name\n"
    out += "# a file in seeds/.\n"
    out += TermBaseReader.header.joined(separator: "\t") + "\n"
    var taken = existingIDs
    for candidate in new {
      var id = Self.slug(candidate.acronym ?? candidate.text)
      if id.isEmpty { id = "term" }
      if taken.contains(id) {
        var n = 2
        while taken.contains("\(id)-\(n)") { n += 1 }
        id = "\(id)-\(n)"
      }
      taken.insert(id)
      out += "\n" + block(candidate, id: id)
    }
    return out
  }

  func block(_ candidate: TermCandidate, id: String) -> String {
    let occurrences = candidate.frequency == 1 ? "1 sentence" : "\(candidate.frequency) sentences"
    var out = "# \(candidate.text): \(candidate.kind.rawValue), score \(candidate.score), \(occurrences)\n"
    for context in candidate.contexts {
      out += "# \(context.file):\(context.line)  \(Self.clean(context.sentence))\n"
    }
    var rows: [[String]] = [[id, "definition", ""]]
    let type: TermType = candidate.acronym == nil ? TermExtractor.type(of: candidate.text) : .full
    rows.append([id, "en", candidate.text, type.rawValue, "preferred"])
    if let acronym = candidate.acronym { rows.append([id, "en", acronym, "acronym", "preferred"]) }
    if let gloss = candidate.gloss { rows.append([id, "en", gloss, "variant", "admitted", "English gloss"]) }
    let key = CandidatePool.key(candidate.text)
    var seenKeys: Set<String> = [key]
    for variant in candidate.variants where seenKeys.insert(CandidatePool.key(variant)).inserted {
      rows.append([id, "en", variant, "variant", "admitted"])
    }
    for language in ["ru", "kk"] {
      rows.append([id, language, "", type.rawValue, "preferred"])
      if candidate.acronym != nil { rows.append([id, language, "", "acronym", "preferred"]) }
    }
    for document in candidate.documents {
      rows.append([id, "source", String(document.split(separator: "/").last ?? "")])
    }
    return out + rows.map { $0.map(Self.clean).joined(separator: "\t") }.joined(separator: "\n") + "\n"
  }

  /// Tabs and line breaks would break the row.
  static func clean(_ field: String) -> String {
    String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }

  /// Lowercase ASCII letters and digits, other runs made one "-":
  /// "China-Central Asia Railway Express" → "china-central-asia-railway-express".
  public static func slug(_ text: String) -> String {
    var out = ""
    var pendingDash = false
    for scalar in TextNormalizer.nfd(text).lowercased().unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
        if pendingDash && !out.isEmpty { out += "-" }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else if scalar != "'" && scalar != "’" {
        pendingDash = true
      }
    }
    return out
  }
}
