internal import CICU

/// ICU's spoof checker (UTS #39): finds words that mix scripts in a
/// confusable way, and the skeletons that make look-alikes comparable.
///
/// Configured only in `init`, so one checker may be shared across threads.
public final class SpoofChecker: @unchecked Sendable {
  private let handle: OpaquePointer

  public init() throws(ICUError) {
    var error: Int32 = 0
    guard let handle = cicu_spoof_open(&error), error <= 0 else {
      throw ICUError(code: error, operation: "open spoof checker")
    }
    self.handle = handle
  }

  deinit { cicu_spoof_close(handle) }

  /// Whether `text` fails the highly restrictive level: mixed scripts
  /// ("Kаzakhstan" with a Cyrillic а) or invisible characters.
  public func isSuspicious(_ text: String) -> Bool {
    var text = text
    var error: Int32 = 0
    let bits = text.withUTF8 { input in
      input.withMemoryRebound(to: CChar.self) { input in
        cicu_spoof_check(handle, input.baseAddress, Int32(input.count), &error)
      }
    }
    return error <= 0 && bits != 0
  }

  /// The confusable skeleton: "Kаzakhstan" (Cyrillic а) and "Kazakhstan"
  /// have the same one.
  public func skeleton(_ text: String) -> String {
    (try? icuString(text, operation: "confusable skeleton") { input, length, out, capacity, error in
      cicu_spoof_skeleton(handle, input, length, out, capacity, error)
    }) ?? text
  }
}
