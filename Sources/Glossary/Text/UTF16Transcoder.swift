/// Converts UTF-16 bytes (after a byte-order mark) to UTF-8 as they come, in
/// chunks of any size: a code unit or a surrogate pair cut by a chunk's end
/// waits for the next. CAT tools write UTF-16 text files; `tm` reads them
/// through this.
struct UTF16Transcoder {
  let bigEndian: Bool
  /// Bytes of the input consumed so far, byte-order mark included.
  private(set) var offset: Int
  /// The line the next character is on (line feeds so far, plus one).
  private(set) var line = 1
  /// A byte waiting for its pair, and a high surrogate waiting for its low one.
  private var oddByte: UInt8?
  private var highSurrogate: UInt16?

  /// What is wrong with the input, and where (`offset` is the byte offset of
  /// the bad code unit in the input).
  struct Failure: Error {
    var offset: Int
    var line: Int
    var message: String { "invalid UTF-16 at byte offset \(offset)" }
  }

  /// A transcoder for input whose byte-order mark (`FF FE` or `FE FF`),
  /// already read, says `bigEndian`; `offset` is where the input given to
  /// `convert` starts in the file (0 when there is no byte-order mark).
  init(bigEndian: Bool, offset: Int = 2) {
    self.bigEndian = bigEndian
    self.offset = offset
  }

  /// Appends the UTF-8 of the next bytes to `output`.
  mutating func convert(_ bytes: some Sequence<UInt8>, into output: inout [UInt8]) throws(Failure) {
    for byte in bytes {
      guard let first = oddByte else {
        oddByte = byte
        continue
      }
      oddByte = nil
      let unit = bigEndian ? UInt16(first) << 8 | UInt16(byte) : UInt16(byte) << 8 | UInt16(first)
      try take(unit, into: &output)
      offset += 2
    }
  }

  /// Checks that the input did not stop inside a character.
  func finish() throws(Failure) {
    if highSurrogate != nil { throw Failure(offset: offset - 2, line: line) }
    if oddByte != nil { throw Failure(offset: offset, line: line) }
  }

  private mutating func take(_ unit: UInt16, into output: inout [UInt8]) throws(Failure) {
    let scalar: Unicode.Scalar?
    switch unit {
    case 0xD800...0xDBFF:
      guard highSurrogate == nil else { throw Failure(offset: offset - 2, line: line) }
      highSurrogate = unit
      return
    case 0xDC00...0xDFFF:
      guard let high = highSurrogate else { throw Failure(offset: offset, line: line) }
      highSurrogate = nil
      scalar = Unicode.Scalar(0x10000 + (UInt32(high - 0xD800) << 10 | UInt32(unit - 0xDC00)))
    default:
      guard highSurrogate == nil else { throw Failure(offset: offset - 2, line: line) }
      scalar = Unicode.Scalar(unit)
    }
    guard let scalar else { throw Failure(offset: offset, line: line) }
    if scalar == "\n" { line += 1 }
    output.append(contentsOf: UTF8.encode(scalar)!)
  }
}
