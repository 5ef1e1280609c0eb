/// Test input with markers (1️⃣, 2️⃣ …) where findings are expected, as
/// swift-format's rule tests write it: the markers are removed and their
/// line and column (1-based, in characters) remembered.
struct MarkedText {
  static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  let text: String
  /// Marker → (line, column).
  let locations: [String: (line: Int, column: Int)]

  init(_ marked: String) {
    var text = ""
    var locations: [String: (Int, Int)] = [:]
    var line = 1
    var column = 1
    var rest = Substring(marked)
    outer: while let character = rest.first {
      for marker in Self.markers where rest.hasPrefix(marker) {
        locations[marker] = (line, column)
        rest = rest.dropFirst(marker.count)
        continue outer
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      rest = rest.dropFirst()
    }
    self.text = text
    self.locations = locations
  }
}
