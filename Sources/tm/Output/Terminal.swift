import Foundation

/// Where output goes, and whether it may be coloured: only on a terminal, and
/// never when NO_COLOR is set (https://no-color.org).
struct Terminal {
  let handle: FileHandle
  let colored: Bool

  static let standardOutput = Terminal(handle: .standardOutput, descriptor: 1)
  static let standardError = Terminal(handle: .standardError, descriptor: 2)

  init(handle: FileHandle, descriptor: Int32) {
    self.handle = handle
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    colored = isatty(descriptor) == 1 && !noColor && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  func write(_ text: String) {
    handle.write(Data(text.utf8))
  }

  /// Applies an ANSI style when colour is on.
  func style(_ text: String, _ style: Style) -> String {
    colored && !text.isEmpty ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }

  enum Style: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case blue = "34"
    case magenta = "35"
    case cyan = "36"
    case boldCyan = "1;36"
    case boldYellow = "1;33"
    case underline = "4"
    case strike = "9"
  }
}

extension String {
  /// The width of the string in terminal columns (combining marks take none).
  var displayWidth: Int {
    unicodeScalars.reduce(0) { width, scalar in
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .format: width
      default: width + (scalar.properties.isEmojiPresentation || (0x1100...0x115F).contains(scalar.value)
          || (0x2E80...0xA4CF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
          || (0xF900...0xFAFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) ? 2 : 1)
      }
    }
  }

  /// Padded with spaces to `width` terminal columns.
  func padded(to width: Int) -> String {
    let missing = width - displayWidth
    return missing > 0 ? self + String(repeating: " ", count: missing) : self
  }
}
