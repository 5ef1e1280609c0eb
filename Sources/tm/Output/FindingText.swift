import Glossary

/// `tm check` text output: findings as compilers print diagnostics, then a summary.
enum FindingText {
  static func render(_ finding: Finding, on t: Terminal) -> String {
    let location = t.style("\(finding.file):\(finding.line):\(finding.column):", .bold)
    let style: Terminal.Style = finding.kind == .mixedScript ? .red : .yellow
    return "\(location) \(t.style(finding.kind.rawValue + ":", style)) \(finding.message)"
  }

  /// "no findings in 3 files", or "4 findings in 3 files: 1 stray-line, 0 mixed-script, 3 non-preferred-term";
  /// paths and files that could not be checked are counted after a semicolon.
  static func summary(counts: [Finding.Kind: Int], files: Int, notChecked: Int = 0) -> String {
    let total = counts.values.reduce(0, +)
    let checked = "\(files) file\(files == 1 ? "" : "s")"
    let skipped = notChecked > 0 ? "; \(notChecked) not checked (errors above)" : ""
    guard total > 0 else { return "no findings in \(checked)" + skipped }
    let kinds = Finding.Kind.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
    return "\(total) finding\(total == 1 ? "" : "s") in \(checked): \(kinds)" + skipped
  }
}

/// `tm check --format json`: one object per finding (JSON Lines).
enum FindingJSON {
  static func render(_ finding: Finding) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("file", .string(finding.file)), ("line", .int(finding.line)), ("column", .int(finding.column)),
      ("kind", .string(finding.kind.rawValue)), ("text", .string(finding.text)),
    ]
    if let language = finding.language {
      members.append(("language", .string(language.language)))
      members.append(("script", .string(language.script)))
    }
    if let suggestion = finding.suggestion { members.append(("suggestion", .string(suggestion))) }
    return .object(members)
  }
}
