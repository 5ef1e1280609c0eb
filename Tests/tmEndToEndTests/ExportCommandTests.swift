import Foundation
import Testing

/// `tm export`, run as a user runs it.
@Suite(.serialized) struct ExportCommandTests {
  @Test func writesTBX2008ToStandardOutput() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["export"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\">\n"))
    #expect(output.stdout.contains("<termEntry id=\"nurly-zhol\">"))
    #expect(output.stdout.contains("<langSet xml:lang=\"kk-Latn\">"))
    #expect(output.stdout.hasSuffix("</martif>\n"))
    let noLatin = try tm.run(["export", "--no-kk-latn", "--langs", "en,kk"])
    #expect(!noLatin.stdout.contains("kk-Latn"))
    #expect(!noLatin.stdout.contains("xml:lang=\"ru\""))
    let v2019 = try tm.run(["export", "--tbx-version", "2019"])
    #expect(v2019.stdout.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xmlns=\"urn:iso:std:iso:30042:ed-2\" xml:lang=\"en\">"))
  }

  @Test func outputIsWrittenAtomically() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("old content\n", to: "out/glossary.csv")
    let output = try tm.run(["export", "--format", "csv", "--output", "out/glossary.csv"])
    #expect(output.status == 0)
    #expect(output.stdout == "")
    #expect(output.stderr.hasSuffix("tm: wrote 95 concepts to out/glossary.csv\n"))
    #expect(try tm.read("out/glossary.csv").hasPrefix("id,en,ru,kk,kk-Latn,definition,subject\r\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: tm.url("out").path) == ["glossary.csv"])

    // A failed export leaves the file as it was and no temporary file: here
    // a store whose only entry is in a language tm does not hold.
    let empty = try TMRunner(withData: false)
    defer { empty.remove() }
    try empty.write(
      "<martif type=\"TBX-Basic\" xml:lang=\"en\"><text><body><termEntry id=\"x\">"
        + "<langSet xml:lang=\"fr\"><tig><term>bonjour</term></tig></langSet></termEntry></body></text></martif>",
      to: "fr.tbx")
    #expect(try empty.run(["import", "fr.tbx", "--db", "s.sqlite"]).status == 0)
    try empty.write("old content\n", to: "out/glossary.tbx")
    let failed = try empty.run(["export", "--db", "s.sqlite", "--output", "out/glossary.tbx"])
    #expect(failed.status == 1)
    #expect(failed.stderr == "Error: nothing to export: no concept has a term in en, ru, kk, kk-Latn\n")
    #expect(try empty.read("out/glossary.tbx") == "old content\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: empty.url("out").path) == ["glossary.tbx"])
  }

  @Test func writesOmegaTsGlossaryLayout() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["export", "--format", "tsv", "--omegat", "--langs", "en,kk"])
    #expect(output.status == 0)
    let rows = output.stdout.split(separator: "\n")
    #expect(rows[0].hasPrefix("# tm 0.1.0 glossary, en to kk, exported on "))
    #expect(rows.contains { $0.hasPrefix("SCO\tШЫҰ\t") })
    #expect(rows.contains { $0.hasPrefix("Shanghai Organization for Cooperation\tШанхай ынтымақтастық ұйымы\tdeprecated en term, use 'Shanghai Cooperation Organisation'") })
    #expect(rows.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
  }

  @Test func usageErrorsUseArgumentParserStatus() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    for arguments in [
      ["export", "--format", "pdf"], ["export", "--format", "tmx", "--langs", "en"], ["export", "--format", "tmx", "--tbx-version", "2008"],
      ["export", "--omegat"], ["export", "--format", "tsv", "--omegat"],
      ["export", "--format", "csv", "--tbx-version", "2019"], ["export", "--langs", "en,fr"], ["export", "--tbx-version", "2010"],
      ["export", "--contexts", "-1"], ["export", "--langs", "kk-Latn", "--no-kk-latn"],
    ] {
      let output = try tm.run(arguments)
      #expect(output.status == 64, "\(arguments)")
      #expect(output.stdout == "")
    }
    #expect(try tm.run(["export", "--langs", "en,fr"]).stderr.contains("unknown language 'fr' in --langs (expected en, ru, kk or kk-Latn)"))
  }

  /// The interpreter that has Translate Toolkit: TM_PYTHON (set by .ci/run),
  /// else python3.
  static let python = ProcessInfo.processInfo.environment["TM_PYTHON"] ?? "/usr/bin/env"
  static let pythonArguments = ProcessInfo.processInfo.environment["TM_PYTHON"] == nil ? ["python3"] : []
  static let hasTranslateToolkit: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = pythonArguments + ["-c", "import translate.storage.tbx"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  @Test(.enabled(if: hasTranslateToolkit, "needs Translate Toolkit: set TM_PYTHON or pip install translate-toolkit (.ci/run does)"))
  func translateToolkitReadsEveryEntry() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    #expect(try tm.run(["export", "--output", "tm.tbx"]).status == 0)
    // The expected terms come straight from data/termbase, not through tm.
    var concepts: [String: [String: [String]]] = [:]
    for file in try FileManager.default.contentsOfDirectory(atPath: tm.url("data/termbase").path) where file.hasSuffix(".tsv") {
      for line in try tm.read("data/termbase/\(file)").split(separator: "\n") where !line.hasPrefix("#") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 3, ["en", "ru", "kk"].contains(fields[1]) else { continue }
        concepts[fields[0], default: ["en": [], "ru": [], "kk": []]][fields[1]]!.append(fields[2])
      }
    }
    let expected = ["concepts": concepts, "languages": ["en", "kk", "kk-Latn", "ru"]] as [String: Any]
    try JSONSerialization.data(withJSONObject: expected).write(to: tm.url("expected.json"))
    let (status, report) = try Self.runClientTest("test_tbx_clients.py", [tm.url("tm.tbx"), tm.url("expected.json")])
    #expect(status == 0, "\(report)")
    #expect(report.contains("ok    95 units, expected 95"))
  }

  /// Runs a script of Tests/clients with Python: its exit status and what it printed.
  static func runClientTest(_ script: String, _ files: [URL]) throws -> (status: Int32, report: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments =
      pythonArguments + [TMRunner.repository.appendingPathComponent("Tests/clients/\(script)").path] + files.map(\.path)
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, report)
  }
}
