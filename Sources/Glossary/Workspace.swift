import Foundation

/// The façade the CLI uses: a store, kept up to date with the project's
/// curated sources, and the operations on it.
public final class Workspace {
  /// Bumped whenever the build would produce a different store from the same
  /// sources, so that existing stores are rebuilt.
  public static let builderVersion = 3

  public let store: any GlossaryStore & MemoryStore
  public let project: ProjectLayout?
  var cachedIndex: TermIndex?
  /// Whether `open` created the store (it did not exist before).
  var createdStore = false

  init(store: any GlossaryStore & MemoryStore, project: ProjectLayout?) {
    self.store = store
    self.project = project
  }

  /// Opens the store for a command.
  ///
  /// - Parameters:
  ///   - storePath: `--db` or `TM_DB`; nil for the project's default store.
  ///   - directory: where to look for the project (the current directory).
  ///   - refresh: rebuild the term base now if the sources changed (`tm build`
  ///     passes false and rebuilds by itself).
  ///   - creatingStore: create the store at `storePath` when it does not
  ///     exist, even without a project (for imports).
  ///   - notice: receives one-line notices, such as a rebuild.
  /// - Throws: `WorkspaceError` when there is neither a project nor a store,
  ///   `InputError` when the curated sources are malformed.
  public static func open(
    storePath: String?, from directory: URL, refresh: Bool = true, creatingStore: Bool = false,
    notice: @escaping (String) -> Void = { _ in }
  ) throws -> Workspace {
    let project = ProjectLayout.find(from: directory)
    let path: String
    if let storePath {
      path = storePath
    } else if let project {
      path = project.defaultStore.path
      try FileManager.default.createDirectory(
        at: project.defaultStore.deletingLastPathComponent(), withIntermediateDirectories: true)
    } else {
      throw WorkspaceError.noProject(directory.path)
    }
    if project == nil && !creatingStore && !FileManager.default.fileExists(atPath: path) {
      throw WorkspaceError.noStore(path)
    }
    let existed = FileManager.default.fileExists(atPath: path)
    let store = try SQLiteStore(path: path)
    store.onWriteWait = notice
    let workspace = Workspace(store: store, project: project)
    workspace.createdStore = !existed
    if project != nil && refresh {
      try workspace.refresh(force: false, notice: notice)
    }
    return workspace
  }

  /// What a build did.
  public struct BuildSummary: Sendable {
    public var concepts: Int
    public var terms: Int
    public var occurrences: Int
    /// Translation units aligned from the seeds and their translations.
    public var seedUnits: Int
  }

  /// Rebuilds the term base, and the memory's units aligned from the seeds,
  /// from the project's sources when they changed since the last build, or
  /// always when `force` is set. Returns nil when nothing had to be done.
  ///
  /// All sources are read, checked and aligned before the store is touched.
  /// The seed units are replaced in one transaction, then the term base with
  /// its fingerprint in another: an error leaves the store as it was, or at
  /// worst with new seed units and the old fingerprint, which the next run
  /// rebuilds again.
  @discardableResult
  public func refresh(force: Bool, notice: (String) -> Void = { _ in }) throws -> BuildSummary? {
    guard let project else { throw WorkspaceError.nothingToBuild(FileManager.default.currentDirectoryPath) }
    let fingerprint = try project.fingerprint(builderVersion: Self.builderVersion)
    let built = try store.termBaseFingerprint()
    if !force, built == fingerprint { return nil }
    // The rebuild reads the imports recorded in the store: it must be the only
    // writer from that read to its own write. A rebuild that is not asked for
    // does not wait for another writer (unless the store was never built):
    // the command goes on with the store as it is, and a later one rebuilds.
    var summary: BuildSummary?
    let ran: Void? = try exclusively(wait: force || built == nil) {
      let previous = try store.termBaseFingerprint()
      guard force || previous != fingerprint else { return }
      summary = try rebuild(project, fingerprint: fingerprint, previous: previous, force: force, notice: notice)
    }
    if ran == nil {
      notice("tm: data/ or seeds/ changed, but another tm process is writing to the store; using it as it is")
    }
    return summary
  }

