internal import CICU

/// Unicode normalization through ICU: NFC for text we store, NFKC_Casefold for
/// the keys we match on.
///
/// ICU's normalizer instances are process-wide singletons, so this type holds
/// no state and is safe to use from any thread.
public enum TextNormalizer {
  /// Canonical composition: the form every stored term and segment is kept in.
  public static func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    return normalize(text, CICU_NFC)
  }

  /// Canonical decomposition (accents as combining marks).
  public static func nfd(_ text: String) -> String {
    normalize(text, CICU_NFD)
  }

  /// NFKC with Unicode case folding: "ҚАЗАҚСТАН Straße" → "қазақстан strasse".
  public static func caseFolded(_ text: String) -> String {
    normalize(text, CICU_NFKC_CASEFOLD)
  }

  private static func normalize(_ text: String, _ form: cicu_normal_form) -> String {
    // Normalization only fails on allocation failure; the text is valid
    // UTF-8 by construction, so there is nothing a caller could do.
    (try? icuString(text, operation: "normalize") { input, length, out, capacity, error in
      cicu_normalize(form, input, length, out, capacity, error)
    }) ?? text
  }
}
