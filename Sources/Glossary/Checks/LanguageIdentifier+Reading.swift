/// Reading a line: its words, their scripts and weights, and their scores.
extension LanguageIdentifier {
  /// The evidence of one line (UTF-8, no line terminator).
  func evidence(of line: UnsafeBufferPointer<UInt8>) -> Evidence {
    var evidence = Evidence(latin: ScriptEvidence(width: width), cyrillic: ScriptEvidence(width: width))
    let quoted = Self.quotedSpans(in: line)
    // The cache is moved into a local for the line, so that the hot loop
    // works on a value, without dynamic exclusivity checks on the class.
    var state = WordScoreCache(width: 0)
    swap(&state, &self.state)
    defer { swap(&state, &self.state) }
    var start = 0
    let end = line.count
    while start < end {
      while start < end, Self.isSpace(line[start]) { start += 1 }
      var tokenEnd = start
      while tokenEnd < end, !Self.isSpace(line[tokenEnd]) { tokenEnd += 1 }
      if tokenEnd > start, !Self.isSkipped(line, start..<tokenEnd) {
        let inQuote = quoted.contains { $0.contains(start) }
        readWords(line, start..<tokenEnd, quoted: inQuote, into: &evidence, state: &state)
      }
      start = tokenEnd
    }
    return evidence
  }

  /// Reads the words of one token.
  func readWords(
    _ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, quoted: Bool, into evidence: inout Evidence,
    state: inout WordScoreCache
  ) {
    var i = range.lowerBound
    let end = range.upperBound
    let quoteWeight: Float = quoted ? 0.3 : 1
    while i < end {
      // Skip to the next letter.
      let (first, firstLength) = Self.decode(line, at: i)
      guard var script = LetterScript(of: first) else {
        i += firstLength
        continue
      }
      if case .other(let other) = script, ["Hira", "Kana"].contains(other.shortName) { evidence.hasKana = true }
      state.word.removeAll(keepingCapacity: true)
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      let capitalised = Self.isUppercase(first)
      var allCapitals = capitalised
      var letters = 0
      var latinLetters = 0
      var cyrillicLetters = 0
      // Read the word: letters, marks, and apostrophes between letters; Han
      // characters never join a word of another script.
      while i < end {
        let byte = line[i]
        if byte < 0x80 {
          // ASCII, the common case, without decoding.
          let lower = byte | 0x20
          if lower >= 0x61 && lower <= 0x7A {
            if script == .han { break }
            letters += 1
            latinLetters += 1
            if byte == lower { allCapitals = false }
            state.word.append(UInt32(lower))
            hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
            i += 1
            continue
          }
          guard byte == 0x27, Self.letterFollows(line, i + 1, end) else { break }
          state.word.append(0x27)
          hash = (hash ^ 0x27) &* 0x100_0000_01b3
          i += 1
          continue
        }
        let (scalar, length) = Self.decode(line, at: i)
        if let letterScript = LetterScript(of: scalar) {
          if (letterScript == .han) != (script == .han) { break }
          letters += 1
          if letterScript == .latin { latinLetters += 1 } else if letterScript == .cyrillic { cyrillicLetters += 1 }
          if !Self.isUppercase(scalar) { allCapitals = false }
          Self.appendLowercased(scalar, to: &state.word, hash: &hash)
        } else if (0x300...0x36F).contains(scalar.value) {
          Self.appendLowercased(scalar, to: &state.word, hash: &hash)
        } else if scalar == "’" || scalar == "ʼ" {
          guard Self.letterFollows(line, i + length, end) else { break }
          state.word.append(0x27)
          hash = (hash ^ 0x27) &* 0x100_0000_01b3
        } else {
          break
        }
        i += length
      }
      // A word that mixes Latin and Cyrillic letters (a look-alike slipped
      // in) counts in the script most of its letters are in.
      if script == .latin || script == .cyrillic {
        script = cyrillicLetters > latinLetters ? .cyrillic : .latin
      }
      let isName = capitalised || (allCapitals && letters > 1)
      let scriptWeight: Float = script == .han ? 3 : isName ? 0.5 : 1
      evidence.letters[script] += Float(letters) * quoteWeight * scriptWeight
      guard script == .latin || script == .cyrillic else { continue }
      let weight = quoteWeight * (isName ? 0.1 : 1)
      let row = state.row(ofWordWithHash: hash, profiles: profiles)
      let plain = !isName && !quoted
      state.scores.withUnsafeBufferPointer { cached in
        let scores = UnsafeBufferPointer(rebasing: cached[row...])
        if script == .latin {
          evidence.latin.add(scores, weight: weight, letters: letters, plain: plain)
        } else {
          evidence.cyrillic.add(scores, weight: weight, letters: letters, plain: plain)
        }
      }
    }
  }

