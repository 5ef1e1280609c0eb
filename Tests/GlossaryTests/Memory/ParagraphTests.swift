import Testing
@testable import Glossary

/// Plain text cut into paragraphs.
@Suite struct ParagraphTests {
  @Test func linesBlankLinesAndWrapping() {
    let text = "SOURCE / INSIGHT\nA headline on its own line\nPublished: Jul 01, 2024\n\nA paragraph that was\nwrapped by hand, and\n  goes on.\n\n\nLast line"
    let paragraphs = Paragraph.split(text)
    #expect(
      paragraphs.map(\.text) == [
        "SOURCE / INSIGHT", "A headline on its own line", "Published: Jul 01, 2024",
        "A paragraph that was wrapped by hand, and goes on.", "Last line",
      ])
    #expect(paragraphs.map(\.line) == [1, 2, 3, 5, 10])
    #expect(paragraphs[3].line(at: 0) == 5)
    #expect(paragraphs[3].line(at: "A paragraph that was wrapped".utf8.count) == 6)
    #expect(paragraphs[3].line(at: "A paragraph that was wrapped by hand, and goes".utf8.count) == 7)
  }

  @Test func emptyText() {
    #expect(Paragraph.split("").isEmpty)
    #expect(Paragraph.split("\n \n\t\n").isEmpty)
  }
}
