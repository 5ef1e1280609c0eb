import Testing
@testable import Glossary

@Suite struct AcronymDefinitionMatcherTests {
  func pairs(_ sentence: String) -> [String] {
    AcronymDefinitionMatcher.definitions(in: sentence).map { "\($0.shortForm)=\($0.longForm) \($0.order.rawValue)" }
  }

  @Test func longFormFirst() {
    #expect(pairs("Since China proposed the Belt and Road Initiative (BRI) in 2013.")
      == ["BRI=Belt and Road Initiative longFormFirst"])
    // The last word begins with its match (the o of Organisation), so it stays.
    #expect(pairs("the 24th Meeting of the Council of Heads of State of the Shanghai Cooperation Organisation (SCO) in Astana")
      == ["SCO=Shanghai Cooperation Organisation longFormFirst"])
  }

  @Test func shortFormFirst() {
    #expect(pairs("The SCO (Shanghai Cooperation Organisation) was founded in 2001.")
      == ["SCO=Shanghai Cooperation Organisation shortFormFirst"])
    #expect(pairs("the BRI (Belt and Road Initiative) projects") == ["BRI=Belt and Road Initiative shortFormFirst"])
  }

  @Test func aTrailingWordThatOnlyLendsAnInnerLetterIsDropped() {
    // Plain Schwartz–Hearst matches the t of "reporters" and keeps it.
    #expect(pairs("Ahead of the visits, Global Times reporters (GT) interviewed him.") == ["GT=Global Times longFormFirst"])
    #expect(pairs("In an interview with Global Times (GT) reporter Guo Yuandan") == ["GT=Global Times longFormFirst"])
  }

  @Test func theFirstCharacterMustStartAWord() {
    // h only occurs inside "Ohm", so there is no long form for HM.
    #expect(pairs("the Ohm Meter (HM) reads") == [])
    #expect(pairs("the Health Ministry (HM) said") == ["HM=Health Ministry longFormFirst"])
  }

  @Test func theLongFormStaysWithinTheWindow() {
    // |AB| = 2: at most min(2 + 5, 2 · 2) = 4 words; "Alpha" is the fifth.
    #expect(pairs("Alpha one two three Beta (AB) rises") == [])
    #expect(pairs("Alpha Beta (AB) rises") == ["AB=Alpha Beta longFormFirst"])
  }

  @Test func notDefinitions() {
    #expect(pairs("Chinese Ambassador to Kazakhstan Zhang Xiao (Zhang) shared his opinions") == [])
    #expect(pairs("held in Bishkek (capital of Kyrgyzstan) in June") == [])
    #expect(pairs("the Nurly Zhol (Bright Path), and the BRI") == [])
    #expect(pairs("as noted (see above) and (cf) here") == [])
  }

  @Test(arguments: [
    ("BRI", true), ("G20", true), ("kDa", true), ("SCO-2", true), ("ab", false), ("A", false),
    ("ABCDEFGHIJK", false), ("12", false), ("-AB", false),
  ])
  func shortForms(_ text: String, _ valid: Bool) {
    #expect(AcronymDefinitionMatcher.isShortForm(text) == valid)
  }
}