  static func letterFollows(_ line: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    i < end && LetterScript(of: decode(line, at: i).scalar) != nil
  }

  // MARK: - Bytes and scalars

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

  /// Whether a token is a URL, an e-mail address, a path, an identifier, an
  /// option or a code rather than words.
  static func isSkipped(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var ascii = true
    var digit = false
    for i in range {
      let byte = line[i]
      switch byte {
      case 0x2F, 0x40, 0x5F, 0x3D, 0x5C, 0x23: return true  // / @ _ = \ #
      case 0x30...0x39: digit = true
      case 0x2E:  // a dot between two letters or digits: a domain or a file name
        if i > range.lowerBound, i + 1 < range.upperBound, isWordByte(line[i - 1]), isWordByte(line[i + 1]) {
          return true
        }
      case 0x80...: ascii = false
      default: break
      }
    }
    if digit && ascii { return true }
    if line[range.lowerBound] == 0x2D, range.count > 1, isWordByte(line[range.lowerBound + 1]) { return true }
    return false
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  /// Byte ranges of short quotations: «…», “…” and "…" of at most five words.
  static func quotedSpans(in line: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var i = 0
    let n = line.count
    while i < n {
      let closing: [UInt8]
      var openLength = 1
      if line[i] == 0x22 {
        closing = [0x22]
      } else if line[i] == 0xC2, i + 1 < n, line[i + 1] == 0xAB {
        closing = [0xC2, 0xBB]
        openLength = 2
      } else if line[i] == 0xE2, i + 2 < n, line[i + 1] == 0x80, line[i + 2] == 0x9C {
        closing = [0xE2, 0x80, 0x9D]
        openLength = 3
      } else {
        i += 1
        continue
      }
      var j = i + openLength
      var spaces = 0
      var found: Int?
      while j + closing.count <= n, j - i < 120 {
        if line[j] == closing[0], closing.indices.allSatisfy({ line[j + $0] == closing[$0] }) {
          found = j
          break
        }
        if line[j] == 0x20 { spaces += 1 }
        j += 1
      }
      if let found, spaces <= 4 {
        spans.append(i..<(found + closing.count))
        i = found + closing.count
      } else {
        i += openLength
      }
    }
    return spans
  }

  static func decode(_ line: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = line[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    var value: UInt32
    let length: Int
    switch lead {
    case 0xC0..<0xE0: (value, length) = (UInt32(lead & 0x1F), 2)
    case 0xE0..<0xF0: (value, length) = (UInt32(lead & 0x0F), 3)
    default: (value, length) = (UInt32(lead & 0x07), 4)
    }
    guard i + length <= line.count else { return ("\u{FFFD}", 1) }
    for k in 1..<length { value = value << 6 | UInt32(line[i + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
    return scalar.properties.isUppercase
  }

  static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout [UInt32], hash: inout UInt64) {
    if scalar.value < 0x80 {
      let v = scalar.value >= 0x41 && scalar.value <= 0x5A ? scalar.value | 0x20 : scalar.value
      word.append(v)
      hash = (hash ^ UInt64(v)) &* 0x100_0000_01b3
    } else if scalar.properties.changesWhenLowercased {
      for lower in scalar.properties.lowercaseMapping.unicodeScalars {
        word.append(lower.value)
        hash = (hash ^ UInt64(lower.value)) &* 0x100_0000_01b3
      }
    } else {
      word.append(scalar.value)
      hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }
  }
}
