import Glossary

/// The stable `--format json` shape of `tm extract`: one object with the
/// documents read and the candidates, best first.
enum CandidateJSON {
  static func render(_ candidates: [TermCandidate], documents: [SourceDocument]) -> JSONValue {
    .object([
      ("documents", .array(documents.map { .string($0.name) })),
      ("candidates", .array(candidates.map(candidate))),
    ])
  }

  static func candidate(_ candidate: TermCandidate) -> JSONValue {
    .object([
      ("text", .string(candidate.text)),
      ("kind", .string(candidate.kind.rawValue)),
      ("acronym", .optional(candidate.acronym)),
      ("gloss", .optional(candidate.gloss)),
      ("score", .double(candidate.score)),
      ("frequency", .int(candidate.frequency)),
      ("documents", .array(candidate.documents.map(JSONValue.string))),
      ("variants", .array(candidate.variants.map(JSONValue.string))),
      ("concept", .optional(candidate.conceptID)),
      ("contexts", .array(candidate.contexts.map { context in
        .object([("file", .string(context.file)), ("line", .int(context.line)), ("text", .string(context.sentence))])
      })),
    ])
  }
}
