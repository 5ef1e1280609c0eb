import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm import`: merge a TBX file into the term base.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import a TBX file (2008 or 2019) into the term base.",
      discussion: """
        Entries merge into the concepts they share terms with; the others become new concepts. \
        Imported entries are kept in the store apart from data/, and survive every rebuild. \
        With --db, a store that does not exist is created.
        """)

    @Argument(help: ArgumentHelp("The file to import (.tbx).", valueName: "file")) var file: String

    @OptionGroup var store: StoreOptions

    func run() throws {
      let url = URL(fileURLWithPath: file)
      guard url.pathExtension.lowercased() == "tbx" else {
        throw ValidationError("cannot import '\(file)': tm import reads .tbx files")
      }
      let workspace = try store.openWorkspace(creatingStore: true)
      let report = try workspace.importTermBase(from: url, file: file)
      for warning in report.warnings { Terminal.standardError.write("\(warning)\n") }
      print(ImportSummary.render(report, file: file))
    }
  }
}
