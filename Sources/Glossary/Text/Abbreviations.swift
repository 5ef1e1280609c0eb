/// Abbreviations after which a full stop does not end a sentence, per
/// language, lowercased and compared as whole tokens.
enum Abbreviations {
  static func list(for language: Language) -> Set<String> {
    switch language {
    case .en: english
    case .ru: russian
    case .kk: kazakh
    }
  }

  static let english: Set<String> = [
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "mt.", "gen.", "col.", "lt.", "sgt.",
    "gov.", "sen.", "rep.", "rev.", "hon.", "pres.", "vs.", "etc.", "e.g.", "i.e.", "cf.", "al.",
    "approx.", "no.", "nos.", "vol.", "p.", "pp.", "fig.", "jan.", "feb.", "mar.", "apr.", "jun.",
    "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "inc.", "ltd.", "co.", "corp.",
    "u.s.", "u.k.", "u.n.", "a.m.", "p.m.",
  ]

  static let russian: Set<String> = [
    "г.", "гг.", "ул.", "пр.", "просп.", "пер.", "д.", "кв.", "обл.", "р-н.", "им.", "т.", "т.е.",
    "т.к.", "т.д.", "т.п.", "др.", "пр.", "см.", "ср.", "напр.", "проф.", "акад.", "доц.", "руб.",
    "коп.", "млн.", "млрд.", "тыс.", "трлн.", "стр.", "с.", "гос.", "рис.", "табл.", "гл.", "ст.",
    "п.", "пп.", "вв.", "в.", "н.э.", "до н.э.", "им.", "ген.", "зам.", "ред.",
  ]

  static let kazakh: Set<String> = [
    "ж.", "жж.", "б.", "т.б.", "т.с.с.", "мыс.", "қ.", "обл.", "көш.", "ғ.", "млн.", "млрд.", "мың.",
    "проф.", "акад.", "т.", "бет.", "с.", "ш.",
  ]
}
