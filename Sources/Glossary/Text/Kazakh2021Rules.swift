/// The Kazakh 2021 official Latin alphabet as ICU transform rules.
///
/// The alphabet approved in 2021 has 31 letters; it has no letters for the
/// Russian loan letters Ц, Ч, Щ, Э, Ю, Я, Ё, Ъ, Ь. For those we follow common
/// practice in Kazakh Latin publications: Ц → Ts, Ч → Ç, Щ → Ş, Э → E,
/// Ю → İu, Я → İa, Ё → İo, and Ъ, Ь are dropped. Lowercase і is the dotless
/// ı; И and Й are both İ/i. Ң is Ñ, as in the 2021 sample text.
///
/// Multi-letter outputs are all caps next to another capital ("ЦИК" → "TSİK",
/// "ЮЛИЯ" → "İULİİA").
enum Kazakh2021Rules {
  static let rules = """
    :: NFC ;
    Ц } [:Lu:] > TS ; [:Lu:] { Ц > TS ;
    Ю } [:Lu:] > İU ; [:Lu:] { Ю > İU ;
    Я } [:Lu:] > İA ; [:Lu:] { Я > İA ;
    Ё } [:Lu:] > İO ; [:Lu:] { Ё > İO ;
    Ц > Ts ; ц > ts ;
    Ю > İu ; ю > iu ;
    Я > İa ; я > ia ;
    Ё > İo ; ё > io ;
    А > A ; а > a ;
    Ә > Ä ; ә > ä ;
    Б > B ; б > b ;
    В > V ; в > v ;
    Г > G ; г > g ;
    Ғ > Ğ ; ғ > ğ ;
    Д > D ; д > d ;
    Е > E ; е > e ;
    Ж > J ; ж > j ;
    З > Z ; з > z ;
    И > İ ; и > i ;
    Й > İ ; й > i ;
    К > K ; к > k ;
    Қ > Q ; қ > q ;
    Л > L ; л > l ;
    М > M ; м > m ;
    Н > N ; н > n ;
    Ң > Ñ ; ң > ñ ;
    О > O ; о > o ;
    Ө > Ö ; ө > ö ;
    П > P ; п > p ;
    Р > R ; р > r ;
    С > S ; с > s ;
    Т > T ; т > t ;
    У > U ; у > u ;
    Ұ > Ū ; ұ > ū ;
    Ү > Ü ; ү > ü ;
    Ф > F ; ф > f ;
    Х > H ; х > h ;
    Һ > H ; һ > h ;
    Ч > Ç ; ч > ç ;
    Ш > Ş ; ш > ş ;
    Щ > Ş ; щ > ş ;
    Ы > Y ; ы > y ;
    І > I ; і > ı ;
    Э > E ; э > e ;
    [Ъъ Ьь] > ;
    """
}
