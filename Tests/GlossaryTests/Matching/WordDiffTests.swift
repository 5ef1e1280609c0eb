import Foundation
import Testing
@testable import Glossary

@Suite struct WordDiffTests {
  let tokenizer = try! SegmentTokenizer()

  @Test func operationsRebuildBothTexts() {
    let cases = [
      ("Could not open the file %s.", "Could not open file %s for reading."),
      ("  Save the document  ", "Save all documents now"),
      ("A B C", "X Y Z"),
      ("", "Only the query"),
      ("Only the source", ""),
    ]
    for (source, query) in cases {
      let diff = WordDiff(source: source, query: query, tokenizer: tokenizer)
      let trim = { (s: String) in s.trimmingCharacters(in: .whitespaces) }
      #expect(diff.operations.map(\.source).joined() == trim(source))
      #expect(diff.operations.map(\.query).joined() == trim(query))
      for (first, second) in zip(diff.operations, diff.operations.dropFirst()) {
        #expect((first.kind == .equal) != (second.kind == .equal), "runs alternate")
      }
    }
  }

  @Test func insertionsAndDeletionsAreNamed() {
    let diff = WordDiff(source: "Open the file", query: "Open file now", tokenizer: tokenizer)
    #expect(diff.operations == [
      .init(kind: .equal, source: "Open ", query: "Open "),
      .init(kind: .delete, source: "the", query: ""),
      .init(kind: .equal, source: " file", query: "file "),
      .init(kind: .insert, source: "", query: "now"),
    ])
  }
}
