import Testing
@testable import Glossary

/// Transliteration tables pinned to exact outputs: a change in ICU or in our
/// rules must show up here, not in a translator's glossary.
@Suite struct TransliteratorTests {
  @Test(arguments: [
    ("Нұрлы жол", "Nūrly jol"),
    ("Қазақстан", "Qazaqstan"),
    ("Үшқоңыр", "Üşqoñyr"),
    ("Бұрыңғы өткен заманда, бір данышпан кісі", "Būryñğy ötken zamanda, bır danyşpan kısı"),
    ("Қасым-Жомарт Тоқаев", "Qasym-Jomart Toqaev"),
    ("Нұрсұлтан Назарбаев", "Nūrsūltan Nazarbaev"),
    ("ШЫҰ", "ŞYŪ"),
    ("Шыңжаң Ұйғыр автономиялық ауданы", "Şyñjañ Ūiğyr avtonomiialyq audany"),
    ("ЦИК Юлия ЮЛИЯ", "TSİK İuliia İULİİA"),
    ("Әл-Фараби, Өскемен, Һ, Іле", "Äl-Farabi, Öskemen, H, Ile"),
    ("Chery мен Haval", "Chery men Haval"),
  ])
  func kazakh2021(cyrillic: String, latin: String) throws {
    #expect(try Transliterator(.kazakh2021).transliterate(cyrillic) == latin)
  }

  @Test(arguments: [
    (TransliterationScheme.kazakhBGN, "Нұрлы жол. Қазақстан Республикасы", "Nurly zhol. Qazaqstan Respūblīkasy"),
    (.kazakhBGN, "Үшқоңыр", "Üshqongyr"),
    (.russianBGN, "Юлия Хрущёва", "Yuliya Khrushchëva"),
    (.russianBGN, "Касым-Жомарт Токаев", "Kasym-Zhomart Tokayev"),
    (.latinASCII, "Nūrly jol, Üşqoñyr", "Nurly jol, Usqonyr"),
  ])
  func systemTransforms(scheme: TransliterationScheme, input: String, output: String) throws {
    #expect(try Transliterator(scheme).transliterate(input) == output)
  }

  @Test func romanizerDetectsKazakh() throws {
    let kazakh = try Romanizer.romanizations(of: "Тоқаев", from: nil, schemes: TransliterationTarget.allCases)
    #expect(kazakh.language == .kk)
    #expect(kazakh.results.map(\.text) == ["Toqaev", "Toqaev", "Toqaev"])
    let russian = try Romanizer.romanizations(of: "Токаев", from: nil, schemes: [.bgn, .ascii])
    #expect(russian.language == .ru)
    #expect(russian.results.map(\.text) == ["Tokayev", "Tokayev"])
  }

  @Test func romanizerNamesTheLettersItLeftAsTheyWere() throws {
    let asRussian = try Romanizer.romanizations(of: "Нұрлы Ұлы", from: .ru, schemes: [.bgn, .ascii])
    #expect(asRussian.results.map(\.text) == ["Nұrly Ұly", "Nұrly Ұly"])
    #expect(asRussian.untransliterated == ["ұ", "Ұ"])
    let greek = try Romanizer.romanizations(of: "Токаев αβ", from: nil, schemes: TransliterationTarget.allCases)
    #expect(greek.untransliterated == ["α", "β"])
    let clean = try Romanizer.romanizations(of: "Нұрлы жол", from: nil, schemes: TransliterationTarget.allCases)
    #expect(clean.untransliterated.isEmpty)
  }

  @Test func romanizerWorksLineByLine() throws {
    let result = try Romanizer.romanizations(of: "Қазақстан\nАстана", from: .kk, schemes: [.kazakh2021])
    #expect(result.results[0].text == "Qazaqstan\nAstana")
  }

  @Test func emptyTextStaysEmpty() throws {
    #expect(try Transliterator(.kazakh2021).transliterate("") == "")
  }

  @Test func longSegmentsRoundTripThroughTheBuffers() throws {
    let line = String(repeating: "Қазақстан Республикасы ", count: 2_000)
    let latin = try Transliterator(.kazakh2021).transliterate(line)
    #expect(latin == String(repeating: "Qazaqstan Respublikasy ", count: 2_000))
  }
}
