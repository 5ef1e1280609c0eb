import Glossary

/// Aligned pairs as TSV: a header row naming the languages ("en\tru"), then
/// one row per pair. Tabs and line ends inside a segment become spaces.
enum AlignmentTSV {
  static func render(_ units: [TranslationUnit], sourceLanguage: Language, targetLanguage: Language) -> String {
    var out = "\(sourceLanguage.rawValue)\t\(targetLanguage.rawValue)\n"
    for unit in units {
      out += cell(unit.source) + "\t" + cell(unit.targets[targetLanguage] ?? "") + "\n"
    }
    return out
  }

  private static func cell(_ text: String) -> String {
    guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
    return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}
