import Foundation
import Testing
@testable import Glossary

/// A memory in a scratch store.
struct ScratchMemory {
  let directory: TemporaryDirectory
  let store: SQLiteStore
  let memory: TranslationMemory

  init() throws {
    directory = try TemporaryDirectory()
    store = try SQLiteStore(path: directory.url.appendingPathComponent("tm.sqlite").path)
    memory = TranslationMemory(store: store)
  }

  static func unit(_ source: String, ru: String? = nil, kk: String? = nil, origin: String = "test.tsv:1") -> TranslationUnit {
    var targets: [Language: String] = [:]
    targets[.ru] = ru
    targets[.kk] = kk
    return TranslationUnit(source: source, targets: targets, origin: origin, created: Date(timeIntervalSince1970: 1_700_000_000))
  }
}

@Suite struct TranslationMemoryTests {
  @Test func identicalUnitsMerge() throws {
    let scratch = try ScratchMemory()
    let first = ScratchMemory.unit("Open the file.", ru: "Откройте файл.")
    var second = first
    second.origin = "other.tmx:7"
    second.created = Date(timeIntervalSince1970: 1_600_000_000)
    second.changed = Date(timeIntervalSince1970: 1_800_000_000)
    second.properties = ["status": "reviewed"]
    var different = first
    different.targets[.kk] = "Файлды ашыңыз."
    let summary = try scratch.memory.add([first, second, different])
    #expect(summary.added == 2)
    #expect(summary.merged == 1)
    #expect(try scratch.memory.count() == 2)
    let matches = try scratch.memory.match("Open the file.", options: MatchOptions(limit: 5))
    #expect(matches.map(\.score) == [100, 100])
    let merged = try #require(matches.first { $0.unit.unit.targets[.kk] == nil }).unit.unit
    #expect(merged.origin == "test.tsv:1", "the first origin stays")
    #expect(merged.created == Date(timeIntervalSince1970: 1_600_000_000))
    #expect(merged.changed == Date(timeIntervalSince1970: 1_800_000_000))
    #expect(merged.properties == ["status": "reviewed"])
    // A later import finds the identical unit in the store.
    var third = first
    third.properties = ["reviewer": "A"]
    let later = try scratch.memory.add([third])
    #expect(later.merged == 1 && later.added == 0)
    #expect(try scratch.memory.match("Open the file.", options: MatchOptions(target: .ru)).first?.unit.unit.properties == [
      "status": "reviewed", "reviewer": "A",
    ])
  }

  @Test func unitsWithoutSourceOrTranslationAreSkippedAndTextIsCleaned() throws {
    let scratch = try ScratchMemory()
    let summary = try scratch.memory.add([
      ScratchMemory.unit("  Save \n", ru: " Сохранить "),
      ScratchMemory.unit("No translation"),
      ScratchMemory.unit("   ", ru: "Пусто"),
      ScratchMemory.unit("Empty target", ru: "  "),
    ])
    #expect(summary.added == 1)
    #expect(summary.skipped == 3)
    let unit = try #require(try scratch.memory.match("Save").first).unit.unit
    #expect(unit.source == "Save")
    #expect(unit.targets == [.ru: "Сохранить"])
  }

  @Test func aFailedAddLeavesTheMemoryAsItWas() throws {
    let scratch = try ScratchMemory()
    _ = try scratch.memory.add([ScratchMemory.unit("Keep me", ru: "Оставь меня")])
    struct Stop: Error {}
    #expect(throws: Stop.self) {
      try scratch.memory.add { add in
        for i in 0..<2000 { try add(ScratchMemory.unit("Unit number \(i)", ru: "Единица \(i)")) }
        throw Stop()
      }
    }
    #expect(try scratch.memory.count() == 1)
    #expect(try scratch.memory.match("Unit number 5").isEmpty)
    #expect(try scratch.memory.concordance("number").isEmpty)
    // The next add still works, and the index has no trace of the failed one.
    _ = try scratch.memory.add([ScratchMemory.unit("Unit number 5", ru: "Единица 5")])
    #expect(try scratch.memory.match("Unit number 5").map(\.score) == [100])
  }

  @Test func replacingAnOriginPrefixUpdatesTheIndex() throws {
    let scratch = try ScratchMemory()
    _ = try scratch.memory.add([
      ScratchMemory.unit("The seed sentence about trade.", ru: "Фраза о торговле.", origin: "seeds/a.txt:1"),
      ScratchMemory.unit("The seed sentence about roads.", ru: "Фраза о дорогах.", origin: "seeds/a.txt:2"),
      ScratchMemory.unit("An imported sentence about trade.", ru: "Импорт о торговле.", origin: "x.tmx:3"),
    ])
    let summary = try scratch.memory.replaceUnits(
      originPrefix: "seeds/",
      with: [ScratchMemory.unit("The new seed sentence about rails.", ru: "Новая фраза.", origin: "seeds/a.txt:1")])
    #expect(summary.removed == 2)
    #expect(summary.added == 1)
    #expect(try scratch.memory.count() == 2)
    let options = MatchOptions(minimum: 40, limit: 10)
    let found = try scratch.memory.match("The seed sentence about trade.", options: options)
    #expect(!found.contains { $0.unit.unit.origin == "seeds/a.txt:2" })
    #expect(found.map(\.unit.unit.source).contains("The new seed sentence about rails."))
    var exhaustive = options
    exhaustive.exhaustive = true
    #expect(
      found.map(\.unit.id) == (try scratch.memory.match("The seed sentence about trade.", options: exhaustive)).map(\.unit.id))
    #expect(try scratch.memory.concordance("roads").isEmpty)
    #expect(try scratch.memory.concordance("rails").count == 1)
  }

  @Test func targetFilterAndLimit() throws {
    let scratch = try ScratchMemory()
    _ = try scratch.memory.add([
      ScratchMemory.unit("Open the file", ru: "Откройте файл"),
      ScratchMemory.unit("Open the files", kk: "Файлдарды ашыңыз"),
      ScratchMemory.unit("Open a file", ru: "Откройте файл", kk: "Файлды ашыңыз"),
    ])
    let kazakh = try scratch.memory.match("Open the file", options: MatchOptions(minimum: 50, target: .kk))
    #expect(kazakh.map(\.unit.unit.source) == ["Open the files", "Open a file"])
    #expect(try scratch.memory.match("Open the file", options: MatchOptions(minimum: 50, limit: 1)).count == 1)
  }

  @Test func concordanceCrossesScripts() throws {
    let scratch = try ScratchMemory()
    _ = try scratch.memory.add([
      ScratchMemory.unit(
        "The Nurly Zhol programme supports roads.", ru: "Программа «Нұрлы жол» поддерживает дороги.",
        kk: "«Нұрлы жол» бағдарламасы жолдарды қолдайды."),
      ScratchMemory.unit("Kazakhstan's roads", ru: "Дороги Казахстана"),
    ])
    let latin = try scratch.memory.concordance("Nurly Zhol")
    #expect(latin.count == 1)
    let hit = try #require(latin.first)
    func words(_ language: Language, _ text: String) -> [String] {
      let utf8 = Array(text.utf8)
      return (hit.highlights[language] ?? []).map { String(decoding: utf8[$0], as: UTF8.self) }
    }
    #expect(words(.en, hit.unit.unit.source) == ["Nurly Zhol"])
    #expect(words(.ru, hit.unit.unit.targets[.ru]!) == ["Нұрлы жол"])
    #expect(words(.kk, hit.unit.unit.targets[.kk]!) == ["Нұрлы жол"])
    #expect(try scratch.memory.concordance("Нурлы жол", language: .en).count == 1, "Cyrillic finds Latin")
    #expect(try scratch.memory.concordance("Kazakhstan").count == 1, "apostrophes split words")
    #expect(try scratch.memory.concordance("жол", language: .kk).count == 1)
    #expect(try scratch.memory.concordance("жолд*", language: .kk).count == 1, "a star matches word beginnings")
    #expect(try scratch.memory.concordance("roads", language: .ru).isEmpty)
    #expect(try scratch.memory.concordance("nothing here").isEmpty)
  }
}
