import Testing
@testable import Glossary

@Suite struct StrayLineCheckTests {
  let check = StrayLineCheck(expected: .en)

  func stray(_ text: String) -> [Int: String] {
    let findings = check.findings(in: CheckedDocument(file: "t.txt", text: text))
    return Dictionary(uniqueKeysWithValues: findings.map { ($0.line, "\($0.language!.language)-\($0.language!.script)") })
  }

  @Test(arguments: [
    ("реконмендовать другому", "ru-Cyrl"),
    ("Президент Казахстана провёл переговоры с председателем КНР в Пекине", "ru-Cyrl"),
    ("Қазақстан Республикасының Президенті бүгін Пекинге барды", "kk-Cyrl"),
    ("Мемлекет басшысы Қытай төрағасымен кездесті", "kk-Cyrl"),
    ("分享到微信", "zh-Hani"),
    ("Prezident Kazakhstana provel vstrechu s predsedatelem KNR v Pekine", "ru-Latn"),
    ("Memleket basshysy Qytai töraǵasymen kezdesip, ekijaqty qarym-qatynasty talqylady", "kk-Latn"),
    ("Memleket basshysy Qytai toragasymen kezdesip, ekizhakty karym-katynasty talkylady", "kk-Latn"),
    ("Le président kazakh a rencontré son homologue chinois à Pékin", "fr-Latn"),
    ("Der kasachische Präsident traf sich am Montag mit dem chinesischen Staatschef", "de-Latn"),
    ("El presidente de Kazajistán se reunió con su homólogo chino en Pekín", "es-Latn"),
    ("Il presidente kazako ha incontrato il suo omologo cinese a Pechino", "it-Latn"),
  ])
  func foreignLinesAreStray(line: String, expected: String) {
    #expect(stray("An English line about the visit comes first.\n\n\(line)\n") == [3: expected])
  }

  @Test(arguments: [
    "Tokayev met Xi Jinping in Bishkek.",
    "The Zhanatas wind farm in Zhambyl region was commissioned in 2021.",
    "Xi'an and Kyzylorda signed a twinning agreement.",
    "Source : Kazinform",
    "By Aigerim Seitkazy and Nurlan Zhumabekov | Astana Times",
    "Published: Jul 01, 2024 07:34 PM",
    "03.07.2024",
    "https://www.inform.kz/en/tokayev-meets-xi-jinping-in-astana_a4218765",
    "SOURCE / INSIGHT",
    "The programme, known in Kazakh as «Нұрлы жол» (Bright Path), was launched in 2014.",
    "Zhanatas",
    "Kassym-Jomart Tokayev, Shavkat Mirziyoyev, Sadyr Japarov, Emomali Rahmon",
    "Photo: VCG",
  ])
  func englishHardNegativesAreNotStray(line: String) {
    #expect(stray(line + "\n").isEmpty)
  }

  @Test func everyLineOfAWrappedStrayParagraphIsReported() {
    let text = """
      The first paragraph is in English and talks about the summit in Astana.

      Le président kazakh a rencontré son homologue chinois à Pékin, où les
      deux dirigeants ont signé plusieurs accords de coopération dans les
      domaines de l'énergie et des transports, selon
      Kazinform.

      The last paragraph is in English again, wrapped over two lines like the
      French one, and its last line is
      short.
      """
    #expect(stray(text) == [3: "fr-Latn", 4: "fr-Latn", 5: "fr-Latn", 6: "fr-Latn"])
  }

  @Test func columnIsTheFirstCharacterAfterIndentation() throws {
    let findings = check.findings(in: CheckedDocument(file: "t.txt", text: "English first.\n\n    Все новости\n"))
    let finding = try #require(findings.first)
    #expect((finding.line, finding.column, finding.text) == (3, 5, "Все новости"))
    #expect(finding.message == "line in Russian (Cyrl), expected English: 'Все новости'")
  }

  @Test func expectedRussianFlagsEnglishAndKazakhLines() {
    let check = StrayLineCheck(expected: .ru)
    let text = """
      Президент Казахстана провёл переговоры в Пекине.
      The president of Kazakhstan held talks in Beijing on Monday.
      Қазақстан Республикасының Президенті бүгін Пекинге барды
      """
    let findings = check.findings(in: CheckedDocument(file: "t.txt", text: text))
    #expect(findings.map { "\($0.line):\($0.language!.language)" } == ["2:en", "3:kk"])
  }
}

@Suite struct LanguageProfilesTests {
  @Test func shippedModelHasTheLanguagesTmReports() {
    let tags = Set(LanguageProfiles.shipped.profiles.map(\.tag))
    #expect(tags.isSuperset(of: ["en", "ru", "kk", "ru-Latn", "kk-Latn", "fr", "de", "es", "uk"]))
    #expect(LanguageProfiles.shipped.maxOrder == 5)
  }

  @Test func malformedProfilesNameTheLine() {
    #expect(throws: InputError.self) { try LanguageProfiles(text: "L en Latn -1 -2\nX what\n") }
    do {
      _ = try LanguageProfiles(text: "L en Latn -1 -2\nG ab 0:x\n")
    } catch {
      #expect(error.description == "data/langid/profiles.txt:2: bad cell '0:x'")
    }
  }

  @Test func identifierScoresWithTheProfiles() {
    let profiles = try! LanguageProfiles(
      text: "L en Latn -9 -9\nL fr Latn -9 -9\nG t 0:-1\nG h 0:-1\nG e 0:-1 1:-1\nG th 0:-1\nG he 0:-1\nG l 1:-1\nG a 1:-1\n")
    let identifier = LanguageIdentifier(profiles: profiles)
    #expect(identifier.strayLanguage(of: "the the the the", expecting: .en) == nil)
    #expect(identifier.strayLanguage(of: "la la la la la le le", expecting: .en)?.language == "fr")
  }
}
