import Testing
@testable import Glossary

@Suite struct XMLWriterTests {
  @Test func escapesTextAndAttributes() throws {
    #expect(try XMLWriter.escapedText("AT&T <b> \"q\" 'a' ]]>") == "AT&amp;T &lt;b&gt; \"q\" 'a' ]]&gt;")
    #expect(try XMLWriter.escapedAttribute("a\"b&c<d>\te\nf") == "a&quot;b&amp;c&lt;d&gt;&#9;e&#10;f")
    #expect(try XMLWriter.escapedText("line\r\nend") == "line&#13;\nend")
    #expect(try XMLWriter.escapedText("Қазақстан «Нұрлы жол» 🇰🇿") == "Қазақстан «Нұрлы жол» 🇰🇿")
  }

  @Test func refusesWhatXMLCannotCarry() {
    for bad in ["bell\u{7}", "nul\u{0}", "\u{FFFE}", "esc\u{1B}[0m"] {
      #expect(throws: XMLWriterError.self) { try XMLWriter.escapedText(bad) }
      #expect(throws: XMLWriterError.self) { try XMLWriter.escapedAttribute(bad) }
    }
    #expect {
      try XMLWriter.escapedText("ab\u{7}c")
    } throws: { error in
      (error as? XMLWriterError)?.description == "'ab?c' contains U+0007, which XML 1.0 cannot carry"
    }
  }

  @Test func writesIndentedElementsWithAFinalLineBreak() throws {
    let sink = StringSink()
    let xml = XMLWriter(sink)
    try xml.declaration()
    try xml.open("root", [("xml:lang", "en"), ("type", "a&b")])
    try xml.element("leaf", text: "x < y")
    try xml.open("inner")
    try xml.element("leaf", [("id", "2")], text: "")
    try xml.close()
    try xml.close()
    xml.finish()
    #expect(
      sink.text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <root xml:lang="en" type="a&amp;b">
          <leaf>x &lt; y</leaf>
          <inner>
            <leaf id="2"></leaf>
          </inner>
        </root>

        """)
  }
}
