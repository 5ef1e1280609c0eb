import Foundation
import Testing
@testable import Glossary

@Suite struct DocumentCheckerTests {
  @Test func foldersAreSearchedAndNamedAsGiven() throws {
    let directory = try TemporaryDirectory()
    try directory.write("x", to: "docs/b.txt")
    try directory.write("x", to: "docs/a.txt")
    try directory.write("x", to: "docs/sub/c.txt")
    try directory.write("x", to: "docs/notes.md")
    try directory.write("x", to: "docs/.hidden/d.txt")
    try directory.write("x", to: "one.txt")
    let names = try TextFileSearch.files(for: ["docs/", "one.txt", "docs", "-"], relativeTo: directory.url)
      .flatMap { try $0.get() }.map(\.name)
    #expect(names == ["docs/a.txt", "docs/b.txt", "docs/sub/c.txt", "one.txt", "docs/a.txt", "docs/b.txt", "docs/sub/c.txt", "<stdin>"])
  }

  @Test func missingPathsEmptyFoldersAndASecondDashAreErrors() throws {
    let directory = try TemporaryDirectory()
    try directory.write("x", to: "empty/notes.md")
    let results = TextFileSearch.files(for: ["nope.txt", "empty", "-", "-"], relativeTo: directory.url)
    let errors: [String?] = results.map { result in
      if case .failure(let error) = result { error.description } else { nil }
    }
    #expect(errors == ["nope.txt: no such file or folder", "empty: no .txt files in the folder", nil, "-: standard input is given twice"])
    #expect(try results[2].get().map(\.url) == [TextFile.standardInput])
  }

  @Test func findingsComeInLineAndColumnOrder() throws {
    let checker = try DocumentChecker(expected: .en, concepts: Repository.termBase.concepts)
    let text = "The Kаzakh government spoke.\n\nВсе новости\n"
    let found = checker.findings(in: CheckedDocument(file: "t.txt", text: text))
    #expect(found.map { "\($0.line):\($0.column):\($0.kind.rawValue)" } == ["1:5:mixed-script", "3:1:stray-line"])
  }
}

@Suite struct FixWriterTests {
  @Test func replacesOnlyTheWordsKeepingLineEndsAndABackup() throws {
    let directory = try TemporaryDirectory()
    let original = "\u{FEFF}First line\r\nIn Kаzakhstan and Kаzakhstan\r\nlast"
    let url = try directory.write(original, to: "a.txt")
    let document = CheckedDocument(file: "a.txt", text: try TextFile.read(url))
    let findings = MixedScriptCheck(spoofChecker: try SpoofChecker()).findings(in: document)
    #expect(findings.count == 2)
    #expect(try FixWriter.apply(findings, to: url) == 2)
    #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == "\u{FEFF}First line\r\nIn Kazakhstan and Kazakhstan\r\nlast")
    #expect(String(decoding: try Data(contentsOf: FixWriter.backup(of: url)), as: UTF8.self) == original)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    #expect(leftovers.sorted() == ["a.txt", "a.txt.orig"])
  }

  @Test func nothingToFixWritesNothing() throws {
    let directory = try TemporaryDirectory()
    let url = try directory.write("plain", to: "a.txt")
    #expect(try FixWriter.apply([], to: url) == 0)
    #expect(!FileManager.default.fileExists(atPath: FixWriter.backup(of: url).path))
  }
}
