import ArgumentParser
import Foundation
import Glossary

extension TM {
  /// `tm check`: stray lines, mixed-script words and non-preferred terms.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find stray lines, mixed-script words and non-preferred terms in source documents.",
      discussion: """
        Prints one finding per line, FILE:LINE:COLUMN: KIND: message (columns count characters), \
        then a summary; --format json prints JSON Lines instead. Exit status: 0 when nothing is \
        found, 1 when something is, 2 on an error (an unreadable file, invalid UTF-8). Without a \
        project or a store, non-preferred terms are not checked.
        """)

    @Argument(help: "Files, or folders searched for .txt files; - reads standard input.") var paths: [String] = []

    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    @Option(help: "The language the documents should be in: en, ru or kk.") var expect: Language = .en

    @Flag(help: "Write the mixed-script corrections into the files, keeping the old one as FILE.orig.")
    var fix = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard !paths.isEmpty else { throw ValidationError("give at least one file or folder to check") }
      if fix && paths.contains(TextFileSearch.standardInputPath) {
        throw ValidationError("--fix writes files: it cannot fix standard input ('-')")
      }
    }

    func run() throws {
      let errors = Terminal.standardError
      func fail(_ error: Error) { errors.write("Error: \(error)\n") }
      let checker: DocumentChecker
      do {
        checker = try makeChecker()
      } catch {
        fail(error)
        throw ExitCode(2)
      }
      // A path that cannot be used is reported; the others are still checked.
      var pathFailures = 0
      var files: [TextFileSearch.File] = []
      for result in TextFileSearch.files(
        for: paths, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      {
        switch result {
        case .success(let found): files += found
        case .failure(let error):
          fail(error)
          pathFailures += 1
        }
      }
      var counts: [Finding.Kind: Int] = [:]
      var fileFailures = 0
      var fixFailed = false
      let terminal = Terminal.standardOutput
      for file in files {
        let findings: [Finding]
        do {
          findings = try checker.check(fileAt: file.url, named: file.name)
        } catch {
          fail(error)
          fileFailures += 1
          continue
        }
        for finding in findings {
          counts[finding.kind, default: 0] += 1
          switch format {
          case .text: print(FindingText.render(finding, on: terminal))
          case .json: print(FindingJSON.render(finding).serialized())
          }
        }
        if fix {
          let corrections = findings.filter { $0.kind == .mixedScript }
          do {
            let applied = try FixWriter.apply(corrections, to: file.url)
            if applied > 0 {
              errors.write("tm: fixed \(applied) mixed-script word\(applied == 1 ? "" : "s") in \(file.name) (backup: \(file.name).orig)\n")
            }
          } catch {
            fail(error)
            fixFailed = true
          }
        }
      }
      let total = counts.values.reduce(0, +)
      if format == .text {
        print(
          FindingText.summary(
            counts: counts, files: files.count - fileFailures, notChecked: pathFailures + fileFailures))
      }
      if pathFailures + fileFailures > 0 || fixFailed { throw ExitCode(2) }
      if total > 0 { throw ExitCode.failure }
    }

    /// The checker with the store's term base; without a project and a
    /// store, the checks that need none, with a notice.
    private func makeChecker() throws -> DocumentChecker {
      if let workspace = try store.openWorkspaceIfAny() { return try workspace.documentChecker(expecting: expect) }
      Terminal.standardError.write("tm: no project or store (--db, TM_DB): not checking non-preferred terms\n")
      return try DocumentChecker(expected: expect, concepts: nil)
    }
  }
}
