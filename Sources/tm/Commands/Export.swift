import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm export`: write the term base as TBX, CSV or TSV.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the term base as TBX (2008 or 2019), CSV or TSV.",
      discussion: """
        TBX is TBX-Basic: the 2008 form (<martif>, read by OmegaT and Translate Toolkit) unless \
        --tbx-version 2019. CSV and TSV have one row per concept and a column per language; \
        --omegat writes OmegaT's glossary layout instead (source TAB target TAB comment). \
        Headers carry the date of SOURCE_DATE_EPOCH when it is set, else today's.
        """)

    @Option(help: "The format: tbx, csv or tsv.") var format: ExportFormat = .tbx

    @Option(
      help: ArgumentHelp(
        "The languages, comma-separated, in order (default: en,ru,kk); for --omegat, source then target.",
        valueName: "en,ru,kk"))
    var langs: String?

    @Option(name: .customLong("tbx-version"), help: "The TBX form: 2008 (default) or 2019.")
    var tbxVersion: TBXVersion?

    @Flag(name: .customLong("no-kk-latn"), help: "Leave out the derived Kazakh Latin (kk-Latn) terms.")
    var noKazakhLatin = false

    @Flag(name: .customLong("omegat"), help: "With --format tsv: OmegaT's glossary layout for two languages.")
    var omegaT = false

    @Option(help: "The most context sentences per concept in TBX (0 for none).") var contexts = 3

    @Option(help: ArgumentHelp("Write to this file, atomically, instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
      if tbxVersion != nil && format != .tbx { throw ValidationError("--tbx-version applies to --format tbx only") }
      if omegaT && format != .tsv { throw ValidationError("--omegat applies to --format tsv only") }
      if try omegaT && languages().count != 2 {
        throw ValidationError("--omegat needs --langs with a source and a target language, e.g. --langs en,kk")
      }
      guard contexts >= 0 else { throw ValidationError("--contexts must be 0 or more") }
      guard try !options().sectionTags.isEmpty else { throw ValidationError("--langs and --no-kk-latn leave no language") }
    }

    /// `--langs`, parsed.
    func languages() throws -> [LanguageTag] {
      guard let langs else { return [.en, .ru, .kk] }
      return try langs.split(separator: ",").map { name in
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let tag = LanguageTag(rawValue: trimmed) else {
          throw ValidationError("unknown language '\(trimmed)' in --langs (expected en, ru, kk or kk-Latn)")
        }
        return tag
      }
    }

    /// The options, as the library takes them.
    func options() throws -> ExportOptions {
      var options = ExportOptions()
      options.languages = try languages()
      options.kazakhLatin = !noKazakhLatin
      options.tbxVersion = tbxVersion ?? .v2008
      options.omegaT = omegaT
      options.contextsPerConcept = contexts
      options.creationTool = "tm"
      options.creationToolVersion = TM.configuration.version
      if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
        options.date = Date(timeIntervalSince1970: epoch)
      }
      return options
    }

    func run() throws {
      let options = try options()
      let workspace = try store.openWorkspace()
      guard let output else {
        let sink = FileHandleSink.standardOutput
        _ = try workspace.export(format, options: options, to: sink)
        try sink.flush()
        return
      }
      let sink = try AtomicFileSink(destination: URL(fileURLWithPath: output))
      let summary = try workspace.export(format, options: options, to: sink)
      try sink.commit()
      Terminal.standardError.write("tm: wrote \(summary.entries) concepts to \(output)\n")
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
extension TBXVersion: ExpressibleByArgument {}
