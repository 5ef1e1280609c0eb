import Foundation
internal import CICU

/// Language-aware ordering through ICU collation: Kazakh sorts Ә after А and
/// Ғ after Г, which code-point order (Swift's `sorted()`) cannot do.
///
/// Configured only in `init`, so one collator may be shared across threads.
public final class Collator: @unchecked Sendable {
  public let locale: String
  private let handle: OpaquePointer

  public init(locale: String) throws(ICUError) {
    var error: Int32 = 0
    guard let handle = cicu_collator_open(locale, &error), error <= 0 else {
      throw ICUError(code: error, operation: "open collator for '\(locale)'")
    }
    self.locale = locale
    self.handle = handle
  }

  deinit { cicu_collator_close(handle) }

  /// The ordering of two strings in this language.
  public func compare(_ a: String, _ b: String) -> ComparisonResult {
    var a = a
    var b = b
    var error: Int32 = 0
    let result = a.withUTF8 { a in
      b.withUTF8 { b in
        a.withMemoryRebound(to: CChar.self) { a in
          b.withMemoryRebound(to: CChar.self) { b in
            cicu_collator_compare(handle, a.baseAddress, Int32(a.count), b.baseAddress, Int32(b.count), &error)
          }
        }
      }
    }
    return result < 0 ? .orderedAscending : result > 0 ? .orderedDescending : .orderedSame
  }

  /// `strings` in this language's order; equal strings keep their order.
  public func sorted(_ strings: [String]) -> [String] {
    sorted(strings, by: { $0 })
  }

  /// `elements` ordered by a string key in this language; stable.
  public func sorted<T>(_ elements: [T], by key: (T) -> String) -> [T] {
    elements.enumerated().sorted { lhs, rhs in
      switch compare(key(lhs.element), key(rhs.element)) {
      case .orderedAscending: true
      case .orderedDescending: false
      case .orderedSame: lhs.offset < rhs.offset
      }
    }.map(\.element)
  }

  /// A binary sort key: comparing keys bytewise orders strings as `compare`
  /// does. Keys change with the ICU version, so store it next to any index.
  public func sortKey(_ text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { input in
      input.withMemoryRebound(to: CChar.self) { input in
        var capacity = input.count * 4 + 16
        while true {
          var key = [UInt8](repeating: 0, count: capacity)
          var error: Int32 = 0
          let needed = key.withUnsafeMutableBufferPointer { out in
            cicu_collator_sort_key(handle, input.baseAddress, Int32(input.count), out.baseAddress, Int32(capacity), &error)
          }
          if Int(needed) <= capacity {
            key.removeLast(capacity - Int(needed))
            return key
          }
          capacity = Int(needed)
        }
      }
    }
  }

  /// The collator for a language's locale ("en", "ru", "kk").
  public static func forLanguage(_ language: Language) -> Collator {
    // Opening the root-derived collators of ICU's own data cannot fail short
    // of a broken ICU installation.
    try! Collator(locale: language.rawValue)
  }
}
