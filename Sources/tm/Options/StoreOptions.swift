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

  func validate() throws {
    if path?.isEmpty == true { throw ValidationError("--db names no file") }
  }

  /// Opens the workspace, printing rebuild notices on stderr; `refresh: false`
  /// skips the automatic rebuild, `creatingStore` creates a `--db` store that
  /// does not exist yet.
  func openWorkspace(refresh: Bool = true, creatingStore: Bool = false) throws -> Workspace {
    let environment = ProcessInfo.processInfo.environment["TM_DB"].flatMap { $0.isEmpty ? nil : $0 }
    return try Workspace.open(
      storePath: path ?? environment,
      from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), refresh: refresh,
      creatingStore: creatingStore,
      notice: { Terminal.standardError.write($0 + "\n") })
  }
}

extension StoreOptions {
  /// The workspace, or nil when there is no project here and no store was
  /// named (commands that can work without a term base).
  func openWorkspaceIfAny() throws -> Workspace? {
    do {
      return try openWorkspace()
    } catch WorkspaceError.noProject {
      return nil
    }
  }
}

/// `--format text|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
