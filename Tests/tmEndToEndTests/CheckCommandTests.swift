import Foundation
import Testing

/// `tm check`, run as a user runs it: the contract other programs rely on.
@Suite(.serialized) struct CheckCommandTests {
  /// What `tm check seeds/` prints: one stray line (line 43 of the first
  /// seed, Russian), no mixed-script word, and every non-preferred variant
  /// the term base records where the seeds use it.
  static let seedFindings = """
      seeds/000_9d24610990cee87c.txt:11:50: non-preferred-term: 'policy connectivity' is admitted; use 'policy coordination'
      seeds/000_9d24610990cee87c.txt:11:159: non-preferred-term: 'Bright Path' is admitted; use 'Nurly Zhol'
      seeds/000_9d24610990cee87c.txt:13:11: non-preferred-term: 'trade connectivity' is admitted; use 'unimpeded trade'
      seeds/000_9d24610990cee87c.txt:15:50: non-preferred-term: 'infrastructure connectivity' is admitted; use 'facilities connectivity'
      seeds/000_9d24610990cee87c.txt:15:120: non-preferred-term: 'Europe-bound freight trains' is admitted; use 'China-Europe Railway Express'
      seeds/000_9d24610990cee87c.txt:17:50: non-preferred-term: 'financial connectivity' is admitted; use 'financial integration'
      seeds/000_9d24610990cee87c.txt:17:135: non-preferred-term: 'people connectivity' is admitted; use 'people-to-people bonds'
      seeds/000_9d24610990cee87c.txt:19:51: non-preferred-term: 'cooperation on production capacity' is admitted; use 'production capacity cooperation'
      seeds/000_9d24610990cee87c.txt:25:281: non-preferred-term: 'Shanghai Cooperation Organization summit' is admitted; use 'Shanghai Cooperation Organisation summit'
      seeds/000_9d24610990cee87c.txt:31:121: non-preferred-term: 'ethnic Kazak' is deprecated; use 'Kazakhs'
      seeds/000_9d24610990cee87c.txt:33:88: non-preferred-term: 'ethnic Kazak' is deprecated; use 'Kazakhs'
      seeds/000_9d24610990cee87c.txt:35:247: non-preferred-term: 'training centers' is admitted; use 'vocational education and training centers'
      seeds/000_9d24610990cee87c.txt:37:347: non-preferred-term: 'Chinese government' is admitted; use 'Government of the People's Republic of China'
      seeds/000_9d24610990cee87c.txt:37:617: non-preferred-term: 'three evil forces' is admitted; use 'three evils'
      seeds/000_9d24610990cee87c.txt:37:706: non-preferred-term: 'three forces' is admitted; use 'three evils'
      seeds/000_9d24610990cee87c.txt:39:33: non-preferred-term: 'Kazakh government' is admitted; use 'Government of the Republic of Kazakhstan'
      seeds/000_9d24610990cee87c.txt:41:345: non-preferred-term: 'Kazakh government' is admitted; use 'Government of the Republic of Kazakhstan'
      seeds/000_9d24610990cee87c.txt:41:368: non-preferred-term: 'Kazakh government' is admitted; use 'Government of the Republic of Kazakhstan'
      seeds/000_9d24610990cee87c.txt:43:1: stray-line: line in Russian (Cyrl), expected English: 'реконмендовать другому'
      seeds/002_852c1b04eb001d89.txt:6:50: non-preferred-term: 'Kazakh President' is admitted; use 'President of the Republic of Kazakhstan'
      seeds/002_852c1b04eb001d89.txt:8:227: non-preferred-term: 'Kazakhstan-China relations' is admitted; use 'China-Kazakhstan relations'
      seeds/002_852c1b04eb001d89.txt:16:100: non-preferred-term: 'permanent, comprehensive strategic partnership' is deprecated; use 'permanent comprehensive strategic partnership'
      seeds/002_852c1b04eb001d89.txt:18:428: non-preferred-term: 'Kazakh people' is admitted; use 'Kazakhs'
      seeds/002_852c1b04eb001d89.txt:26:147: non-preferred-term: 'Xi An' is deprecated; use 'Xi'an'
      seeds/002_852c1b04eb001d89.txt:28:228: non-preferred-term: 'China – Central Asia Summit' is admitted; use 'China-Central Asia Summit'
      seeds/002_852c1b04eb001d89.txt:28:453: non-preferred-term: 'China – Central Asia Summit' is admitted; use 'China-Central Asia Summit'
      seeds/002_852c1b04eb001d89.txt:30:66: non-preferred-term: 'Xi An' is deprecated; use 'Xi'an'
      seeds/002_852c1b04eb001d89.txt:34:356: non-preferred-term: 'Charter of the Shanghai Organization for Cooperation' is deprecated; use 'Charter of the Shanghai Cooperation Organisation'
      seeds/002_852c1b04eb001d89.txt:36:84: non-preferred-term: 'Shanghai Cooperation Organization' is admitted; use 'Shanghai Cooperation Organisation'
      seeds/002_852c1b04eb001d89.txt:38:5: non-preferred-term: 'Shanghai Organization for Cooperation' is deprecated; use 'Shanghai Cooperation Organisation'
      seeds/002_852c1b04eb001d89.txt:38:163: non-preferred-term: 'Shanghai Organization for Cooperation' is deprecated; use 'Shanghai Cooperation Organisation'
      seeds/002_852c1b04eb001d89.txt:38:442: non-preferred-term: 'Shanghai Organization for Cooperation' is deprecated; use 'Shanghai Cooperation Organisation'
      seeds/003_0a63d1b8142e5649.txt:14:511: non-preferred-term: 'shared future community within the SCO' is admitted; use 'SCO community with a shared future'
      seeds/003_0a63d1b8142e5649.txt:25:32: non-preferred-term: 'profound changes unseen in a century' is admitted; use 'changes unseen in a century'
      seeds/003_0a63d1b8142e5649.txt:31:248: non-preferred-term: 'China-Kazakh relations' is admitted; use 'China-Kazakhstan relations'
      seeds/003_0a63d1b8142e5649.txt:45:85: non-preferred-term: 'ancient Silk Road' is admitted; use 'Silk Road'
      seeds/003_0a63d1b8142e5649.txt:45:213: non-preferred-term: 'ancient Silk Road' is admitted; use 'Silk Road'
      seeds/003_0a63d1b8142e5649.txt:53:148: non-preferred-term: 'planning together, building together and benefiting together' is admitted; use 'extensive consultation, joint contribution and shared benefits'
      seeds/003_0a63d1b8142e5649.txt:55:91: non-preferred-term: 'new-energy' is admitted; use 'new energy'
      seeds/003_0a63d1b8142e5649.txt:57:48: non-preferred-term: 'new-energy' is admitted; use 'new energy'
      seeds/003_0a63d1b8142e5649.txt:61:9: non-preferred-term: 'new-energy' is admitted; use 'new energy'
      seeds/003_0a63d1b8142e5649.txt:63:75: non-preferred-term: 'cooperation in capacity production' is deprecated; use 'production capacity cooperation'
      seeds/003_0a63d1b8142e5649.txt:65:91: non-preferred-term: 'new-energy' is admitted; use 'new energy'
      seeds/003_0a63d1b8142e5649.txt:69:197: non-preferred-term: 'China-Central Asia community of shared destiny' is admitted; use 'China-Central Asia community with a shared future'
      seeds/003_0a63d1b8142e5649.txt:71:370: non-preferred-term: 'China-Central Asia community of shared destiny' is admitted; use 'China-Central Asia community with a shared future'
      seeds/003_0a63d1b8142e5649.txt:73:208: non-preferred-term: 'China-Central Asia community' is admitted; use 'China-Central Asia community with a shared future'
      seeds/003_0a63d1b8142e5649.txt:75:372: non-preferred-term: 'China-Central Asia community of shared destiny' is admitted; use 'China-Central Asia community with a shared future'
      47 findings in 3 files: 1 stray-line, 0 mixed-script, 46 non-preferred-term
      """

