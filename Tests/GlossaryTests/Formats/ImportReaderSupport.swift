import Foundation
@testable import Glossary

/// Reads `text` as a file with `reader`, collecting its units and notes.
func importUnits(
  _ reader: any MemoryImporter.Type, _ text: String, name: String = "input", options: ImportOptions = ImportOptions()
) throws -> (units: [TranslationUnit], notes: [String]) {
  let directory = try TemporaryDirectory()
  let file = try directory.write(text, to: name)
  var units: [TranslationUnit] = []
  let notes = try reader.read(file, name: name, options: options, progress: { _ in }) { units.append($0) }
  return (units, notes)
}

/// The message of the `InputError` that reading `text` throws.
func importError(
  _ reader: any MemoryImporter.Type, _ text: String, name: String = "input", options: ImportOptions = ImportOptions()
) -> String? {
  do {
    _ = try importUnits(reader, text, name: name, options: options)
    return nil
  } catch let error as InputError {
    return error.description
  } catch {
    return "unexpected \(type(of: error)): \(error)"
  }
}
