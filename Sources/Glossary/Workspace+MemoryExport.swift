import Foundation

extension Workspace {
  /// How many units an export reads from the store at a time: the memory is
  /// never held whole, however large.
  static let memoryExportBatch = 1000

  /// Writes every unit of the memory as TMX 1.4b to `sink`, in unit-id order
  /// (the order units were added, which an import of the file keeps: a round
  /// trip gives the same file again, apart from the header date).
  ///
  /// English is always the source; `options.languages` choose the targets
  /// (ru, kk). A unit with none of them is left out and counted.
  ///
  /// - Throws: `TMXWriteError` when a unit has a character TMX cannot carry,
  ///   `ExportError.emptyMemory` when no unit has a chosen translation.
  func exportMemory(options: ExportOptions, to sink: any TextSink) throws -> ExportSummary {
    let targets = Set(options.languages.map(\.language)).subtracting([.en])
    guard !targets.isEmpty else { throw ExportError.emptyMemory([]) }
    var writer = TMXWriter(
      output: "", creationToolVersion: options.creationToolVersion, creationDate: options.date)
    var leftOut = 0
    try store.readMemory { reader in
      var last: Int64 = 0
      while true {
        let batch = try reader.units(after: last, limit: Self.memoryExportBatch)
        guard let end = batch.last else { break }
        last = end.id
        for stored in batch {
          var unit = stored.unit
          unit.targets = unit.targets.filter { targets.contains($0.key) }
          guard !unit.targets.isEmpty else {
            leftOut += 1
            continue
          }
          if writer.count == 0 { writer.begin() }
          try writer.write(unit)
        }
        try sink.write(writer.output)
        writer.output = ""
      }
    }
    guard writer.count > 0 else { throw ExportError.emptyMemory(targets.sorted()) }
    writer.end()
    try sink.write(writer.output)
    return ExportSummary(entries: writer.count, leftOut: leftOut)
  }
}
