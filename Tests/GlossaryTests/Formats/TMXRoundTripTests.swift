import Foundation
import Testing
@testable import Glossary

/// TMX out and back in: what `TMXWriter` writes, `TMXReader` reads as the
/// same units, and the memory export streams them in unit order.
@Suite struct TMXRoundTripTests {
  static let created = TMXWriterTests.created
  static let changed = Date(timeIntervalSince1970: 1_800_000_000)
  static func write(_ units: [TranslationUnit]) throws -> String { try TMXWriterTests.write(units) }

  static let tricky = [
    TranslationUnit(
      source: "Tom & \"Jerry\" <b>{0}</b> said 'hi' > %s\r\nnext\rend",
      targets: [.ru: "  Том &amp; «Джерри» <1>Сохранить</1> %1$s\t{0}  ", .kk: "]]> <![CDATA[ x ]]> &#13;"],
      origin: "a&b <c>.tmx:3", created: created, changed: changed,
      properties: ["status": "draft", "x-reviewer": "A & B \"C\"", "note": "two\nlines"]),
    TranslationUnit(source: "Plain.", targets: [.kk: "Қарапайым."], origin: "seeds/x.txt:1", created: created),
  ]

  @Test func trickyTextOriginPropertiesAndDatesComeBackTheSame() throws {
    let first = try Self.write(Self.tricky)
    #expect(first.contains("<seg>Tom &amp; \"Jerry\" &lt;b&gt;{0}&lt;/b&gt; said 'hi' &gt; %s&#13;\nnext&#13;end</seg>"))
    #expect(first.contains("<prop type=\"x-origin\">a&amp;b &lt;c&gt;.tmx:3</prop>"))
    let (units, notes) = try importUnits(TMXReader.self, first, name: "out.tmx")
    #expect(notes.isEmpty)
    var expected = Self.tricky
    expected[0].properties = ["status": "draft", "reviewer": "A & B \"C\"", "note": "two\nlines"]  // "x-" dropped
    #expect(units == expected)
    #expect(try Self.write(units) == first, "written again, byte for byte")
  }

  @Test func memoryExportStreamsInUnitOrderAndCountsWhatItLeavesOut() throws {
    let scratch = try ScratchMemory()
    _ = try scratch.memory.add([
      ScratchMemory.unit("One.", ru: "Один.", kk: "Бір.", origin: "t.tsv:1"),
      ScratchMemory.unit("Two.", ru: "Два.", origin: "t.tsv:2"),
      ScratchMemory.unit("Three.", kk: "Үш.", origin: "t.tsv:3"),
    ])
    let batches = try scratch.store.readMemory { reader in
      [try reader.units(after: 0, limit: 2), try reader.units(after: 2, limit: 2), try reader.units(after: 3, limit: 2)]
    }
    #expect(batches.map { $0.map(\.unit.source) } == [["One.", "Two."], ["Three."], []])

    let workspace = Workspace(store: scratch.store, project: nil)
    var options = ExportOptions()
    options.languages = [.en, .kk]
    options.date = Self.created
    let sink = StringSink()
    let summary = try workspace.export(.tmx, options: options, to: sink)
    #expect(summary.entries == 2)
    #expect(summary.leftOut == 1)
    let (units, _) = try importUnits(TMXReader.self, sink.text)
    #expect(units.map(\.source) == ["One.", "Three."])
    #expect(units.map(\.targets) == [[.kk: "Бір."], [.kk: "Үш."]])
    #expect(units.map(\.origin) == ["t.tsv:1", "t.tsv:3"])

    options.languages = [.en]
    #expect(throws: ExportError.self) { try workspace.export(.tmx, options: options, to: StringSink()) }
  }
}
