import Testing
@testable import Glossary

/// Russian and Kazakh terms found in their inflected forms.
@Suite struct InflectedTermFinderTests {
  static let concepts = Repository.termBase.concepts
  static let russian = InflectedTermFinder(concepts: concepts, language: .ru)
  static let kazakh = InflectedTermFinder(concepts: concepts, language: .kk)

  static func ids(_ finder: InflectedTermFinder, _ sentence: String) -> Set<String> {
    Set(finder.concepts(in: sentence).map { concepts[$0].id })
  }

  @Test(arguments: [
    ("В ходе саммита Шанхайской организации сотрудничества", "sco"),
    ("председательство в ШОС", "sco"),
    ("совместного строительства «Пояса и пути»", "bri"),
    ("с Председателем КНР Си Цзиньпином", "xi-jinping"),
    ("президента Токаева", "tokayev"),
    ("в Бишкеке", "bishkek"),
    ("китайско-казахстанских отношений", "kazakhstan"),
  ])
  func russian(sentence: String, concept: String) {
    #expect(Self.ids(Self.russian, sentence).contains(concept))
  }

  @Test(arguments: [
    ("Шанхай ынтымақтастық ұйымының декларациясы", "sco"),
    ("Қазақстан ШЫҰ-ға төрағалықты қабылдап алады", "sco"),
    ("ШЫҰ әлеуетін арттыру", "sco"),
    ("Тоқаевтың сапары", "tokayev"),
    ("Бішкекте қызмет істеген", "bishkek"),
    ("Қытайдың сыртқы саясаты", "china"),
  ])
  func kazakh(sentence: String, concept: String) {
    #expect(Self.ids(Self.kazakh, sentence).contains(concept))
  }

  @Test func capitalsAndShortWordsMustMatchWhole() {
    // "шос" in lowercase is not the acronym; "Китай" is not "кит" (whale).
    #expect(!Self.ids(Self.russian, "шос и кит").contains("sco"))
    #expect(!Self.ids(Self.russian, "кит").contains("china"))
    #expect(Self.ids(Self.russian, "Китаю").contains("china"))
  }

  @Test(arguments: [
    ("шанхайская", Language.ru, "шанхайск"), ("организация", .ru, "организац"), ("путь", .ru, "пут"),
    ("пояс", .ru, "пояс"), ("китай", .ru, "кита"), ("казахстан", .ru, "казахстан"),
    ("ынтымақтастық", .kk, "ынтымақтасты"), ("ұйымы", .kk, "ұйым"), ("жол", .kk, "жол"),
  ])
  func stems(word: String, language: Language, stem: String) {
    #expect(InflectedTermFinder.stem(word, language: language) == stem)
  }
}
