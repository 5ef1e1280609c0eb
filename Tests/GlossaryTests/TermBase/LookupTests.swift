import Testing
@testable import Glossary

/// Lookups of every kind, in every script, against the shipped term base.
@Suite struct LookupTests {
  func first(_ query: String, language: Language? = nil) -> (id: String, kind: MatchKind, score: Int, matched: String)? {
    let index = Repository.index
    guard let hit = index.lookup(query, language: language, limit: 5).first else { return nil }
    return (index.concepts[hit.concept].id, hit.kind, hit.score, index.concepts[hit.concept].terms[hit.term].text)
  }

  @Test(arguments: [
    "Nurly Zhol", "Нұрлы жол", "НҰРЛЫ ЖОЛ", "Nūrly jol", "Nurly Jol", "nurly-zhol", "Bright Path", "«Нурлы жол»",
    "Nurli Zhol", "nurly zhol",
  ])
  func nurlyZhol(query: String) {
    #expect(first(query)?.id == "nurly-zhol")
  }

  @Test(arguments: ["ШОС", "SCO", "ШЫҰ", "Shanghai Organization for Cooperation", "shanghai cooperation organisation"])
  func sco(query: String) {
    #expect(first(query)?.id == "sco")
  }

  @Test(arguments: ["Токаев", "Тоқаев", "Toqaev", "Tokayev", "TOKAYEV", "Tokaev", "Kassym-Jomart Tokayev", "Qasym-Jomart Toqaev"])
  func tokayev(query: String) {
    #expect(first(query)?.id == "tokayev")
  }

  @Test(arguments: ["Ш.О.С.", "ш.о.с", "Ш. О. С.", "Ш.Ы.Ұ.", "S.C.O.", "s. c. o."])
  func acronymsWrittenWithFullStops(query: String) {
    let hit = first(query)
    #expect(hit?.id == "sco")
    #expect(hit?.kind == .acronym)
    #expect(hit?.score == 95)
  }

  @Test func onlyInitialsAreUndotted() {
    #expect(TermIndex.undottedAcronym("Ш.О.С.") == "ШОС")
    #expect(TermIndex.undottedAcronym("S. C. O") == "SCO")
    #expect(TermIndex.undottedAcronym("Dr. Smith") == nil)
    #expect(TermIndex.undottedAcronym("г.") == nil)
    #expect(TermIndex.undottedAcronym("SCO") == nil)
    #expect(TermIndex.undottedAcronym("A..B") == nil)
  }

  @Test func matchKinds() {
    #expect(first("Nurly Zhol")?.kind == .exact)
    #expect(first("Nurly Zhol")?.score == 100)
    #expect(first("nurly-zhol")?.kind == .normalized)
    #expect(first("Nurly Jol")?.kind == .transliterated)
    #expect(first("ШЫҰ")?.kind == .acronym)
    #expect(first("Kazinfrom")?.kind == .fuzzy)
    #expect(first("Kazinfrom")?.id == "kazinform")
  }

  @Test func scoresFallWithLooserMatches() throws {
    let exact = try #require(first("Nurly Zhol")).score
    let normalized = try #require(first("nurly-zhol")).score
    let transliterated = try #require(first("Nurly Jol")).score
    let fuzzy = try #require(first("Kazinfrom")).score
    #expect(exact > normalized && normalized > transliterated && transliterated > fuzzy)
  }

  @Test(arguments: [
    ("Belt and Road", "bri", "Belt and Road Initiative"),
    ("Тургусун", "turgusun-hpp", "Тургусунская ГЭС"),
    ("Turgusun", "turgusun-hpp", "Turgusun hydropower station"),
    ("Жанатас", "zhanatas-wind-farm", "Жанатасская ВЭС"),
  ])
  func queriesThatStartATerm(query: String, id: String, matched: String) {
    let hit = first(query)
    #expect(hit?.id == id)
    #expect(hit?.kind == .fuzzy)
    #expect(hit?.matched == matched)
  }

  @Test func termsInsideALongerQuery() {
    let index = Repository.index
    let hits = index.lookup("President Tokayev met Xi Jinping in Bishkek", limit: 10)
    let ids = Set(hits.map { index.concepts[$0.concept].id })
    #expect(ids.isSuperset(of: ["tokayev", "xi-jinping", "bishkek"]))
    #expect(hits.allSatisfy { $0.kind == .contained })
    let tokayev = hits.first { index.concepts[$0.concept].id == "tokayev" }!
    #expect(index.concepts[tokayev.concept].terms[tokayev.term].text == "Tokayev")
  }

  @Test func languageFilterRestrictsTheMatchedTerm() {
    #expect(first("ШОС", language: .ru)?.id == "sco")
    #expect(first("ШОС", language: .en) == nil)
    let kazakh = first("Toqaev", language: .kk)
    #expect(kazakh?.id == "tokayev")
    #expect(kazakh?.matched == "Toqaev")
  }

  @Test func nothingMatchesNonsense() {
    #expect(first("zzzqqqxxx") == nil)
    #expect(first("   ") == nil)
  }
}
