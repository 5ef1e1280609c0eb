/// The checks every XML file passes on its way into a reader, before
/// Foundation's parser (libxml2) sees its bytes: a scan, one byte at a time,
/// of what libxml2 either does unsafely or does not limit.
///
/// The rules, each an `InputError` at the line and column where it breaks:
/// - No internal DTD subset (`<!DOCTYPE tbx [ … ]>`): that is where entities
///   are declared, and entity expansion ("billion laughs") is what makes a
///   small file take gigabytes. TBX and TMX files from CAT tools declare
///   none. A `<!DOCTYPE … SYSTEM "…">` naming an external DTD is accepted;
///   the DTD is never fetched.
/// - No entity reference other than the five XML predefines (`&lt;` …) and
///   character references (`&#160;`): with no DTD read, any other name is
///   undeclared, and libxml2 would drop it silently.
/// - Elements nest at most `maximumDepth` deep; a tag, with its attributes,
///   is at most `maximumMarkupLength` bytes (libxml2 checks attributes for
///   duplicates in quadratic time: 200,000 in one tag take 10 s); a run of
///   text, a CDATA section or a comment is at most `maximumTextLength`.
/// - The XML declaration names an encoding from `readableEncodings` (UTF-8,
///   UTF-16 and the single-byte ones Russian and Kazakh files come in), one
///   that fits the file's bytes: libxml2 crashes on some others when it
///   switches to them mid-stream (`encoding="UTF-32"` in an ASCII file).
/// - No processing instruction without data (`<?target?>`): Foundation's
///   parser on Linux crashes on one (it reads the missing data as a string).
/// - No NUL character (a NUL byte means UTF-16 or UTF-32 without a byte-order
///   mark, or not text at all).
/// - The file holds an element, and does not end inside markup.
///
/// The scan reads UTF-8 and other ASCII-based encodings byte by byte, and
/// UTF-16 (with a byte-order mark, or starting `<?xml`) by code unit; the
/// lengths count code units. UTF-32 and EBCDIC are refused. Everything else
/// about well-formedness is left to libxml2.
public struct XMLInputGuard: Sendable {
  /// The deepest nesting of elements: TBX and TMX files nest under 15.
  public static let maximumDepth = 100
  /// The longest tag (name and attributes), processing instruction or
  /// declaration: 64 KiB.
  public static let maximumMarkupLength = 64 * 1024
  /// The longest run of text between two tags, CDATA section or comment:
  /// 1 MiB. Readers hold an element's text to the same limit.
  public static let maximumTextLength = 1 << 20

  /// How errors name the file.
  public let file: String
  /// The first rule the input broke, if any; the guard reads no further.
  public private(set) var violation: InputError?

  /// How the file's bytes make characters, as far as the guard is concerned.
  enum Encoding { case bytes, utf16LE, utf16BE }

  private enum State {
    case text, markupOpen, bang, comment, cdata, processingInstruction, declaration
    case startTag, endTag
    case attributeValue(quote: UInt32)
    case doctype
    case doctypeLiteral(quote: UInt32)
    case internalSubset
    case reference(in: ReferenceContext)
  }

  private enum ReferenceContext {
    case text
    case attributeValue(quote: UInt32)
  }

  private typealias Position = (line: Int, column: Int)

  /// The file's encoding, once its first four bytes are read.
  private(set) var encoding: Encoding?
  /// Whether the file starts with a byte-order mark (of `encoding`).
  private(set) var hasByteOrderMark = false
  /// Bytes held back: the first four, until the encoding is known, and then
  /// half a UTF-16 code unit at the end of a chunk.
  private var pending: [UInt8] = []
  /// Bytes of a byte-order mark still to pass over.
  private var skipping = 0
  private var state = State.text
  /// Where the next code unit is.
  private var line = 1
  private var column = 1
  private var afterCarriageReturn = false
  /// Where the code unit being looked at is.
  private var current: Position = (1, 1)
  /// Where the current piece of markup or text started, and its length in
  /// code units.
  private var start: Position = (1, 1)
  private var length = 0
  private var depth = 0
  private var sawElement = false
  private var sawAnything = false
  /// The last eight ASCII code units, for spotting `-->`, `<![CDATA[` …
  private var recent: UInt64 = 0
  private var previous: UInt32 = 0
  /// The name of the entity reference being read (ASCII, at most 32 bytes).
  private var referenceName: [UInt8] = []
  private var referenceStart: Position = (1, 1)
  /// Code units seen, after a byte-order mark.
  private var units = 0
  /// The XML declaration (`<?xml … ?>`) being read, in ASCII, while it is.
  private var declaration: [UInt8]?
  private var declarationStart: Position = (1, 1)
  /// Whether the processing instruction being read has data after its
  /// target (white space after the target, strictly).
  private var instructionHasData = false

