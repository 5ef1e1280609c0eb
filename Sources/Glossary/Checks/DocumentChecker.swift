import Foundation

/// Runs the quality checks over text files: `tm check`.
public final class DocumentChecker {
  public let expected: Language
  public let checks: [any QualityCheck]

  /// The checks for documents in `expected`: stray lines and mixed-script
  /// words always, non-preferred terms when there is a term base.
  public init(expected: Language, concepts: [Concept]?) throws(ICUError) {
    self.expected = expected
    var checks: [any QualityCheck] = [
      StrayLineCheck(expected: expected), MixedScriptCheck(spoofChecker: try SpoofChecker()),
    ]
    if let concepts { checks.append(try NonPreferredTermCheck(concepts: concepts, language: expected)) }
    self.checks = checks
  }

  /// The findings in one decoded document, by line and column.
  public func findings(in document: CheckedDocument) -> [Finding] {
    checks.flatMap { $0.findings(in: document) }.sorted {
      ($0.line, $0.column, Finding.Kind.allCases.firstIndex(of: $0.kind)!)
        < ($1.line, $1.column, Finding.Kind.allCases.firstIndex(of: $1.kind)!)
    }
  }

  /// Reads and checks one file; `name` is how findings and errors name it.
  public func check(fileAt url: URL, named name: String) throws -> [Finding] {
    findings(in: CheckedDocument(file: name, text: try TextFile.read(url, displayName: name)))
  }
}

/// A path `tm check` cannot use, or a file it cannot fix.
public typealias CheckError = PathError
