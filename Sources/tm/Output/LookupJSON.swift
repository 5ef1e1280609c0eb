import Glossary

/// The stable `--format json` shape of `tm lookup`.
enum LookupJSON {
  static func render(_ result: LookupResult) -> JSONValue {
    .object([
      ("query", .string(result.query)),
      ("results", .array(result.hits.map(hit))),
    ])
  }

  static func hit(_ hit: LookupHit) -> JSONValue {
    .object([
      ("id", .string(hit.concept.id)),
      ("score", .int(hit.score)),
      ("match", .string(hit.kind.rawValue)),
      ("matched", .string(hit.matched.text)),
      ("terms", .object(LanguageTag.allCases.map { tag in
        (tag.rawValue, .array(hit.concept.terms(in: tag).map(term)))
      })),
      ("definition", .string(hit.concept.definition)),
      ("subject", .optional(hit.concept.subject)),
      ("notes", .array(hit.concept.notes.map(JSONValue.string))),
      ("occurrences", .array(hit.occurrences.map { occurrence in
        .object([
          ("file", .string(occurrence.file)), ("line", .int(occurrence.line)), ("text", .string(occurrence.sentence)),
        ])
      })),
    ])
  }

  static func term(_ term: Term) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("text", .string(term.text)), ("type", .string(term.type.rawValue)), ("status", .string(term.status.rawValue)),
    ]
    if let note = term.note { members.append(("note", .string(note))) }
    return .object(members)
  }
}