  public init(file: String) {
    self.file = file
  }

  /// Scans the next bytes of the file; false once a rule is broken.
  public mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard violation == nil else { return false }
    var rest = bytes[...]
    if encoding == nil {
      let taken = min(4 - pending.count, rest.count)
      pending.append(contentsOf: rest.prefix(taken))
      rest = rest.dropFirst(taken)
      guard pending.count == 4, scanHead() else { return violation == nil }
    }
    return scanUnits(rest)
  }

  /// Checks the end of the input: false when the file is empty, holds no
  /// element, or ends inside markup.
  public mutating func finish() -> Bool {
    guard violation == nil else { return false }
    if encoding == nil, !scanHead() { return false }
    switch state {
    case .text, .reference(in: .text): break
    case .comment: return fail(at: start, "the file ends inside a comment")
    case .cdata: return fail(at: start, "the file ends inside a CDATA section")
    default: return fail(at: start, "the file ends inside a tag")
    }
    if !sawAnything { return fail(at: (1, 1), "the file is empty") }
    if !sawElement { return fail(at: (line, column), "the file holds no XML element") }
    return true
  }

  // MARK: Scanning

  /// Decides the encoding from the first (up to four) bytes, and scans them.
  private mutating func scanHead() -> Bool {
    let head = pending
    pending = []
    if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE, 0x00, 0x00])
      || head.starts(with: [0x00, 0x00, 0x00, 0x3C]) || head.starts(with: [0x3C, 0x00, 0x00, 0x00])
    {
      return fail(at: (1, 1), "the file is UTF-32, which tm does not read: save it as UTF-8")
    }
    if head.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) {
      return fail(at: (1, 1), "the file is EBCDIC, which tm does not read: save it as UTF-8")
    }
    switch head.count >= 2 ? (head[0], head[1]) : (0, 0) {
    case (0xFF, 0xFE): (encoding, skipping, hasByteOrderMark) = (.utf16LE, 2, true)
    case (0xFE, 0xFF): (encoding, skipping, hasByteOrderMark) = (.utf16BE, 2, true)
    case (0x3C, 0x00) where head.count == 4 && head[2] == 0x3F && head[3] == 0x00: encoding = .utf16LE
    case (0x00, 0x3C) where head.count == 4 && head[2] == 0x00 && head[3] == 0x3F: encoding = .utf16BE
    default:
      encoding = .bytes
      if head.starts(with: [0xEF, 0xBB, 0xBF]) { (skipping, hasByteOrderMark) = (3, true) }
    }
    return head.withUnsafeBytes { scanUnits($0[...]) }
  }

  private mutating func scanUnits(_ bytes: Slice<UnsafeRawBufferPointer>) -> Bool {
    var i = bytes.startIndex
    let skipped = min(skipping, bytes.count)
    i += skipped
    skipping -= skipped
    if encoding == .bytes {
      while i < bytes.endIndex {
        let byte = bytes[i]
        i += 1
        guard step(UInt32(byte), continuation: byte & 0xC0 == 0x80) else { return false }
      }
      return true
    }
    let littleEndian = encoding == .utf16LE
    while i < bytes.endIndex {
      pending.append(bytes[i])
      i += 1
      guard pending.count == 2 else { continue }
      let (low, high) = littleEndian ? (pending[0], pending[1]) : (pending[1], pending[0])
      pending.removeAll(keepingCapacity: true)
      let unit = UInt32(high) << 8 | UInt32(low)
      // A low surrogate continues the character its high surrogate began.
      guard step(unit, continuation: unit & 0xFC00 == 0xDC00) else { return false }
    }
    return true
  }

  /// One code unit; `continuation` when it does not start a character.
  private mutating func step(_ unit: UInt32, continuation: Bool) -> Bool {
    current = (line, column)
    if unit == 0x0A {
      if !afterCarriageReturn { (line, column) = (line + 1, 1) }
    } else if unit == 0x0D {
      (line, column) = (line + 1, 1)
    } else if !continuation {
      column += 1
    }
    afterCarriageReturn = unit == 0x0D
    if unit == 0 {
      return fail(
        at: current, "a NUL character: the file is not text, or is UTF-16 or UTF-32 without a byte-order mark")
    }
    sawAnything = true
    units += 1
    recent = recent << 8 | UInt64(unit < 0x80 ? unit : 0xFF)
    defer { previous = unit }
    return consume(unit)
  }

  private mutating func consume(_ unit: UInt32) -> Bool {
    switch state {
    case .text:
      if unit == 0x3C {  // <
        state = .markupOpen
        length = 0
        return grow(limit: Self.maximumMarkupLength, "a tag")
      }
      if unit == 0x26 { return beginReference(in: .text) }  // &
      return grow(limit: Self.maximumTextLength, "an element's text")

    case .markupOpen:
      switch unit {
      case 0x21: state = .bang  // !
      case 0x3F:  // ?
        state = .processingInstruction
        instructionHasData = false
        if units == 2 {
          declaration = []
          declarationStart = start
        }
      case 0x2F: state = .endTag  // /
      default: state = .startTag
      }
      return grow(limit: Self.maximumMarkupLength, "a tag")

    case .bang:
      if ends(with: Self.commentStart) {
        state = .comment
      } else if ends(with: Self.cdataStart) {
        state = .cdata
      } else if ends(with: Self.doctypeStart) {
        state = .doctype
      } else if unit == 0x3E {  // >
        return end()
      } else if length > 8 {
        state = .declaration
      }
      return grow(limit: Self.maximumMarkupLength, "a declaration")

    case .comment:
      if ends(with: Self.commentEnd) { return end() }
      return grow(limit: Self.maximumTextLength, "a comment")

    case .cdata:
      if ends(with: Self.cdataEnd) {
        state = .text  // the text goes on after the section
        return true
      }
      return grow(limit: Self.maximumTextLength, "a CDATA section")

    case .processingInstruction:
      if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D { instructionHasData = true }
      if unit == 0x3E && previous == 0x3F {  // ?>
        guard instructionHasData else {
          return fail(
            at: start,
            "a processing instruction without data ('<?name?>'), which Foundation's XML parser cannot read: remove it")
        }
        if let text = declaration {
          declaration = nil
          guard checkDeclaration(text) else { return false }
        }
        return end()
      }
      if declaration != nil, declaration!.count < 512 { declaration!.append(unit < 0x80 ? UInt8(unit) : 0x3F) }
      return grow(limit: Self.maximumMarkupLength, "a processing instruction")

    case .declaration:
      if unit == 0x3E { return end() }
      return grow(limit: Self.maximumMarkupLength, "a declaration")

    case .startTag:
      switch unit {
      case 0x22, 0x27:
        state = .attributeValue(quote: unit)
      case 0x3E:
        sawElement = true
        if previous != 0x2F {  // not an empty element: />
          depth += 1
          if depth > Self.maximumDepth {
            return fail(at: start, "elements nest more than \(Self.maximumDepth) deep, the most tm reads")
          }
        }
        return end()
      default:
        break
      }
      return grow(limit: Self.maximumMarkupLength, "a tag")

    case .attributeValue(let quote):
      if unit == quote {
        state = .startTag
      } else if unit == 0x26 {
        return beginReference(in: .attributeValue(quote: quote))
      }
      return grow(limit: Self.maximumMarkupLength, "a tag")

    case .endTag:
      if unit == 0x3E {
        depth = max(0, depth - 1)
        return end()
      }
      return grow(limit: Self.maximumMarkupLength, "a tag")

    case .doctype:
      switch unit {
      case 0x22, 0x27: state = .doctypeLiteral(quote: unit)
      case 0x5B: state = .internalSubset  // [
      case 0x3E: return end()
      default: break
      }
      return grow(limit: Self.maximumMarkupLength, "the DOCTYPE")

    case .doctypeLiteral(let quote):
      if unit == quote { state = .doctype }
      return grow(limit: Self.maximumMarkupLength, "the DOCTYPE")

    case .internalSubset:
      if ends(with: Self.entityDeclaration) {
        return fail(
          at: (current.line, current.column - 7),
          "the file declares entities (<!ENTITY …>), which tm does not expand: TBX and TMX files need none")
      }
      if unit == 0x5D {  // ]
        return fail(at: start, "the DOCTYPE has an internal subset ([ … ]), which tm does not read: remove it")
      }
      return grow(limit: Self.maximumMarkupLength, "the DOCTYPE")

    case .reference(let context):
      return continueReference(unit, in: context)
    }
  }

  // MARK: The XML declaration

  /// The encodings a file may declare, upper-cased: UTF-8 and UTF-16, and
  /// the single-byte encodings of Russian and Western text (ISO 8859,
  /// Windows code pages 1250–1258, KOI8-R and KOI8-U).
  public static let readableEncodings: Set<String> = {
    var names: Set<String> = [
      "UTF-8", "UTF8", "UTF-16", "UTF-16LE", "UTF-16BE", "US-ASCII", "ASCII", "KOI8-R", "KOI8-U",
    ]
    for n in 1...16 { names.formUnion(["ISO-8859-\(n)", "ISO_8859-\(n)", "ISO8859-\(n)"]) }
    for n in 0...8 { names.formUnion(["WINDOWS-125\(n)", "CP125\(n)"]) }
    names.formUnion(["LATIN1", "LATIN-1"])
    return names
  }()

  /// Checks the encoding an XML declaration names (the text between `<?`
  /// and `?>`, in ASCII) against the file's bytes.
  private mutating func checkDeclaration(_ text: [UInt8]) -> Bool {
    guard text.starts(with: Array("xml".utf8)), text.count > 3, [0x20, 0x09, 0x0A, 0x0D].contains(text[3]),
      let declared = Self.attribute("encoding", in: text)
    else { return true }
    let name = declared.uppercased()
    let isUTF16 = name.hasPrefix("UTF-16")
    switch encoding {
    case .bytes? where isUTF16:
      return fail(
        at: declarationStart,
        "the file declares the encoding '\(declared)' but is not UTF-16 (it has no byte-order mark)")
    case .utf16LE?, .utf16BE?:
      if isUTF16 || name == "UTF-8" || name == "UTF8" { return true }
      return fail(at: declarationStart, "the file is UTF-16 but declares the encoding '\(declared)'")
    default:
      guard Self.readableEncodings.contains(name) else {
        return fail(
          at: declarationStart,
          "the file declares the encoding '\(declared)', which tm does not read: save it as UTF-8")
      }
      return true
    }
  }

  /// The value of `name="…"` (or `'…'`) in a declaration.
  static func attribute(_ name: String, in text: [UInt8]) -> String? {
    guard let found = text.firstRange(of: Array(name.utf8)) else { return nil }
    var i = found.upperBound
    func skipSpace() { while i < text.count, [0x20, 0x09, 0x0A, 0x0D].contains(text[i]) { i += 1 } }
    skipSpace()
    guard i < text.count, text[i] == 0x3D else { return nil }  // =
    i += 1
    skipSpace()
    guard i < text.count, text[i] == 0x22 || text[i] == 0x27 else { return nil }
    let quote = text[i]
    guard let end = text[(i + 1)...].firstIndex(of: quote) else { return nil }
    return String(decoding: text[(i + 1)..<end], as: UTF8.self)
  }

  // MARK: Entity references

  private mutating func beginReference(in context: ReferenceContext) -> Bool {
    state = .reference(in: context)
    referenceName.removeAll(keepingCapacity: true)
    referenceStart = current
    return true
  }

  private mutating func continueReference(_ unit: UInt32, in context: ReferenceContext) -> Bool {
    let isNameUnit =
      (unit >= 0x61 && unit <= 0x7A) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x30 && unit <= 0x39)
      || unit == 0x23 || unit == 0x2E || unit == 0x2D || unit == 0x5F || unit == 0x3A
    if isNameUnit, referenceName.count < 32 {
      referenceName.append(UInt8(unit))
      return true
    }
    switch context {
    case .text: state = .text
    case .attributeValue(let quote): state = .attributeValue(quote: quote)
    }
    guard unit == 0x3B, !referenceName.isEmpty else {  // ;
      // Not a named reference: libxml2 says what is wrong, if anything.
      return consume(unit)
    }
    let name = String(decoding: referenceName, as: UTF8.self)
    guard name.hasPrefix("#") || ["lt", "gt", "amp", "apos", "quot"].contains(name) else {
      return fail(
        at: referenceStart,
        "the entity '&\(name);' is not declared (tm reads no DTD): "
          + "write the character itself, or a character reference such as '&#160;'")
    }
    return true
  }

  // MARK: Helpers

  private mutating func end() -> Bool {
    state = .text
    length = 0
    return true
  }

  /// One more code unit of the current piece, which may hold `limit`.
  private mutating func grow(limit: Int, _ what: String) -> Bool {
    if length == 0 { start = current }
    length += 1
    guard length <= limit else {
      return fail(at: start, "\(what) is longer than \(TextFile.describe(size: limit)), the most tm reads")
    }
    return true
  }

  /// A short ASCII string (at most eight letters) that the last code units
  /// may spell.
  private struct Tail {
    var pattern: UInt64 = 0
    let mask: UInt64

    init(_ ascii: String) {
      for byte in ascii.utf8 { pattern = pattern << 8 | UInt64(byte) }
      mask = ascii.utf8.count >= 8 ? .max : (1 << UInt64(ascii.utf8.count * 8)) - 1
    }
  }

  private static let commentStart = Tail("!--")
  private static let commentEnd = Tail("-->")
  private static let cdataStart = Tail("![CDATA[")
  private static let cdataEnd = Tail("]]>")
  private static let doctypeStart = Tail("!DOCTYPE")
  private static let entityDeclaration = Tail("<!ENTITY")

  private func ends(with tail: Tail) -> Bool {
    recent & tail.mask == tail.pattern
  }

  private mutating func fail(at location: Position, _ message: String) -> Bool {
    violation = InputError(SourceLocation(file: file, line: location.line, column: location.column), message)
    return false
  }
}
