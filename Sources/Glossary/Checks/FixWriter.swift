import Foundation

/// Writes corrections into a file in place: `tm check --fix`.
///
/// Only the bytes of the corrected words change (line ends, a byte-order
/// mark and everything else stay as they were). The previous content is kept
/// in `FILE.orig` (replacing an older one), the new content is written to a
/// temporary file in the same folder and renamed over the file, so that the
/// file is never half-written. A symbolic link is followed: the file it
/// points to is corrected, and the link stays.
public enum FixWriter {
  /// The backup `apply` keeps.
  public static func backup(of url: URL) -> URL { URL(fileURLWithPath: url.path + ".orig") }

  /// Replaces each finding's text (at its line and byte range) with its
  /// suggestion; findings without a suggestion are left alone. Returns how
  /// many were applied.
  @discardableResult
  public static func apply(_ findings: [Finding], to url: URL) throws -> Int {
    let fixes = findings.filter { $0.suggestion != nil }
    guard !fixes.isEmpty else { return 0 }
    let original = try Data(contentsOf: url)
    let lines = lineRanges(of: original)
    var output = Data()
    output.reserveCapacity(original.count + 64)
    var copied = original.startIndex
    var applied = 0
    for fix in fixes.sorted(by: { ($0.line, $0.byteRange.lowerBound) < ($1.line, $1.byteRange.lowerBound) }) {
      guard fix.line - 1 < lines.count else { continue }
      let line = lines[fix.line - 1]
      let start = line.lowerBound + fix.byteRange.lowerBound
      let end = line.lowerBound + fix.byteRange.upperBound
      guard start >= copied, end <= line.upperBound, original[start..<end].elementsEqual(fix.text.utf8),
        let suggestion = fix.suggestion
      else { continue }
      output.append(original[copied..<start])
      output.append(contentsOf: Array(suggestion.utf8))
      copied = end
      applied += 1
    }
    guard applied > 0 else { return 0 }
    output.append(original[copied...])

    // A symbolic link stays one: the file it points to gets the corrections
    // (and keeps its own permissions, not the link's).
    let file = url.resolvingSymlinksInPath()
    let directory = file.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).tm-\(UUID().uuidString)")
    InterruptCleanup.register(temporary.path)
    defer { InterruptCleanup.unregister(temporary.path) }
    do {
      try output.write(to: temporary)
      if let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
        let permissions = attributes[.posixPermissions]
      {
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
      }
      let backup = backup(of: url)
      try? FileManager.default.removeItem(at: backup)
      try original.write(to: backup, options: .atomic)
      guard rename(temporary.path, file.path) == 0 else {
        throw CheckError(path: url.path, message: "cannot replace the file: \(String(cString: strerror(errno)))")
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
    return applied
  }

  /// The byte ranges of the lines of a file as `TextFile` splits them: after
  /// a UTF-8 byte-order mark, at LF, CRLF or CR, without the line ends.
  static func lineRanges(of data: Data) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.startIndex + 3 : data.startIndex
    var i = start
    while i < data.endIndex {
      let byte = data[i]
      if byte == 0x0A || byte == 0x0D {
        ranges.append(start..<i)
        if byte == 0x0D, i + 1 < data.endIndex, data[i + 1] == 0x0A { i += 1 }
        start = i + 1
      }
      i += 1
    }
    if start < data.endIndex { ranges.append(start..<data.endIndex) }
    return ranges
  }
}
