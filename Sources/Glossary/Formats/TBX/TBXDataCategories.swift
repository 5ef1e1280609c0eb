/// The two forms of TBX `tm` reads and writes, both in the TBX-Basic dialect.
public enum TBXVersion: String, CaseIterable, Sendable {
  /// ISO 30042:2008: `<martif>` without a namespace, termEntry / langSet /
  /// tig. OmegaT and Translate Toolkit read this form.
  case v2008 = "2008"
  /// ISO 30042:2019: `<tbx>` in `urn:iso:std:iso:30042:ed-2`, DCA style,
  /// conceptEntry / langSec / termSec.
  case v2019 = "2019"
}

/// How term types, statuses and parts of speech are written in TBX-Basic,
/// and read back from TBX files made by `tm` or by other tools.
enum TBXDataCategories {
  static func termType(_ type: TermType) -> String {
    switch type {
    case .full: "fullForm"
    case .acronym: "acronym"
    case .short: "shortForm"
    case .variant: "variant"
    }
  }

  static func administrativeStatus(_ status: TermStatus) -> String {
    switch status {
    case .preferred: "preferredTerm-admn-sts"
    case .admitted: "admittedTerm-admn-sts"
    case .deprecated: "deprecatedTerm-admn-sts"
    }
  }

  /// TBX-Basic 2019 has no `properNoun`: it is written as `noun` there.
  static func partOfSpeech(_ partOfSpeech: PartOfSpeech, version: TBXVersion) -> String {
    partOfSpeech == .properNoun && version == .v2019 ? "noun" : partOfSpeech.rawValue
  }

  /// A `termType` value: the TBX-Basic ones and the ISO 12620 ones that
  /// mean the same to `tm` (case does not matter).
  static func termType(reading value: String) -> TermType? {
    switch value.lowercased() {
    case "fullform", "phrase", "entryterm", "commonname", "internationalscientificterm": .full
    case "acronym", "initialism": .acronym
    case "shortform", "abbreviation", "clippedterm", "shortcut": .short
    case "variant", "synonym", "orthographicalvariant", "transcribedform", "transliteratedform", "romanizedform": .variant
    default: nil
    }
  }

  static let termTypeValues = "fullForm, acronym, abbreviation, shortForm, variant or phrase"

  /// An `administrativeStatus` (or older `normativeAuthorization`) value, in
  /// its TBX form or its short display form ("preferred", "notRecommended").
  static func status(reading value: String) -> TermStatus? {
    switch value.lowercased() {
    case "preferredterm-admn-sts", "preferred", "standardizedterm-admn-sts": .preferred
    case "admittedterm-admn-sts", "admitted": .admitted
    case "deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecated", "superseded", "notrecommended",
      "obsolete", "forbiddenterm-admn-sts":
      .deprecated
    default: nil
    }
  }

  static let statusValues =
    "preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts"

  static func partOfSpeech(reading value: String) -> PartOfSpeech? {
    PartOfSpeech.allCases.first { $0.rawValue.lowercased() == value.lowercased() }
  }

  static let partOfSpeechValues = "noun, properNoun, verb, adjective, adverb or other"
}
