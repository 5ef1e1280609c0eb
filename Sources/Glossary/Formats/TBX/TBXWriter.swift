/// Writes the term base as TBX-Basic, in the 2008 form (`<martif>`, no
/// namespace, the one OmegaT and Translate Toolkit read) or the 2019 form
/// (`<tbx>`, DCA style).
///
/// Each data category sits where TBX-Basic allows it: subject field,
/// definition, sources (`admin type="source"`) and notes on the entry; term
/// type, administrative status and part of speech on the term; contexts on
/// the term, each in a `descripGrp` with its source (`file:line` in the
/// seeds); term notes on the term.
public struct TBXWriter: TermBaseExporter {
  public var version: TBXVersion
  public var options: ExportOptions

  public init(version: TBXVersion, options: ExportOptions) {
    self.version = version
    self.options = options
  }

  /// The namespace of ISO 30042:2019.
  public static let namespace2019 = "urn:iso:std:iso:30042:ed-2"

  /// Element names that differ between the two forms.
  private var names: (root: String, header: String, entry: String, language: String, term: String) {
    switch version {
    case .v2008: ("martif", "martifHeader", "termEntry", "langSet", "tig")
    case .v2019: ("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec")
    }
  }

  public func write(_ export: TermBaseExport, to sink: any TextSink) throws {
    let xml = XMLWriter(sink)
    try xml.declaration()
    switch version {
    case .v2008:
      try xml.open("martif", [("type", "TBX-Basic"), ("xml:lang", "en")])
    case .v2019:
      try xml.processingInstruction(
        "xml-model",
        #"href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0""#
      )
      try xml.processingInstruction(
        "xml-model",
        #"href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron""#
      )
      try xml.open(
        "tbx", [("type", "TBX-Basic"), ("style", "dca"), ("xmlns", Self.namespace2019), ("xml:lang", "en")])
    }
    try writeHeader(export, xml)
    try xml.open("text")
    try xml.open("body")
    for entry in export.entries { try write(entry, xml) }
    try xml.close()
    try xml.close()
    try xml.close()
    xml.finish()
  }

  private func writeHeader(_ export: TermBaseExport, _ xml: XMLWriter) throws {
    try xml.open(names.header)
    try xml.open("fileDesc")
    try xml.open("titleStmt")
    try xml.element("title", text: "\(options.creationTool) term base: \(export.languages.map(\.rawValue).joined(separator: ", "))")
    try xml.close()
    try xml.open("sourceDesc")
    try xml.element(
      "p", text: "Exported by \(options.creationTool) \(options.creationToolVersion) on \(options.dateStamp).")
    try xml.close()
    try xml.close()
    if version == .v2008 {
      try xml.open("encodingDesc")
      try xml.element("p", [("type", "XCSURI")], text: "TBXBasicXCSV02.xcs")
      try xml.close()
    }
    try xml.close()
  }

  private func write(_ entry: TermBaseExport.Entry, _ xml: XMLWriter) throws {
    let concept = entry.concept
    try xml.open(names.entry, [("id", Self.xmlID(concept.id))])
    if let subject = concept.subject { try xml.element("descrip", [("type", "subjectField")], text: subject) }
    if !concept.definition.isEmpty {
      try xml.element("descrip", [("type", "definition")], text: concept.definition)
    }
    for source in concept.sources { try xml.element("admin", [("type", "source")], text: source) }
    for note in concept.notes { try xml.element("note", text: note) }
    let partOfSpeech = TBXDataCategories.partOfSpeech(entry.partOfSpeech, version: version)
    for section in entry.sections {
      try xml.open(names.language, [("xml:lang", section.tag.rawValue)])
      for exported in section.terms {
        let term = exported.term
        try xml.open(names.term)
        try xml.element("term", text: term.text)
        try xml.element("termNote", [("type", "termType")], text: TBXDataCategories.termType(term.type))
        try xml.element(
          "termNote", [("type", "administrativeStatus")], text: TBXDataCategories.administrativeStatus(term.status))
        try xml.element("termNote", [("type", "partOfSpeech")], text: partOfSpeech)
        for context in exported.contexts {
          try xml.open("descripGrp")
          try xml.element("descrip", [("type", "context")], text: context.sentence)
          try xml.element(
            "admin", [("type", "source")], text: context.line > 0 ? "\(context.file):\(context.line)" : context.file)
          try xml.close()
        }
        if let note = term.note { try xml.element("note", text: note) }
        try xml.close()
      }
      try xml.close()
    }
    try xml.close()
  }

  /// The concept id as an XML ID, which must start with a letter: ids
  /// that start otherwise get an `id-` prefix.
  static func xmlID(_ id: String) -> String {
    id.first?.isLetter == true ? id : "id-" + id
  }
}
