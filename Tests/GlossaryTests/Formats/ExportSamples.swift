import Foundation
@testable import Glossary

/// Small term bases for the export and import tests.
enum ExportSamples {
  static let nurlyZhol = Concept(
    id: "nurly-zhol", definition: "Kazakhstan's infrastructure programme & policy <2014>.", subject: "economy",
    notes: ["announced in November 2014"], sources: ["000_9d24610990cee87c.txt"],
    terms: [
      Term(text: "Nurly Zhol", tag: .en, type: .full, status: .preferred),
      Term(text: "Bright Path", tag: .en, type: .variant, status: .admitted, note: "English gloss"),
      Term(text: "«Нұрлы жол»", tag: .ru, type: .full, status: .preferred),
      Term(text: "«Нұрлы жол»", tag: .kk, type: .full, status: .preferred),
      Term(text: "«Nūrly jol»", tag: .kkLatn, type: .full, status: .preferred),
    ])

  static let sco = Concept(
    id: "sco", definition: "An organisation.", subject: "international organisations",
    terms: [
      Term(text: "Shanghai Cooperation Organisation", tag: .en, type: .full, status: .preferred),
      Term(text: "SCO", tag: .en, type: .acronym, status: .preferred),
      Term(text: "Shanghai Organization for Cooperation", tag: .en, type: .variant, status: .deprecated),
      Term(text: "Шанхайская организация сотрудничества", tag: .ru, type: .full, status: .preferred),
      Term(text: "ШОС", tag: .ru, type: .acronym, status: .preferred),
      Term(text: "Шанхай ынтымақтастық ұйымы", tag: .kk, type: .full, status: .preferred),
      Term(text: "ШЫҰ", tag: .kk, type: .acronym, status: .preferred),
    ])

  static let occurrences: [String: [Occurrence]] = [
    "nurly-zhol": [
      Occurrence(
        file: "000_9d24610990cee87c.txt", line: 11, sentence: "A synergy with the Nurly Zhol (Bright Path) & BRI.",
        matched: "Nurly Zhol"),
      Occurrence(file: "000_9d24610990cee87c.txt", line: 12, sentence: "The Bright Path's aims.", matched: "Bright Path's"),
    ]
  ]

  static var options: ExportOptions {
    var options = ExportOptions()
    options.creationToolVersion = "9.9"
    options.date = Date(timeIntervalSince1970: 1_700_000_000)
    return options
  }

  /// The export of `concepts` in `format`, as text.
  static func text(
    _ concepts: [Concept], _ format: ExportFormat, _ options: ExportOptions = options,
    occurrences: [String: [Occurrence]] = occurrences
  ) throws -> String {
    let export = try TermBaseExportBuilder(
      languages: options.sectionTags, contextsPerConcept: format == .tbx ? options.contextsPerConcept : 0
    ).build(concepts: concepts, occurrences: occurrences)
    let sink = StringSink()
    try format.termBaseExporter(options).write(export, to: sink)
    return sink.text
  }

  /// The shipped term base, exported.
  static func shipped(_ format: ExportFormat, _ options: ExportOptions = options) throws -> String {
    let base = Repository.termBase
    var occurrences: [String: [Occurrence]] = [:]
    for (c, concept) in base.concepts.enumerated() { occurrences[concept.id] = base.occurrences[c] }
    return try text(base.concepts, format, options, occurrences: occurrences)
  }
}
