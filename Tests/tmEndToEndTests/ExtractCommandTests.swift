import Foundation
import Testing

/// `tm extract`, run as a user runs it.
@Suite(.serialized) struct ExtractCommandTests {
  @Test func textTableMarksKnownConcepts() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["extract", "seeds", "--limit", "5"])
    #expect(output.status == 0)
    #expect(output.stderr.hasPrefix("tm: building the store"))
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 6)
    #expect(lines[0].hasPrefix("score  kind     freq  docs  candidate"))
    #expect(lines[0].contains("  concept  ") && lines[0].hasSuffix("  first context"))
    let bri = try #require(lines.first { $0.contains("Belt and Road Initiative (BRI)") })
    #expect(bri.contains("  acronym  "))
    #expect(bri.contains("  bri  "))
    #expect(bri.contains("seeds/000_9d24610990cee87c.txt:5  "))
    #expect(!output.stdout.contains("\u{1B}["))
  }

  @Test func jsonHasEveryField() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["extract", "seeds/000_9d24610990cee87c.txt", "--format", "json"])
    #expect(output.status == 0)
    #expect(output.stdout.split(separator: "\n").count == 1, "one JSON object on one line")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(json["documents"] as? [String] == ["seeds/000_9d24610990cee87c.txt"])
    let candidates = try #require(json["candidates"] as? [[String: Any]])
    let gt = try #require(candidates.first { $0["text"] as? String == "Global Times" })
    #expect(gt["kind"] as? String == "acronym")
    #expect(gt["acronym"] as? String == "GT")
    #expect(gt["gloss"] is NSNull)
    #expect(gt["concept"] as? String == "global-times")
    #expect(gt["score"] is Double)
    #expect((gt["frequency"] as? Int ?? 0) >= 5)
    #expect(gt["documents"] as? [String] == ["seeds/000_9d24610990cee87c.txt"])
    #expect((gt["variants"] as? [String])?.contains("Global Times") == true)
    let context = try #require((gt["contexts"] as? [[String: Any]])?.first)
    #expect(context["file"] as? String == "seeds/000_9d24610990cee87c.txt")
    #expect(context["line"] as? Int == 5)
    #expect((context["text"] as? String)?.contains("Global Times (GT)") == true)
    let nurly = try #require(candidates.first { $0["text"] as? String == "Nurly Zhol" })
    #expect(nurly["gloss"] as? String == "Bright Path")
  }

  @Test func tsvListsOnlyNewCandidatesAndLoadsOnceFilled() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["extract", "seeds", "--format", "tsv", "--limit", "3"])
    #expect(output.status == 0)
    let rows = output.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    #expect(rows.first == "concept\tfield\ttext\ttype\tstatus\tnote")
    let ids = Set(rows.dropFirst().map { $0.prefix { $0 != "\t" } })
    #expect(ids.count == 3)
    #expect(rows.contains("foreign-policy\ten\tforeign policy\tfull\tpreferred"))
    #expect(rows.contains("foreign-policy\tru\t\tfull\tpreferred"))
    #expect(!rows.contains { $0.hasPrefix("bri\t") || $0.hasPrefix("china\t") }, "known concepts are left out")

    // Merged as it is, the draft stops the build at its first empty text.
    try tm.write(output.stdout, to: "data/termbase/zz-draft.tsv")
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let first = try #require(lines.firstIndex { $0.hasSuffix("\tdefinition\t") })
    let id = lines[first].prefix { $0 != "\t" }
    let broken = try tm.run(["lookup", "SCO"])
    #expect(broken.status == 1)
    #expect(broken.stderr == "Error: data/termbase/zz-draft.tsv:\(first + 1): 'definition' of concept '\(id)' has no text\n")
  }

  @Test func missingFilesAndBadBytesAreErrors() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let missing = try tm.run(["extract", "seeds", "nope.txt"])
    #expect(missing.status == 1)
    #expect(missing.stdout == "")
    #expect(missing.stderr.hasSuffix("Error: nope.txt: no such file or folder\n"))

    try FileManager.default.createDirectory(at: tm.url("in"), withIntermediateDirectories: true)
    var bytes = Array("A fine line.\nThen a bad ".utf8)
    bytes.append(0xFF)
    try Data(bytes).write(to: tm.url("in/bad.txt"))
    let bad = try tm.run(["extract", "in"])
    #expect(bad.status == 1)
    #expect(bad.stderr.hasSuffix("Error: in/bad.txt:2: invalid UTF-8 at byte offset 24\n"))

    try FileManager.default.createDirectory(at: tm.url("empty"), withIntermediateDirectories: true)
    #expect(try tm.run(["extract", "empty"]).stderr.hasSuffix("Error: empty: no .txt files in the folder\n"))
    #expect(try tm.run(["extract", "seeds", "--min-freq", "0"]).status == 64)
    #expect(try tm.run(["extract", "seeds", "--format", "xml"]).status == 64)
    #expect(try tm.run(["extract"]).status == 64)
  }

  @Test func aDashReadsStandardInput() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let text = "The Shanghai Cooperation Organisation (SCO) met.\nThe SCO met again in Astana.\n"
    let piped = try tm.run(["extract", "-", "--format", "json"], stdin: text)
    #expect(piped.status == 0)
    #expect(piped.stdout.contains(#""file":"<stdin>","line":1"#))
    let twice = try tm.run(["extract", "-", "-"], stdin: text)
    #expect(twice.status == 1)
    #expect(twice.stdout == "")
    #expect(twice.stderr.hasSuffix("Error: -: standard input is given twice\n"))
  }

  @Test func outsideAProjectNothingIsKnown() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    try tm.write(
      "The Belt and Road Initiative (BRI) grew. The BRI is large.\nThe Zhanatas wind power plant opened.\n",
      to: "article.txt")
    let output = try tm.run(["extract", "article.txt"])
    #expect(output.status == 0)
    #expect(output.stderr == "tm: no term base (no project here, no --db or TM_DB): no candidate is marked as known\n")
    #expect(output.stdout.contains("Belt and Road Initiative (BRI)"))
    #expect(output.stdout.contains("Zhanatas wind power plant"))
    let tsv = try tm.run(["extract", "article.txt", "--format", "tsv"])
    #expect(tsv.stdout.contains("bri\ten\tBRI\tacronym\tpreferred\n"))
    #expect(tsv.stdout.contains("zhanatas-wind-power-plant\tsource\tarticle.txt\n"))
  }
}
