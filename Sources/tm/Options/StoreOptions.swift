import ArgumentParser
import Foundation
import Glossary

/// `--db`, shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("db"),
    help: ArgumentHelp(
      "The store to use (default: TM_DB, else .tm/tm.sqlite in the project, built from data/ and seeds/).",
      valueName: "path"))
  var path: String?

  /// Opens the workspace, printing rebuild notices on stderr; `createStore`
  /// creates a missing store outside a project.
  func openWorkspace(createStore: Bool = false) throws -> Workspace {
    let environment = ProcessInfo.processInfo.environment["TM_DB"].flatMap { $0.isEmpty ? nil : $0 }
    return try Workspace.open(
      storePath: path ?? environment,
      from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), createStore: createStore,
      notice: { Terminal.standardError.write($0 + "\n") })
  }
}

/// `--format text|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
