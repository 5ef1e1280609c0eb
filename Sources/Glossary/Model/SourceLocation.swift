/// A place in an input file, for error messages ("data/termbase/persons.tsv:12").
/// Line 0 stands for the file as a whole (it cannot be opened, it is too
/// large) and is printed as the file name alone.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int?

  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String {
    guard line > 0 else { return file }
    return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
  }
}

/// Bad input: what is wrong and where. Printed as `FILE:LINE: message`.
public struct InputError: Error, CustomStringConvertible, Sendable {
  public var location: SourceLocation
  public var message: String

  public init(_ location: SourceLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): \(message)" }
}
