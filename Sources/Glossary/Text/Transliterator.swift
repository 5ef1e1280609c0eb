import Foundation
internal import CICU

/// A transliteration scheme `tm` offers: the ICU transforms it names, or its
/// own rules for the Kazakh 2021 Latin alphabet.
public enum TransliterationScheme: String, CaseIterable, Sendable {
  /// Kazakh Cyrillic to the official 2021 Latin alphabet (our own ICU rules).
  case kazakh2021 = "kk-2021"
  /// BGN/PCGN romanization of Kazakh (ICU `Kazakh-Latin/BGN`).
  case kazakhBGN = "kk-bgn"
  /// BGN/PCGN romanization of Russian (ICU `Russian-Latin/BGN`).
  case russianBGN = "ru-bgn"
  /// Any Latin text to plain ASCII (ICU `Latin-ASCII`).
  case latinASCII = "ascii"

  /// The ICU ID, and for our own schemes, the rules compiled under it.
  var icuTransform: (id: String, rules: String?) {
    switch self {
    case .kazakh2021: ("Kazakh-Latin/2021", Kazakh2021Rules.rules)
    case .kazakhBGN: ("Kazakh-Latin/BGN", nil)
    case .russianBGN: ("Russian-Latin/BGN", nil)
    case .latinASCII: ("Latin-ASCII", nil)
    }
  }
}

/// An ICU transliterator for one scheme.
///
/// Opening the first system transform in a process costs about 15 ms, so one
/// prototype per scheme is cached and every instance is a clone of it (under a
/// microsecond). An instance is not thread-safe: give each thread its own.
/// Transliterate per segment or line, never a whole file in one call: ICU's
/// time grows much faster than the input.
public final class Transliterator {
  public let scheme: TransliterationScheme
  private let handle: OpaquePointer

  /// A transliterator for `scheme`, cloned from the cached prototype.
  public init(_ scheme: TransliterationScheme) throws(ICUError) {
    self.scheme = scheme
    let prototype = try PrototypeCache.shared.prototype(for: scheme)
    var error: Int32 = 0
    guard let clone = cicu_transliterator_clone(prototype.pointer, &error), error <= 0 else {
      throw ICUError(code: error, operation: "clone transliterator '\(scheme.icuTransform.id)'")
    }
    handle = clone
  }

  deinit { cicu_transliterator_close(handle) }

  /// The transliteration of `text`.
  public func transliterate(_ text: String) throws(ICUError) -> String {
    if text.isEmpty { return text }
    return try icuString(text, operation: "transliterate with '\(scheme.icuTransform.id)'") {
      input, length, out, capacity, error in
      cicu_transliterate(handle, input, length, out, capacity, error)
    }
  }
}

/// The compiled prototypes, one per scheme, shared by the whole process.
private final class PrototypeCache: @unchecked Sendable {
  static let shared = PrototypeCache()

  /// A prototype is only ever cloned, which ICU allows from any thread.
  final class Prototype: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { cicu_transliterator_close(pointer) }
  }

  private let lock = NSLock()
  private var prototypes: [TransliterationScheme: Prototype] = [:]

  func prototype(for scheme: TransliterationScheme) throws(ICUError) -> Prototype {
    lock.lock()
    defer { lock.unlock() }
    if let prototype = prototypes[scheme] { return prototype }
    let (id, rules) = scheme.icuTransform
    var error: Int32 = 0
    var parseOffset: Int32 = 0
    let pointer: OpaquePointer? =
      if let rules {
        cicu_transliterator_open(id, Int32(id.utf8.count), rules, Int32(rules.utf8.count), &parseOffset, &error)
      } else {
        cicu_transliterator_open(id, Int32(id.utf8.count), nil, 0, &parseOffset, &error)
      }
    guard let pointer, error <= 0 else {
      let place = rules == nil ? "" : " (rules offset \(parseOffset))"
      throw ICUError(code: error, operation: "open transliterator '\(id)'\(place)")
    }
    let prototype = Prototype(pointer)
    prototypes[scheme] = prototype
    return prototype
  }
}
