import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The bytes of an XML file on their way to Foundation's `XMLParser`, read
/// in chunks and passed through an `XMLInputGuard`: the one way `tm`'s XML
/// readers parse, so that every reader has the same limits.
///
/// A UTF-16 file is converted to UTF-8 here, its XML declaration made to say
/// so, and libxml2 only ever reads UTF-8 or a single-byte encoding: its push
/// parser crashes on some malformed UTF-16 (found by fuzzing).
///
/// When the guard finds a broken rule the stream fails, the parser stops,
/// and `violation` says where and why; a reader checks it before anything
/// the parser or its delegate reported.
public final class XMLInputStream: InputStream {
  private let source: Source
  /// The most bytes read before the stream fails, if any.
  private let maximumSize: Int?
  private var inputGuard: XMLInputGuard
  private var ended = false
  private var failed = false
  private var readError: InputError?
  /// Converts a UTF-16 file; nil for any other.
  private var transcoder: UTF16Transcoder?
  /// Bytes for the parser not handed over yet, from `pendingStart` on.
  private var pending: [UInt8] = []
  private var pendingStart = 0
  /// Whether the converted XML declaration may still need its encoding
  /// rewritten.
  private var declarationPending = true
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

  /// A stream over the file at `url`; `file` names it in errors. With a
  /// `maximumSize`, a larger file is an error (before it is read at all,
  /// when its size is known).
  public init(file url: URL, name file: String, maximumSize: Int? = nil) throws {
    self.maximumSize = maximumSize
    let handle = try TextFile.open(url, name: file)
    if let maximumSize, let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber,
      size.intValue > maximumSize
    {
      throw TextFile.tooLarge(file, maximumSize: maximumSize)
    }
    source = .file(handle)
    inputGuard = XMLInputGuard(file: file)
    super.init(data: Data())
  }

  /// A stream over bytes in memory; `file` names them in errors.
  public init(data: Data, name file: String) {
    maximumSize = nil
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
  public override var hasBytesAvailable: Bool { !failed && (!ended || pendingStart < pending.count) }
  public override var streamStatus: Stream.Status { failed ? .error : hasBytesAvailable ? .open : .atEnd }
  public override var streamError: Error? {
    violation.map { NSError(domain: "tm.XMLInputStream", code: 1, userInfo: [NSLocalizedDescriptionKey: "\($0)"]) }
  }

  public override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
    guard !failed else { return -1 }
    while pending.count - pendingStart < maxLength && !ended {
      guard readChunk(maxLength) else { return fail() }
    }
    let count = min(maxLength, pending.count - pendingStart)
    pending.withUnsafeBufferPointer { source in
      buffer.update(from: source.baseAddress! + pendingStart, count: count)
    }
    pendingStart += count
    if pendingStart == pending.count { (pending, pendingStart) = ([], 0) }
    return count
  }

  /// Reads, checks (and converts) the next chunk of the file into
  /// `pending`; false on a broken rule or a read error.
  private func readChunk(_ size: Int) -> Bool {
    let chunk: Data
    switch source {
    case .file(let handle):
      do {
        chunk = try handle.read(upToCount: size) ?? Data()
      } catch {
        readError = InputError(
          SourceLocation(file: inputGuard.file, line: 0), "cannot read the file: \(TextFile.describe(error))")
        return false
      }
    case .data(let data):
      chunk = data[(data.startIndex + bytesRead)...].prefix(size)
    }
    if chunk.isEmpty {
      ended = true
      guard inputGuard.finish() else { return false }
      return convert { try transcoder?.finish() }
    }
    guard chunk.withUnsafeBytes({ inputGuard.scan($0) }) else { return false }
    let start = bytesRead
    bytesRead += chunk.count
    if let maximumSize, bytesRead > maximumSize {
      readError = TextFile.tooLarge(inputGuard.file, maximumSize: maximumSize)
      return false
    }
    onRead?(bytesRead)
    if start == 0, let encoding = inputGuard.encoding, encoding != .bytes {
      let bom = inputGuard.hasByteOrderMark
      transcoder = UTF16Transcoder(bigEndian: encoding == .utf16BE, offset: bom ? 2 : 0)
      return convert { try transcoder!.convert(chunk.dropFirst(bom ? 2 : 0), into: &pending) }
    }
    guard transcoder != nil else {
      pending.append(contentsOf: chunk)
      return true
    }
    return convert { try transcoder!.convert(chunk, into: &pending) }
  }

  /// Runs a step of the UTF-16 conversion, then fixes the declaration.
  private func convert(_ step: () throws -> Void) -> Bool {
    do {
      try step()
    } catch {
      let failure = error as! UTF16Transcoder.Failure
      readError = InputError(SourceLocation(file: inputGuard.file, line: failure.line), failure.message)
      return false
    }
    if transcoder != nil, declarationPending { rewriteDeclaration() }
    return true
  }

  /// Makes the XML declaration of converted text say UTF-8 (libxml2 would
  /// read it as UTF-16 otherwise), once the declaration is whole.
  private func rewriteDeclaration() {
    let prefix = Array("<?xml".utf8)
    guard pending.count >= prefix.count || ended else { return }
    guard pending.starts(with: prefix) else {
      declarationPending = false
      return
    }
    guard let end = pending.firstRange(of: Array("?>".utf8))?.lowerBound else {
      if pending.count > 1024 || ended { declarationPending = false }
      return
    }
    declarationPending = false
    let declaration = String(decoding: pending[..<end], as: UTF8.self)
    guard let value = declaration.range(of: #"encoding\s*=\s*["'][^"']*["']"#, options: .regularExpression) else {
      return
    }
    let rewritten = declaration.replacingCharacters(in: value, with: "encoding=\"UTF-8\"")
    pending.replaceSubrange(..<end, with: Array(rewritten.utf8))
  }

  private func fail() -> Int {
    failed = true
    return -1
  }
}
