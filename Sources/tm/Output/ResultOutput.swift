import ArgumentParser
import Glossary

/// How the search commands finish: the result as JSON or text on stdout,
/// and, when nothing was found, a message on stderr and exit status 1.
enum ResultOutput {
  static func finish(
    format: OutputFormat, found: Bool, json: () -> JSONValue, text: () -> String, nothing message: String
  ) throws {
    switch format {
    case .json: print(json().serialized())
    case .text: if found { print(text(), terminator: "") }
    }
    if !found {
      Terminal.standardError.write("tm: \(message)\n")
      throw ExitCode.failure
    }
  }
}

extension String {
  /// The text as messages quote it: at most 60 characters, with "…" when cut
  /// (a query may be a whole page, a sentence a paragraph).
  var excerpt: String { count <= 60 ? self : String(prefix(59)) + "…" }
}
