import Foundation
import Testing

@testable import Glossary

/// Hostile and broken XML files, read from disk as `tm import` reads them.
@Suite struct HostileXMLTests {
  static let entry = """
    <termEntry id="c1"><langSet xml:lang="ru"><tig><term>Қазақстан Республикасы</term></tig></langSet></termEntry>
    """

  func tbx(_ body: String, prolog: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") -> String {
    prolog + "<martif type=\"TBX-Basic\"><text><body>\(body)</body></text></martif>\n"
  }

  func readTBX(_ bytes: [UInt8], in directory: TemporaryDirectory, name: String = "in.tbx") throws -> TBXReader.Result {
    let url = directory.url.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return try TBXReader().read(url, file: name)
  }

  func expectError(_ bytes: [UInt8], _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    let directory = try TemporaryDirectory()
    #expect(sourceLocation: sourceLocation) {
      try readTBX(bytes, in: directory)
    } throws: { error in
      (error as? InputError)?.description == message
    }
  }

  @Test func billionLaughsIsRejectedBeforeParsing() throws {
    let levels = (1...9).map { level in
      "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
    }
    let prolog =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n<!ENTITY lol0 \"lol\">\n" + levels.joined(separator: "\n")
      + "\n]>\n"
    try expectError(
      Array(
        tbx("<termEntry><langSet xml:lang=\"en\"><tig><term>&lol9;</term></tig></langSet></termEntry>", prolog: prolog)
          .utf8),
      "in.tbx:3:1: the file declares entities (<!ENTITY …>), which tm does not expand: TBX and TMX files need none")
  }

  @Test func externalEntitiesAndDTDsAreNeverLoaded() throws {
    let directory = try TemporaryDirectory()
    try directory.write("secret", to: "secret.txt")
    let xxe = "<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"file://\(directory.url.path)/secret.txt\">]>\n"
    try expectError(
      Array(tbx(Self.entry, prolog: xxe).utf8),
      "in.tbx:1:19: the file declares entities (<!ENTITY …>), which tm does not expand: TBX and TMX files need none")
    // An external DTD is named but not read: were it read, its default
    // would give the langSet a language.
    try directory.write("<!ATTLIST langSet xml:lang CDATA \"ru\">", to: "defaults.dtd")
    let doctype = "<!DOCTYPE martif SYSTEM \"file://\(directory.url.path)/defaults.dtd\">\n"
    #expect(throws: InputError.self) {
      try readTBX(
        Array(tbx("<termEntry><langSet><tig><term>x</term></tig></langSet></termEntry>", prolog: doctype).utf8),
        in: directory)
    }
    let read = try readTBX(Array(tbx(Self.entry, prolog: doctype).utf8), in: directory)
    #expect(read.entries.map(\.concept.terms.first?.text) == ["Қазақстан Республикасы"])
  }

  @Test func otherEncodingsAreRead() throws {
    let directory = try TemporaryDirectory()
    let utf16 = tbx(Self.entry, prolog: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n")
    let littleEndian: [UInt8] = [0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let bigEndian: [UInt8] = [0xFE, 0xFF] + utf16.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    // windows-1251 holds Russian but not Kazakh letters.
    let russian = Self.entry.replacingOccurrences(of: "Қазақстан Республикасы", with: "Республика Казахстан")
    for (bytes, expected) in [
      (littleEndian, "Қазақстан Республикасы"), (bigEndian, "Қазақстан Республикасы"),
      ([0xEF, 0xBB, 0xBF] + Array(tbx(Self.entry).utf8), "Қазақстан Республикасы"),
      (
        Self.windows1251(tbx(russian, prolog: "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n")),
        "Республика Казахстан"
      ),
    ] {
      let read = try readTBX(bytes, in: directory)
      #expect(read.entries.map(\.concept.terms.first?.text) == [expected])
    }
  }

  /// `text` in windows-1251 (ASCII and the Russian alphabet only).
  static func windows1251(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar in
      switch scalar.value {
      case 0..<0x80: UInt8(scalar.value)
      case 0x410...0x44F: UInt8(scalar.value - 0x410 + 0xC0)
      case 0x401: 0xA8
      case 0x451: 0xB8
      default: UInt8(ascii: "?")
      }
    }
  }

  @Test func sizesAndDepthAreBounded() throws {
    // A term's text is bounded as a whole, not only between two tags.
    let run = String(repeating: "a", count: 600_000)
    try expectError(
      Array(
        tbx("<termEntry><langSet xml:lang=\"en\"><tig><term>\(run)<ph/>\(run)</term></tig></langSet></termEntry>").utf8),
      "in.tbx:2:82: the text of term is longer than 1 MiB, the most tm reads")
    try expectError(
      Array(tbx(String(repeating: "<hi>", count: 100)).utf8),
      "in.tbx:2:426: elements nest more than 100 deep, the most tm reads")
    try expectError(
      Array(tbx("<termEntry id=\"\(String(repeating: "x", count: 70_000))\"/>").utf8),
      "in.tbx:2:38: a tag is longer than 64 KiB, the most tm reads")
  }

  @Test func brokenBytesGiveErrorsWithLineAndColumn() throws {
    let valid = Array(tbx(Self.entry).utf8)
    let term = valid.firstRange(of: Array("Қазақстан".utf8))!.lowerBound
    var invalid = valid
    invalid[term + 1] = 0xFF
    try expectError(
      invalid,
      "in.tbx:2:91: not well-formed XML: an invalid character (a control character, or bytes that are not valid in the file's encoding)"
    )
    var nul = valid
    nul[term] = 0
    try expectError(
      nul, "in.tbx:2:91: a NUL character: the file is not text, or is UTF-16 or UTF-32 without a byte-order mark")
  }

  /// Every prefix of a valid file is an error naming a place in the file,
  /// never a crash and never a silent partial read.
  @Test func truncatedFilesAreErrors() throws {
    let valid = Array(tbx(Self.entry + Self.entry.replacingOccurrences(of: "c1", with: "c2")).utf8)
    let directory = try TemporaryDirectory()
    #expect(try readTBX(valid, in: directory).entries.count == 2)
    for length in stride(from: 0, to: valid.count - 2, by: 3) {
      #expect(throws: InputError.self, "\(length) bytes") { try readTBX(Array(valid.prefix(length)), in: directory) }
    }
  }

  // MARK: TMX

  static let unit = """
    <tu><tuv xml:lang="en"><seg>Nurly Zhol</seg></tuv><tuv xml:lang="kk"><seg>Нұрлы жол</seg></tuv></tu>
    """

  func tmx(_ body: String, prolog: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") -> String {
    prolog + "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\(body)</body></tmx>\n"
  }

  func readTMX(_ bytes: [UInt8]) throws -> [TranslationUnit] {
    let directory = try TemporaryDirectory()
    let url = directory.url.appendingPathComponent("in.tmx")
    try Data(bytes).write(to: url)
    var units: [TranslationUnit] = []
    _ = try TMXReader.read(url, name: "in.tmx", options: ImportOptions(), progress: { _ in }) { units.append($0) }
    return units
  }

  func expectTMXError(_ bytes: [UInt8], _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(sourceLocation: sourceLocation) {
      try readTMX(bytes)
    } throws: { error in
      (error as? InputError)?.description == message
    }
  }

  @Test func tmxFilesPassTheSameGuard() throws {
    let laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;\">\n]>\n"
    expectTMXError(
      Array(tmx(Self.unit.replacingOccurrences(of: "Nurly Zhol", with: "&b;"), prolog: laughs).utf8),
      "in.tmx:3:1: the file declares entities (<!ENTITY …>), which tm does not expand: TBX and TMX files need none")
    expectTMXError(
      Array(tmx("<?pi?>" + Self.unit).utf8),
      "in.tmx:2:48: a processing instruction without data ('<?name?>'), which Foundation's XML parser cannot read: remove it"
    )
    expectTMXError(
      Array(tmx(Self.unit, prolog: "<?xml version=\"1.0\" encoding=\"UTF-32\"?>\n").utf8),
      "in.tmx:1:1: the file declares the encoding 'UTF-32', which tm does not read: save it as UTF-8")
    let long = String(repeating: "word ", count: 120_000)
    // A segment's text is bounded as a whole; the error is where it crosses
    // the limit.
    #expect {
      try readTMX(Array(tmx(Self.unit.replacingOccurrences(of: "Nurly Zhol", with: "\(long)<ph/>\(long)")).utf8))
    } throws: { error in
      let message = (error as? InputError)?.description ?? ""
      return message.hasPrefix("in.tmx:2:")
        && message.hasSuffix(": the text of <seg> is longer than 1 MiB, the most tm reads")
    }
    // UTF-16, as CAT tools write it, is read.
    let text = tmx(Self.unit, prolog: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n")
    let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try readTMX(utf16).map(\.source) == ["Nurly Zhol"])
  }

  @Test func truncatedTMXFilesAreErrors() throws {
    let valid = Array(tmx(Self.unit + "\n" + Self.unit).utf8)
    #expect(try readTMX(valid).count == 2)
    for length in stride(from: 0, to: valid.count - 2, by: 3) {
      #expect(throws: InputError.self, "\(length) bytes") { try readTMX(Array(valid.prefix(length))) }
    }
  }
}
