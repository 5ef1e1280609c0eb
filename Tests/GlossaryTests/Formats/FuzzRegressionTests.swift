import Foundation
import Testing

@testable import Glossary

/// The inputs fuzzing found to crash `tm` (Fixtures/fuzz/<target>/, see
/// Fuzz/run.sh), each read again as the fuzz target reads it: now an error
/// naming the place, not a crash.
@Suite struct FuzzRegressionTests {
  static let fixtures = Repository.root.appendingPathComponent("Tests/GlossaryTests/Fixtures/fuzz")

  static func inputs(_ target: String) -> [String] {
    let folder = fixtures.appendingPathComponent(target)
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  static func data(_ target: String, _ name: String) throws -> Data {
    try Data(contentsOf: fixtures.appendingPathComponent(target).appendingPathComponent(name))
  }

  @Test(arguments: inputs("tbx"))
  func tbx(_ name: String) throws {
    // libxml2 crashed switching to UTF-7 or UTF-32 part way through a file,
    // and on malformed UTF-16; FoundationXML on a processing instruction
    // without data.
    let expected: [String: String] = [
      "crash-9c5b5497e22433030a089cd8ea2f1190c514fbe8": "in.tbx:1: invalid UTF-16 at byte offset 32",
      "crash-1151ddc494d11c3911d874ab929eaeddf8608b8e":
        "in.tbx:1:1: a processing instruction without data ('<?name?>'), which Foundation's XML parser cannot read: remove it",
      "crash-8f4b745ea2eb2d2e69c845116383f8c6ed376e43":
        "in.tbx:1:1: the file declares the encoding 'UTF-7', which tm does not read: save it as UTF-8",
      "crash-utf32-declaration":
        "in.tbx:1:1: the file declares the encoding 'UTF-32', which tm does not read: save it as UTF-8",
    ]
    #expect {
      try TBXReader().read(data: Self.data("tbx", name), file: "in.tbx")
    } throws: { error in
      expected[name].map { (error as? InputError)?.description == $0 } ?? (error is InputError)
    }
  }

  @Test(arguments: inputs("tmx"))
  func tmx(_ name: String) throws {
    let directory = try TemporaryDirectory()
    let url = directory.url.appendingPathComponent("in.tmx")
    try Self.data("tmx", name).write(to: url)
    let expected = ["crash-8adf5b0aad056fbaaddc47ec8d54e0299f9e1626": "in.tmx:1: invalid UTF-16 at byte offset 24"]
    #expect {
      try TMXReader.read(url, name: "in.tmx", options: ImportOptions(), progress: { _ in }) { _ in }
    } throws: { error in
      expected[name].map { (error as? InputError)?.description == $0 } ?? (error is InputError)
    }
  }

  @Test(arguments: inputs("normalize"))
  func normalize(_ name: String) throws {
    let text = String(decoding: try Self.data("normalize", name), as: UTF8.self)
    #expect(TextNormalizer.nfc(TextNormalizer.nfc(text)) == TextNormalizer.nfc(text))
    _ = MatchKey.normalized(text)
    _ = MatchKey.latin(text)
  }

  /// ICU's normalizer wrote past a 512-unit stack buffer when a text
  /// normalized to more (CICU.c, `cicu_normalize`): a long enough word
  /// crashed `tm check`.
  @Test func longTextsFoldWhole() {
    let word = String(repeating: "Й", count: 1_000_000)
    #expect(TextNormalizer.caseFolded(word) == String(repeating: "й", count: 1_000_000))
    #expect(TextNormalizer.nfd(word).unicodeScalars.count == 2_000_000)
  }
}
