import ArgumentParser
import Glossary

extension TM {
  /// `tm build`: rebuild the store from data/ and seeds/ now.
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Rebuild the store from data/ and seeds/.",
      discussion: "Other commands rebuild automatically when the sources change; this forces it.")

    @OptionGroup var store: StoreOptions

    func run() throws {
      let workspace = try store.openWorkspace(refresh: false)
      guard let summary = try workspace.refresh(force: true) else { return }
      print(
        "built \(summary.concepts) concepts, \(summary.terms) terms, \(summary.occurrences) occurrences, "
          + "\(summary.seedUnits) translation units aligned from the seeds")
    }
  }
}
