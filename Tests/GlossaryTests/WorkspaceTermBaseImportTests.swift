import Foundation
import Testing
@testable import Glossary

/// `Workspace.importTermBase` and `Workspace.export`: the store, rebuilds and
/// round trips.
@Suite struct WorkspaceTermBaseImportTests {
  /// A project holding copies of the repository's data/ and seeds/.
  func project() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    for folder in ["data", "seeds"] {
      try FileManager.default.copyItem(
        at: Repository.root.appendingPathComponent(folder), to: directory.url.appendingPathComponent(folder))
    }
    return directory
  }

  static let tbx = """
    <martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
    <text><body>
    <termEntry id="x1"><langSet xml:lang="en"><tig><term>Nurly Zhol</term></tig></langSet>
      <langSet xml:lang="ru"><tig><term>Нұрлы Жол (программа)</term></tig></langSet></termEntry>
    <termEntry id="zebra"><descrip type="definition">A test concept.</descrip>
      <langSet xml:lang="en"><tig><term>Zebra Protocol</term></tig></langSet></termEntry>
    </body></text></martif>
    """

  func export(_ workspace: Workspace, _ format: ExportFormat = .tbx) throws -> String {
    let sink = StringSink()
    _ = try workspace.export(format, options: ExportSamples.options, to: sink)
    return sink.text
  }

  @Test func importedEntriesSurviveARebuildFromData() throws {
    let directory = try project()
    let workspace = try Workspace.open(storePath: nil, from: directory.url)
    let file = try directory.write(Self.tbx, to: "in.tbx")
    let report = try workspace.importTermBase(from: file, file: "in.tbx")
    #expect(report.mergedConcepts == ["nurly-zhol"])
    #expect(report.newConcepts == ["zebra"])
    #expect(try workspace.lookup("Zebra Protocol").hits.first?.concept.id == "zebra")

    // data/ changes: the next open rebuilds from data/ and merges the import again.
    let places = directory.url.appendingPathComponent("data/termbase/places.tsv")
    try (try String(contentsOf: places, encoding: .utf8) + "# changed\n").write(to: places, atomically: true, encoding: .utf8)
    var notices: [String] = []
    let reopened = try Workspace.open(storePath: nil, from: directory.url) { notices.append($0) }
    #expect(notices.count == 1)
    #expect(try reopened.lookup("Zebra Protocol").hits.first?.concept.id == "zebra")
    let zhol = try #require(try reopened.termIndex().concepts.first { $0.id == "nurly-zhol" })
    #expect(zhol.terms.contains { $0.text == "Нұрлы Жол (программа)" && $0.tag == .ru })
    #expect(try reopened.refresh(force: true)?.concepts == Repository.termBase.concepts.count + 1)
  }

  @Test func aFailedImportLeavesTheStoreAsItWas() throws {
    let directory = try project()
    let workspace = try Workspace.open(storePath: nil, from: directory.url)
    let before = try export(workspace)
    let broken = try directory.write(Self.tbx.replacingOccurrences(of: "<tig><term>Zebra", with: "<tig><term>Ze\u{85}bra"), to: "bad.tbx")
    #expect(throws: InputError.self) { try workspace.importTermBase(from: broken, file: "bad.tbx") }
    let reopened = try Workspace.open(storePath: nil, from: directory.url)
    #expect(try export(reopened) == before)
  }

  @Test func anExportImportedIntoAnEmptyStoreExportsTheSame() throws {
    let directory = try project()
    let workspace = try Workspace.open(storePath: nil, from: directory.url)
    let empty = try TemporaryDirectory()
    for version in TBXVersion.allCases {
      var options = ExportSamples.options
      options.tbxVersion = version
      let sink = StringSink()
      _ = try workspace.export(.tbx, options: options, to: sink)
      let file = try empty.write(sink.text, to: "export-\(version.rawValue).tbx")
      let store = empty.url.appendingPathComponent("store-\(version.rawValue).sqlite").path
      let fresh = try Workspace.open(storePath: store, from: empty.url, creatingStore: true)
      let report = try fresh.importTermBase(from: file, file: "export.tbx")
      #expect(report.newConcepts.count == Repository.termBase.concepts.count)
      #expect(report.warnings.isEmpty)
      let again = StringSink()
      _ = try fresh.export(.tbx, options: options, to: again)
      #expect(again.text == sink.text, "TBX \(version.rawValue) round trip")
    }
  }

  @Test func anEmptyStoreHasNothingToExport() throws {
    let empty = try TemporaryDirectory()
    let workspace = try Workspace.open(
      storePath: empty.url.appendingPathComponent("s.sqlite").path, from: empty.url, creatingStore: true)
    #expect {
      try export(workspace)
    } throws: { error in
      (error as? ExportError)?.description == "nothing to export: no concept has a term in en, ru, kk, kk-Latn"
    }
  }
}
