extension TermBaseExport.Entry {
  /// The terms a glossary cell lists for `tag`: the head term (preferred
  /// full form) first, then the other preferred terms, then the admitted
  /// ones, each group in collation order. Deprecated terms are left out:
  /// a glossary tells translators what to write (TBX carries everything).
  func glossaryTerms(_ tag: LanguageTag) -> [Term] {
    guard let section = section(tag) else { return [] }
    let terms = section.terms.map(\.term)
    guard let head = concept.headTerm(in: tag), head.status != .deprecated else {
      return terms.filter { $0.status != .deprecated }
    }
    return [head] + terms.filter { $0 != head && $0.status == .preferred } + terms.filter { $0.status == .admitted }
  }
}

/// A glossary export that cannot be written.
public struct GlossaryExportError: Error, CustomStringConvertible, Sendable {
  public var message: String

  public var description: String { message }
}
