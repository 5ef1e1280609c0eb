import Foundation

extension Workspace {
  /// Imports a TBX file (2008 or 2019 form) into the term base: its entries
  /// merge into the concepts they share terms with (see `TermBaseImporter`)
  /// and the rest become new concepts, in one transaction.
  ///
  /// The entries are also recorded in the store as read, apart from the
  /// term base: the term base is rebuilt from data/ whenever data/ changes,
  /// and every rebuild merges the recorded entries again, so imports
  /// survive. A store without a project has no data/ to rebuild from: there
  /// the entries merge into what the store holds.
  ///
  /// - Parameter file: how errors and warnings name the file.
  public func importTermBase(from url: URL, file: String) throws -> TermBaseImportReport {
    guard let exchangeStore = store as? any TermBaseExchangeStore else {
      throw StoreError(path: "\(type(of: store))", message: "this store cannot record imports")
    }
    let read = try TBXReader().read(url, file: file)
    // From reading the term base to writing the new one, no other process
    // may write: its changes would be lost.
    return try exclusively(wait: true) { try merge(read, exchangeStore: exchangeStore) }!
  }

  private func merge(_ read: TBXReader.Result, exchangeStore: any TermBaseExchangeStore) throws
    -> TermBaseImportReport
  {
    var compiled: CompiledTermBase
    var report: TermBaseImportReport
    var fingerprint: String?
    if let project {
      let (curated, sources) = try Self.readSources(of: project)
      (compiled, report) = try compile(curated, sources: sources, adding: read.entries)
      fingerprint = try project.fingerprint(builderVersion: Self.builderVersion)
    } else {
      let current = try concepts()
      let merge = try TermBaseImporter().merge(read.entries, into: current)
      compiled = try CompiledTermBase.compile(merge.concepts, sources: [])
      compiled.add(occurrences: try store.occurrences(ofConcepts: current.map(\.id)))
      compiled.add(occurrences: merge.contexts)
      report = merge.report
    }
    try exchangeStore.replaceTermBase(compiled, fingerprint: fingerprint, recording: read.entries)
    cachedIndex = nil
    report.skippedLanguages = read.skippedLanguages
    return report
  }

  /// The concepts of the term base, without building the lookup index when
  /// it is not built yet.
  func concepts() throws -> [Concept] {
    if let cachedIndex { return cachedIndex.concepts }
    return try (store as? any TermBaseExchangeStore)?.loadConcepts() ?? termIndex().concepts
  }

  /// The curated concepts with the recorded imports, then `newImports`,
  /// merged over them, compiled against the seeds; and the report on
  /// `newImports`.
  func compile(
    _ curated: [Concept], sources: [(name: String, text: String)], adding newImports: [ImportedConcept]
  ) throws -> (termBase: CompiledTermBase, report: TermBaseImportReport) {
    let recorded = try (store as? any TermBaseExchangeStore)?.importedConcepts() ?? []
    guard !recorded.isEmpty || !newImports.isEmpty else {
      return (try CompiledTermBase.compile(curated, sources: sources), TermBaseImportReport())
    }
    let importer = try TermBaseImporter()
    let earlier = try importer.merge(recorded, into: curated)
    let latest = try importer.merge(newImports, into: earlier.concepts)
    var compiled = try CompiledTermBase.compile(latest.concepts, sources: sources)
    compiled.add(occurrences: earlier.contexts)
    compiled.add(occurrences: latest.contexts)
    return (compiled, latest.report)
  }
}