  /// Runs `body` as the store's only writer (see `ExclusiveWriting`): nil
  /// when another process writes and `wait` is false.
  func exclusively<T>(wait: Bool, _ body: () throws -> T) throws -> T? {
    guard let store = store as? any ExclusiveWriting else { return try body() }
    return try store.writingExclusively(wait: wait, body)
  }

  /// Rebuilds the store from the project's sources (see `refresh`).
  private func rebuild(
    _ project: ProjectLayout, fingerprint: String, previous: String?, force: Bool, notice: (String) -> Void
  ) throws -> BuildSummary {
    let (curated, sources) = try Self.readSources(of: project)
    let compiled = try compile(curated, sources: sources, adding: []).termBase
    let seedUnits = try SeedMemory.build(project: project, concepts: compiled.concepts, created: Date()).units
    _ = try memory.replaceUnits(originPrefix: "seeds/", with: seedUnits)
    try store.replaceTermBase(compiled, fingerprint: fingerprint)
    cachedIndex = nil
    let summary = BuildSummary(
      concepts: compiled.concepts.count, terms: compiled.concepts.reduce(0) { $0 + $1.terms.count },
      occurrences: compiled.occurrences.reduce(0) { $0 + $1.count }, seedUnits: seedUnits.count)
    if !force {
      notice(
        previous == nil
          ? "tm: building the store from data/ and seeds/ (\(summary.concepts) concepts)"
          : "tm: data/ or seeds/ changed; rebuilt the store (\(summary.concepts) concepts)")
    }
    return summary
  }

  /// The curated concepts in data/termbase and the articles in seeds/
  /// (file name, text), read and checked.
  static func readSources(of project: ProjectLayout) throws -> (
    curated: [Concept], sources: [(name: String, text: String)]
  ) {
    var sources: [(name: String, text: String)] = []
    for file in try project.sourceFiles() where file.name.hasPrefix("seeds/") {
      sources.append((String(file.name.dropFirst("seeds/".count)), try TextFile.read(file.url, displayName: file.name)))
    }
    let curated = try TermBaseReader(knownSources: Set(sources.map(\.name))).read(
      directory: project.termBaseDirectory)
    return (curated, sources)
  }

  /// The in-memory index of the term base, loaded once.
  public func termIndex() throws -> TermIndex {
    if let cachedIndex { return cachedIndex }
    let index = try store.loadTermIndex()
    cachedIndex = index
    return index
  }

  /// Finds concepts by any of their terms (see `TermIndex.lookup`).
  public func lookup(_ query: String, language: Language? = nil, limit: Int = 10) throws -> LookupResult {
    let index = try termIndex()
    let found = index.lookup(query, language: language, limit: limit)
    let occurrences = try store.occurrences(ofConcepts: found.map { index.concepts[$0.concept].id })
    let hits = found.map { hit in
      let concept = index.concepts[hit.concept]
      return LookupHit(
        concept: concept, score: hit.score, kind: hit.kind, matched: concept.terms[hit.term],
        occurrences: occurrences[concept.id] ?? [])
    }
    return LookupResult(query: query, hits: hits)
  }
}

/// The workspace cannot find what it needs.
public enum WorkspaceError: Error, CustomStringConvertible, Sendable {
  case noProject(String)
  case noStore(String)
  /// A rebuild was asked for (`tm build`) where there is no project.
  case nothingToBuild(String)

  public var description: String {
    switch self {
    case .noProject(let directory):
      "no tm project in '\(directory)' or its parents (a folder with data/termbase); use --db or TM_DB to name a store"
    case .noStore(let path):
      "no store at '\(path)', and no project (data/termbase) to build one from"
    case .nothingToBuild(let directory):
      "no tm project in '\(directory)' or its parents (a folder with data/termbase) to build the store from"
    }
  }
}
