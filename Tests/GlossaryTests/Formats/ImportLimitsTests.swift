import Foundation
import Testing
@testable import Glossary

/// What one unit may hold when it is built from many small pieces, each
/// within the limits of a line or an element's text.
@Suite struct ImportLimitsTests {
  @Test func aPOStringOfManyLinesIsBounded() {
    let line = "\"" + String(repeating: "a", count: 1000) + "\"\n"
    let options = ImportOptions(targetLanguage: .ru)
    let fits = "msgid \"\"\n" + String(repeating: line, count: 1000) + "msgstr \"б\"\n"
    #expect(importError(POReader.self, fits, name: "x.po", options: options) == nil)
    let over = "msgid \"\"\n" + String(repeating: line, count: 1100) + "msgstr \"б\"\n"
    #expect(
      importError(POReader.self, over, name: "x.po", options: options)
        == "x.po:1050:1: the string is longer than 1 MiB, the most tm reads")
  }

  @Test func thePropertiesOfATMXUnitAreBounded() {
    let props = (0..<1100).map { "<prop type=\"x-p\($0)\">\(String(repeating: "a", count: 1000))</prop>" }
    let document = """
      <tmx version="1.4"><header srclang="en"/><body>
      <tu>\(props.joined(separator: "\n"))
      <tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>
      </body></tmx>
      """
    #expect(
      importError(TMXReader.self, document, name: "p.tmx")
        == "p.tmx:1045:1029: the properties and notes of a <tu> hold more than 1 MiB, the most tm reads")
  }
}
