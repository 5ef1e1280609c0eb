/// The part of speech of a concept's terms (TBX `partOfSpeech`).
///
/// TBX-Basic 2008 knows `properNoun`; TBX-Basic 2019 does not, and its
/// exports write `noun` instead.
public enum PartOfSpeech: String, CaseIterable, Codable, Sendable {
  case noun, properNoun, verb, adjective, adverb, other
}