  @Test func seedsHaveOneStrayLineAndTheRecordedVariants() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let output = try tm.run(["check", "seeds/"])
    #expect(output.status == 1)
    #expect(output.stdout == Self.seedFindings + "\n")
    #expect(output.stderr.hasPrefix("tm: building the store"))

    let json = try tm.run(["check", "--format", "json", "seeds"])
    #expect(json.status == 1)
    let objects = try json.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    let stray = objects.filter { $0["kind"] as? String == "stray-line" }
    #expect(stray.count == 1)
    #expect(stray.first?["file"] as? String == "seeds/000_9d24610990cee87c.txt")
    #expect(stray.first?["line"] as? Int == 43)
    #expect(stray.first?["language"] as? String == "ru")
    #expect(!objects.contains { $0["kind"] as? String == "mixed-script" })
    #expect(objects.count == Self.seedFindings.split(separator: "\n").count - 1)
  }

  @Test func jsonLinesHaveTheDocumentedKeys() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("The Shanghai Organization for Cooperation met in Kаzakhstan.\n\nВсе новости\n", to: "doc.txt")
    let output = try tm.run(["check", "doc.txt", "--format", "json"])
    #expect(output.status == 1)
    #expect(
      output.stdout == """
        {"file":"doc.txt","line":1,"column":5,"kind":"non-preferred-term","text":"Shanghai Organization for Cooperation","suggestion":"Shanghai Cooperation Organisation"}
        {"file":"doc.txt","line":1,"column":50,"kind":"mixed-script","text":"Kаzakhstan","suggestion":"Kazakhstan"}
        {"file":"doc.txt","line":3,"column":1,"kind":"stray-line","text":"Все новости","language":"ru","script":"Cyrl"}

        """)
  }

  @Test func textFormatAndExitStatusZero() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("Tokayev met Xi Jinping in Bishkek.\nSource : Kazinform\n", to: "docs/clean.txt")
    try tm.write("English first.\n\n分享到微信\n", to: "docs/sub/zh.txt")
    let clean = try tm.run(["check", "docs/clean.txt"])
    #expect(clean.status == 0)
    #expect(clean.stdout == "no findings in 1 file\n")
    #expect(try tm.run(["check", "docs/clean.txt", "--format", "json"]).stdout == "")

    let folder = try tm.run(["check", "docs"])
    #expect(folder.status == 1)
    #expect(
      folder.stdout == """
        docs/sub/zh.txt:3:1: stray-line: line in Chinese (Hani), expected English: '分享到微信'
        1 finding in 2 files: 1 stray-line, 0 mixed-script, 0 non-preferred-term

        """)
  }

  @Test func errorsExitWithStatusTwo() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    // "é" cut short on line 2: byte offset 10 is the lone lead byte.
    var bytes = Data("Fine line\nCaf".utf8)
    bytes.append(contentsOf: [0xC3, 0x28])
    try bytes.write(to: tm.url("bad.txt"))
    try tm.write("Все новости\n", to: "good.txt")
    let invalid = try tm.run(["check", "bad.txt", "good.txt"])
    #expect(invalid.status == 2)
    #expect(invalid.stderr.hasSuffix("Error: bad.txt:2: invalid UTF-8 at byte offset 13\n"))
    #expect(invalid.stdout.hasPrefix("good.txt:1:1: stray-line:"), "the other files are still checked")

    let missing = try tm.run(["check", "nope.txt"])
    #expect(missing.status == 2)
    #expect(missing.stderr.hasSuffix("Error: nope.txt: no such file or folder\n"))
    #expect(missing.stdout == "no findings in 0 files; 1 not checked (errors above)\n")

    #expect(try tm.run(["check"]).status == 64)
  }

  @Test func aDashReadsStandardInput() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write("Все новости\n", to: "ru.txt")
    let piped = try tm.run(["check", "-", "ru.txt"], stdin: "The Kаzakh way.\r\nTokayev met Xi.\n")
    #expect(piped.status == 1)
    #expect(
      piped.stdout == """
        <stdin>:1:5: mixed-script: 'Kаzakh' mixes Latin and Cyrillic letters; did you mean 'Kazakh'?
        ru.txt:1:1: stray-line: line in Russian (Cyrl), expected English: 'Все новости'
        2 findings in 2 files: 1 stray-line, 1 mixed-script, 0 non-preferred-term

        """)
    let twice = try tm.run(["check", "-", "-"], stdin: "Fine.\n")
    #expect(twice.status == 2)
    #expect(twice.stderr.hasSuffix("Error: -: standard input is given twice\n"))
    #expect(twice.stdout == "no findings in 1 file; 1 not checked (errors above)\n")
    let invalid = try tm.run(["check", "-"], stdin: "Fine.\n\u{0}")
    #expect(invalid.status == 2)
    #expect(invalid.stderr.contains("Error: <stdin>:2: a NUL byte at byte offset 6"))
    let fix = try tm.run(["check", "--fix", "-"], stdin: "The Kаzakh way.\n")
    #expect(fix.status == 64)
    #expect(fix.stderr.hasPrefix("Error: --fix writes files: it cannot fix standard input ('-')\n"))
  }

  @Test func fixRewritesMixedScriptWordsAndKeepsABackup() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let original = "In Kаzakhstan and in Казахстaн.\r\nThe Shanghai Organization for Cooperation.\r\n"
    try tm.write(original, to: "doc.txt")
    let fixed = try tm.run(["check", "--fix", "doc.txt"])
    #expect(fixed.status == 1)
    #expect(fixed.stderr.hasSuffix("tm: fixed 2 mixed-script words in doc.txt (backup: doc.txt.orig)\n"))
    #expect(try tm.read("doc.txt") == "In Kazakhstan and in Казахстан.\r\nThe Shanghai Organization for Cooperation.\r\n")
    #expect(try tm.read("doc.txt.orig") == original)
    let again = try tm.run(["check", "doc.txt"])
    #expect(again.stdout.hasSuffix("1 finding in 1 file: 0 stray-line, 0 mixed-script, 1 non-preferred-term\n"))
  }

  @Test func withoutAProjectTermsAreNotChecked() throws {
    let empty = try TMRunner(withData: false)
    defer { empty.remove() }
    try empty.write("The Shanghai Organization for Cooperation.\nВсе новости\n", to: "doc.txt")
    let output = try empty.run(["check", "doc.txt"])
    #expect(output.status == 1)
    #expect(output.stderr == "tm: no project or store (--db, TM_DB): not checking non-preferred terms\n")
    #expect(output.stdout.hasSuffix("1 finding in 1 file: 1 stray-line, 0 mixed-script, 0 non-preferred-term\n"))
  }
}
