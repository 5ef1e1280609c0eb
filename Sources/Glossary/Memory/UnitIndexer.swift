/// Prepares units for the store: NFC text without surrounding white space,
/// the source's match tokens and every language's concordance keys.
/// Not thread-safe.
public final class UnitIndexer {
  let tokenizer: SegmentTokenizer
  let keys: ConcordanceKeys

  public init() throws(ICUError) {
    tokenizer = try SegmentTokenizer()
    keys = try ConcordanceKeys()
  }

  /// The unit cleaned and indexed, or nil when it has no source or no target.
  public func index(_ unit: TranslationUnit) throws(ICUError) -> IndexedUnit? {
    var unit = unit
    unit.source = Self.clean(unit.source)
    var targets: [Language: String] = [:]
    for (language, text) in unit.targets where language != .en {
      let text = Self.clean(text)
      if !text.isEmpty { targets[language] = text }
    }
    unit.targets = targets
    guard !unit.source.isEmpty, !targets.isEmpty else { return nil }
    var searchKeys: [Language: String] = [.en: try keys.key(unit.source, language: .en)]
    for (language, text) in targets { searchKeys[language] = try keys.key(text, language: language) }
    return IndexedUnit(unit: unit, tokenKeys: tokenizer.keys(in: unit.source), searchKeys: searchKeys)
  }

  static func clean(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex { !$0.properties.isWhitespace }!
    let trimmed = first == scalars.startIndex && last == scalars.index(before: scalars.endIndex)
      ? text : String(scalars[first...last])
    return TextNormalizer.nfc(trimmed)
  }
}
