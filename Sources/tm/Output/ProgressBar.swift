import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal
/// and redrawn at most ten times a second.
final class ProgressBar {
  private let label: String
  private let enabled = isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  private var lastDraw = Date.distantPast
  private var drawn = false

  init(label: String) { self.label = label }

  func update(_ done: Int, _ total: Int) {
    guard enabled, total > 0, Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = Date()
    let fraction = min(1, Double(done) / Double(total))
    let width = 30
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let megabytes = String(format: "%.1f/%.1f MB", Double(done) / 1e6, Double(total) / 1e6)
    Terminal.standardError.write("\r\(label) \(bar) \(Int(fraction * 100))%  \(megabytes)\u{1B}[K")
    drawn = true
  }

  /// Clears the bar.
  func finish() {
    if drawn { Terminal.standardError.write("\r\u{1B}[K") }
    drawn = false
  }
}
