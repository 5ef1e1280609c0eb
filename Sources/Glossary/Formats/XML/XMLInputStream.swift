import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The bytes of an XML file on their way to Foundation's `XMLParser`, read
/// in chunks and passed through an `XMLInputGuard`: the one way `tm`'s XML
/// readers parse, so that every reader has the same limits.
///
/// When the guard finds a broken rule the stream fails, the parser stops,
/// and `violation` says where and why; a reader checks it before anything
/// the parser or its delegate reported.
public final class XMLInputStream: InputStream {
  private let source: Source
  private var inputGuard: XMLInputGuard
  private var ended = false
  private var failed = false
  private var readError: InputError?
  /// The bytes read so far.
  public private(set) var bytesRead = 0
  /// Receives `bytesRead` after each chunk (for progress bars).
  public var onRead: ((Int) -> Void)?

  private enum Source {
    case file(FileHandle)
    case data(Data)
  }

  /// The rule the input broke, or why it could not be read, if either.
  public var violation: InputError? { readError ?? inputGuard.violation }

  /// A stream over the file at `url`; `file` names it in errors.
  public init(file url: URL, name file: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
      throw InputError(SourceLocation(file: file, line: 0), "cannot read the file: no such file")
    }
    do {
      source = .file(try FileHandle(forReadingFrom: url))
    } catch {
      throw InputError(SourceLocation(file: file, line: 0), "cannot read the file: \(TextFile.describe(error))")
    }
    inputGuard = XMLInputGuard(file: file)
    super.init(data: Data())
  }

  /// A stream over bytes in memory; `file` names them in errors.
  public init(data: Data, name file: String) {
    source = .data(data)
    inputGuard = XMLInputGuard(file: file)
    super.init(data: Data())
  }

  deinit {
    if case .file(let handle) = source { try? handle.close() }
  }

  /// A parser reading this stream, set up the safe way: no external
  /// entities, no DTD loading.
  public func parser(processingNamespaces: Bool) -> XMLParser {
    let parser = XMLParser(stream: self)
    parser.shouldResolveExternalEntities = false
    parser.externalEntityResolvingPolicy = .never
    parser.shouldProcessNamespaces = processingNamespaces
    parser.shouldReportNamespacePrefixes = false
    return parser
  }

  public override func open() {}
  public override func close() {}
  public override var hasBytesAvailable: Bool { !ended && !failed }
  public override var streamStatus: Stream.Status { failed ? .error : ended ? .atEnd : .open }
  public override var streamError: Error? {
    violation.map { NSError(domain: "tm.XMLInputStream", code: 1, userInfo: [NSLocalizedDescriptionKey: "\($0)"]) }
  }

  public override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
    guard !failed, !ended else { return failed ? -1 : 0 }
    let chunk: Data
    switch source {
    case .file(let handle):
      do {
        chunk = try handle.read(upToCount: maxLength) ?? Data()
      } catch {
        readError = InputError(
          SourceLocation(file: inputGuard.file, line: 0), "cannot read the file: \(TextFile.describe(error))")
        return fail()
      }
    case .data(let data):
      chunk = data[(data.startIndex + bytesRead)...].prefix(maxLength)
    }
    if chunk.isEmpty {
      ended = true
      return inputGuard.finish() ? 0 : fail()
    }
    guard chunk.withUnsafeBytes({ inputGuard.scan($0) }) else { return fail() }
    chunk.copyBytes(to: buffer, count: chunk.count)
    bytesRead += chunk.count
    onRead?(bytesRead)
    return chunk.count
  }

  private func fail() -> Int {
    failed = true
    return -1
  }
}
