import Testing
@testable import Glossary

@Suite struct MatchKeyASCIITests {
  @Test func theASCIIShortcutEqualsTheGeneralPath() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("aZ09 -_/\"'`,.;:!?()[]{}%$#\t\nzhkhshtsKHYyiIoOeu".utf8)
    var texts = [
      "", " ", ", a", "Nurly Zhol", "Kazakhstan's roads", "A,B", "  x  ", "Xi'an", "--a--b", "Tokayev", "ts-ch",
      "Shanghai Cooperation Organisation (SCO)", "%s: %d files",
    ]
    for _ in 0..<3000 {
      let length = Int.random(in: 0...16, using: &generator)
      texts.append(String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self))
    }
    for text in texts {
      #expect(MatchKey.latin(text) == MatchKey.latinOfAnyText(text), "'\(text)'")
    }
  }
}
