internal import CICU

/// A failure reported by ICU, with the ICU error code and what was being done.
public struct ICUError: Error, CustomStringConvertible, Sendable {
  /// The ICU `UErrorCode` (> 0).
  public let code: Int32
  /// What `tm` asked ICU to do ("open transliterator 'Kazakh-Latin/BGN'").
  public let operation: String

  public var description: String {
    "ICU error \(code) (\(String(cString: cicu_error_name(code)))): \(operation)"
  }
}

/// Calls a CICU function that writes UTF-8 into a caller's buffer, growing the
/// buffer once when ICU reports the length it needs.
///
/// The first attempt uses a buffer three times the input size, which is enough
/// for every transform `tm` uses except on pathological input.
func icuString(
  _ text: String, operation: @autoclosure () -> String,
  _ body: (UnsafePointer<CChar>, Int32, UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>) -> Int32
) throws(ICUError) -> String {
  var text = text
  var result: Result<String, ICUError> = .success("")
  text.withUTF8 { input in
    input.withMemoryRebound(to: CChar.self) { input in
      let base = input.baseAddress ?? UnsafePointer(bitPattern: 1)!
      var capacity = max(input.count * 3, 32)
      for _ in 0..<2 {
        var error: Int32 = 0
        var needed: Int32 = 0
        let string = String(unsafeUninitializedCapacity: capacity) { out in
          out.withMemoryRebound(to: CChar.self) { out in
            needed = body(base, Int32(input.count), out.baseAddress!, Int32(capacity), &error)
          }
          return error == 0 || error < 0 ? Int(min(needed, Int32(capacity))) : 0
        }
        if error == CICU_BUFFER_OVERFLOW {
          capacity = Int(needed) + 1
          continue
        }
        result = error > 0 ? .failure(ICUError(code: error, operation: operation())) : .success(string)
        return
      }
      result = .failure(ICUError(code: CICU_BUFFER_OVERFLOW, operation: operation()))
    }
  }
  return try result.get()
}
