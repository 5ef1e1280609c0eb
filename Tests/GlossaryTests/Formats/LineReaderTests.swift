import Foundation
import Testing

@testable import Glossary

@Suite struct LineReaderTests {
  /// The lines of `bytes` read in chunks of every size given, which must agree.
  func lines(_ bytes: [UInt8], chunkSizes: [Int] = [1, 2, 3, 7, 4096]) throws -> [String] {
    let directory = try TemporaryDirectory()
    let url = directory.url.appendingPathComponent("in.txt")
    try Data(bytes).write(to: url)
    var results: [[String]] = []
    for size in chunkSizes {
      let reader = try LineReader(url, name: "in.txt", chunkSize: size)
      var lines: [String] = []
      while let line = try reader.next() { lines.append(line) }
      results.append(lines)
    }
    #expect(Set(results).count == 1, "\(results)")
    return results[0]
  }

  func error(_ bytes: [UInt8], chunkSizes: [Int] = [1, 3, 4096]) throws -> [String] {
    let directory = try TemporaryDirectory()
    let url = directory.url.appendingPathComponent("in.txt")
    try Data(bytes).write(to: url)
    return try chunkSizes.map { size in
      let reader = try LineReader(url, name: "in.txt", chunkSize: size)
      do {
        while try reader.next() != nil {}
        return "no error"
      } catch {
        return "\(error)"
      }
    }
  }

  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
      + text.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  @Test func lineEndsOfEveryKind() throws {
    #expect(try lines(Array("a\nb\r\nc\rd".utf8)) == ["a", "b", "c", "d"])
    #expect(try lines(Array("a\r\r\nb\n\n".utf8)) == ["a", "", "b", ""])
    #expect(try lines([0xEF, 0xBB, 0xBF] + Array("en\tru\r\n".utf8)) == ["en\tru"])
    #expect(try lines([]) == [])
  }

  @Test func utf16IsConvertedAcrossChunks() throws {
    let text = "en\tru\r\nNurly Zhol 𝄞\t«Нұрлы жол»\n"
    for bigEndian in [false, true] {
      #expect(try lines(Self.utf16(text, bigEndian: bigEndian)) == ["en\tru", "Nurly Zhol 𝄞\t«Нұрлы жол»"])
    }
    #expect(
      try error(Self.utf16("a\nb", bigEndian: false) + [0x00, 0xDC])
        == Array(repeating: "in.txt:2: invalid UTF-16 at byte offset 8", count: 3))
    #expect(
      try error(Self.utf16("a\n", bigEndian: true) + [0xD8])
        == Array(repeating: "in.txt:2: invalid UTF-16 at byte offset 6", count: 3))
  }

  @Test func brokenBytesAreErrors() throws {
    #expect(
      try error(Array("ok\nab\u{0}c\n".utf8))
        == Array(
          repeating: "in.txt:2: a NUL byte at byte offset 5: not a text file (or UTF-16 without a byte-order mark)",
          count: 3))
    #expect(
      try error(Array("ok\r\nab".utf8) + [0xC3])
        == Array(repeating: "in.txt:2: invalid UTF-8 at byte offset 6", count: 3))
  }

  /// A file without line breaks does not fill the memory.
  @Test func longLinesAreRefused() throws {
    let limit = LineReader.maximumLineLength
    #expect(
      try lines(Array("x\n".utf8) + Array(repeating: 0x61, count: limit), chunkSizes: [65536]).last?.count == limit)
    #expect(
      try error(Array("x\n".utf8) + Array(repeating: 0x61, count: limit + 1), chunkSizes: [65536])
        == ["in.txt:2: the line is longer than 1 MiB, the most tm reads"])
  }
}
