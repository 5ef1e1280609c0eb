extension CompiledTermBase {
  /// Adds occurrences that did not come from the seeds (the contexts of
  /// imported entries, or what a store without a project already held) to
  /// the concepts with their ids, once each (by file, line and sentence),
  /// keeping every concept's occurrences in file and line order.
  mutating func add(occurrences added: [String: [Occurrence]]) {
    guard !added.isEmpty else { return }
    for (c, concept) in concepts.enumerated() {
      guard let new = added[concept.id] else { continue }
      for occurrence in new
      where !occurrences[c].contains(where: {
        $0.file == occurrence.file && $0.line == occurrence.line && $0.sentence == occurrence.sentence
      }) {
        occurrences[c].append(occurrence)
      }
      occurrences[c] = occurrences[c].enumerated().sorted { lhs, rhs in
        (lhs.element.file, lhs.element.line, lhs.offset) < (rhs.element.file, rhs.element.line, rhs.offset)
      }.map(\.element)
    }
  }
}
