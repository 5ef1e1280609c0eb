import Testing

@testable import Glossary

@Suite struct ColumnCounterTests {
  @Test func countsCharactersFromTheLastPlace() {
    let line = Substring("Қазақстан 🇰🇿 and Kаzakhstan")
    var columns = ColumnCounter(line)
    let offsets = [0, "Қазақстан ".utf8.count, "Қазақстан 🇰🇿 ".utf8.count, "Қазақстан 🇰🇿 and ".utf8.count]
    #expect(offsets.map { columns.column(ofByte: $0) } == [1, 11, 13, 17])
    // Going back starts over.
    #expect(columns.column(ofByte: "Қазақстан ".utf8.count) == 11)
  }
}
