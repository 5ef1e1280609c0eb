import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm export`: write the term base as TBX, CSV or TSV, or the memory as TMX.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the term base as TBX (2008 or 2019), CSV or TSV, or the translation memory as TMX.",
      discussion: """
        TBX is TBX-Basic: the 2008 form (<martif>, read by OmegaT and Translate Toolkit) unless \
        --tbx-version 2019. CSV and TSV have one row per concept and a column per language; \
        --omegat writes OmegaT's glossary layout instead (source TAB target TAB comment). \
        TMX is TMX 1.4b with every unit of the memory in the order it was added, English as the source \
        and the --langs targets (units with none of them are left out, and counted). \
        Headers carry the date of SOURCE_DATE_EPOCH when it is set, else today's.
        """)

    @Option(help: "The format: tbx, csv, tsv or tmx.") var format: ExportFormat = .tbx

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

    @Option(parsing: .unconditional, help: "The most context sentences per concept in TBX (0 for none; default: 3).")
    var contexts: Int?

    @Option(help: ArgumentHelp("Write to this file, atomically, instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
      if tbxVersion != nil && format != .tbx { throw ValidationError("--tbx-version applies to --format tbx only") }
      if omegaT && format != .tsv { throw ValidationError("--omegat applies to --format tsv only") }
      if format == .tmx, try languages().contains(.kkLatn) {
        throw ValidationError("--format tmx has no kk-Latn: the memory holds Kazakh in Cyrillic only")
      }
      if format == .tmx, try !languages().contains(where: { $0 == .ru || $0 == .kk }) {
        throw ValidationError("--format tmx needs a target language in --langs: ru or kk")
      }
      if try omegaT && languages().count != 2 {
        throw ValidationError("--omegat needs --langs with a source and a target language, e.g. --langs en,kk")
      }
      if let contexts, contexts < 0 { throw ValidationError("--contexts must be 0 or more") }
      if contexts != nil && format != .tbx { throw ValidationError("--contexts applies to --format tbx only") }
      if noKazakhLatin && format == .tmx { throw ValidationError("--no-kk-latn does not apply to --format tmx: the memory has no kk-Latn") }
      if output?.isEmpty == true { throw ValidationError("--output names no file") }
      guard try !options().sectionTags.isEmpty else { throw ValidationError("--langs and --no-kk-latn leave no language") }
    }

    /// `--langs`, parsed.
    func languages() throws -> [LanguageTag] {
      guard let langs else { return [.en, .ru, .kk] }
      var tags: [LanguageTag] = []
      for name in langs.split(separator: ",") {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        // Language tags in any case (kk-latn, EN), as BCP 47 allows.
        guard let tag = LanguageTag.allCases.first(where: { $0.rawValue.lowercased() == trimmed.lowercased() }) else {
          throw ValidationError("unknown language '\(trimmed)' in --langs (expected en, ru, kk or kk-Latn)")
        }
        guard !tags.contains(tag) else { throw ValidationError("'\(tag.rawValue)' is named twice in --langs") }
        tags.append(tag)
      }
      return tags
    }

    /// The options, as the library takes them.
    func options() throws -> ExportOptions {
      var options = ExportOptions()
      options.languages = try languages()
      options.kazakhLatin = !noKazakhLatin
      options.tbxVersion = tbxVersion ?? .v2008
      options.omegaT = omegaT
      options.contextsPerConcept = contexts ?? 3
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
        let summary = try workspace.export(format, options: options, to: sink)
        try sink.flush()
        report(summary, options)
        return
      }
      let sink = try AtomicFileSink(destination: URL(fileURLWithPath: output), name: output)
      let summary = try workspace.export(format, options: options, to: sink)
      try sink.commit()
      report(summary, options)
      Terminal.standardError.write("tm: wrote \(summary.entries) \(noun(summary.entries)) to \(output)\n")
    }

    /// What an export wrote is counted in: concepts, or units for TMX.
    func noun(_ count: Int) -> String {
      switch format.content {
      case .termBase: count == 1 ? "concept" : "concepts"
      case .memory: count == 1 ? "unit" : "units"
      }
    }

    /// Says on stderr how many units had none of the chosen translations.
    func report(_ summary: Workspace.ExportSummary, _ options: ExportOptions) {
      guard summary.leftOut > 0 else { return }
      Terminal.standardError.write(
        "tm: left out \(summary.leftOut) \(summary.leftOut == 1 ? "unit" : "units") without a translation in \(options.languages.filter { $0 != .en }.map(\.rawValue).joined(separator: " or "))\n")
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
extension TBXVersion: ExpressibleByArgument {}
