import Foundation
import Testing

/// Files `tm` writes (`tm export --output`, `tm match --timings`): a path it
/// cannot write is named before any work, and nothing is left half-written.
@Suite(.serialized) struct OutputFileTests {
  @Test func unwritablePathsAreNamedBeforeAnyWork() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try FileManager.default.createDirectory(at: tm.url("folder"), withIntermediateDirectories: true)
    try tm.write("Kazakhstan ties\n", to: "queries.txt")
    let cases: [([String], String)] = [
      (["export", "--output", "missing/tm.tbx"], "Error: missing/tm.tbx: no folder 'missing' to write the file in\n"),
      (["export", "--output", "folder"], "Error: folder: is a folder, not a file\n"),
      (
        ["match", "--queries", "queries.txt", "--timings", "missing/t.txt"],
        "Error: missing/t.txt: no folder 'missing' to write the file in\n"
      ),
      (["match", "--queries", "queries.txt", "--timings", "folder"], "Error: folder: is a folder, not a file\n"),
    ]
    #expect(try tm.run(["build"]).status == 0)
    for (arguments, message) in cases {
      let output = try tm.run(arguments)
      #expect(output.status == 1)
      #expect(output.stdout == "", "no work is done: \(arguments)")
      #expect(output.stderr == message)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: tm.url("folder").path).isEmpty)
  }

  @Test func emptyPathsAndContradictionsAreUsageErrors() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let cases: [([String], String)] = [
      (["export", "--output", ""], "Error: --output names no file\n"),
      (["match", "--queries", ""], "Error: --queries names no file\n"),
      (["match", "--queries", "q.txt", "--timings", ""], "Error: --timings names no file\n"),
      (["match", "--queries", "q.txt", "--format", "text"], "Error: --queries writes JSON Lines: --format text does not apply\n"),
    ]
    for (arguments, message) in cases {
      let output = try tm.run(arguments)
      #expect(output.status == 64)
      #expect(output.stderr.hasPrefix(message), "\(output.stderr)")
    }
  }

  /// `tm … | head -1` under a parent that ignores SIGPIPE: `tm` ends as
  /// quietly as when SIGPIPE kills it, with no error and no backtrace.
  @Test func aClosedPipeEndsTMQuietly() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write(String(repeating: "Kazakhstan ties with China\n", count: 20_000), to: "queries.txt")
    #expect(try tm.run(["build"]).status == 0)
    for arguments in ["match --queries queries.txt", "export --format tmx"] {
      let shell = Process()
      shell.executableURL = URL(fileURLWithPath: "/bin/sh")
      shell.arguments = [
        "-c", "trap '' PIPE; ('\(TMRunner.executable.path)' \(arguments) 2>stderr.txt; echo $? >status.txt) | head -c 1",
      ]
      shell.currentDirectoryURL = tm.directory
      shell.standardOutput = FileHandle.nullDevice
      try shell.run()
      shell.waitUntilExit()
      #expect(try tm.read("stderr.txt") == "", "\(arguments)")
      #expect(try tm.read("status.txt") == "141\n", "\(arguments): killed by SIGPIPE, as filters are")
    }
  }

  @Test func anExportReplacesTheFileALinkPointsToAndKeepsItsPermissions() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("old\n", to: "exports/tm.csv")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: tm.url("exports/tm.csv").path)
    try FileManager.default.createSymbolicLink(atPath: tm.url("latest.csv").path, withDestinationPath: "exports/tm.csv")
    let output = try tm.run(["export", "--format", "csv", "--output", "latest.csv"])
    #expect(output.status == 0)
    #expect(output.stderr.hasSuffix("tm: wrote 95 concepts to latest.csv\n"))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: tm.url("latest.csv").path) == "exports/tm.csv")
    #expect(try tm.read("exports/tm.csv").hasPrefix("id,en,ru,kk,kk-Latn,definition,subject\r\n"))
    let permissions = try FileManager.default.attributesOfItem(atPath: tm.url("exports/tm.csv").path)[.posixPermissions]
    #expect((permissions as? NSNumber)?.intValue == 0o600)
  }

  /// Ctrl-C during `tm export --output` ends the export as SIGINT would, and
  /// leaves neither the temporary file nor a changed FILE.
  @Test func anInterruptedExportLeavesNoTemporaryFile() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    var rows = "en\tru\n"
    for i in 0..<30_000 { rows += "Sentence \(i) on the Belt and Road.\tПредложение \(i) о Поясе и пути.\n" }
    try tm.write(rows, to: "big.tsv")
    #expect(try tm.run(["import", "big.tsv", "--db", "big.sqlite"]).status == 0)
    try tm.write("old\n", to: "big.tmx")
    let process = tm.makeProcess(["export", "--format", "tmx", "--db", "big.sqlite", "--output", "big.tmx"])
    process.standardError = FileHandle.nullDevice
    func temporaries() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: tm.directory.path).filter { $0.hasPrefix(".big.tmx.tm-") }
    }
    try process.run()
    while try temporaries().isEmpty, process.isRunning { usleep(500) }
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "interrupted while writing \(process.terminationStatus)")
    #expect(try temporaries().isEmpty)
    #expect(try tm.read("big.tmx") == "old\n")
  }
}
