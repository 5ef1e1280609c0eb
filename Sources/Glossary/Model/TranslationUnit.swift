import Foundation

/// A translation unit: one English source segment with its Russian and/or
/// Kazakh translations, where it came from, and when.
///
/// Two units with the same source and the same targets are the same unit:
/// adding one that exists only updates its change date and properties.
public struct TranslationUnit: Hashable, Codable, Sendable {
  /// The source segment (English), NFC.
  public var source: String
  /// The translations by language (`.ru`, `.kk`), NFC. Never holds `.en`.
  public var targets: [Language: String]
  /// Where the unit came from: "seeds/000_9d24610990cee87c.txt:11" for an
  /// aligned seed sentence, or the imported file's name.
  public var origin: String
  public var created: Date
  public var changed: Date
  /// Free properties, exported as TMX `<prop type="...">` ("status": "draft").
  public var properties: [String: String]

  public init(
    source: String, targets: [Language: String], origin: String, created: Date = Date(), changed: Date? = nil,
    properties: [String: String] = [:]
  ) {
    self.source = source
    self.targets = targets
    self.origin = origin
    self.created = created
    self.changed = changed ?? created
    self.properties = properties
  }
}
