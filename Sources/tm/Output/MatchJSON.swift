import Glossary

/// The stable `--format json` shape of `tm match`, one object per query.
enum MatchJSON {
  static func render(query: String, _ matches: [MemoryMatch]) -> JSONValue {
    .object([
      ("query", .string(query)),
      ("matches", .array(matches.map(match))),
    ])
  }

  static func match(_ match: MemoryMatch) -> JSONValue {
    let unit = match.unit.unit
    return .object([
      ("score", .int(match.score)),
      ("source", .string(unit.source)),
      ("targets", .object(Language.allCases.compactMap { language in
        unit.targets[language].map { (language.rawValue, .string($0)) }
      })),
      ("origin", .string(unit.origin)),
      ("diff", .array(match.diff.operations.map(operation))),
    ])
  }

  /// `{"op": "replace", "source": "cross", "query": "exceed"}`; an insert has
  /// no "source" and a delete no "query".
  static func operation(_ operation: WordDiff.Operation) -> JSONValue {
    var members: [(String, JSONValue)] = [("op", .string(operation.kind.rawValue))]
    if operation.kind != .insert { members.append(("source", .string(operation.source))) }
    if operation.kind != .delete { members.append(("query", .string(operation.query))) }
    return .object(members)
  }
}
