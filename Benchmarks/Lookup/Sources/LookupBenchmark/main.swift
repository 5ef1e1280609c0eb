import Foundation
import Glossary

/// Times `Workspace.lookup` in one process over 1,000 mixed queries made from
/// the shipped term base: exact terms, case and hyphen variants,
/// romanizations, typos, sentences that contain terms, and nonsense.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func measure<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
  let start = DispatchTime.now().uptimeNanoseconds
  let value = try body()
  print(String(format: "%@: %.2f ms", label, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))
  return value
}
let storePath = root.appendingPathComponent(".tm/tm.sqlite").path
let store = try measure("open store (cold)") { try SQLiteStore(path: storePath) }
_ = try measure("fingerprint") { try ProjectLayout(root: root).fingerprint(builderVersion: Workspace.builderVersion) }
_ = try measure("load term index") { try store.loadTermIndex() }
if CommandLine.arguments.contains("--profile-load") {
  for _ in 0..<200 { _ = try store.loadTermIndex() }
  exit(0)
}
let openStart = Date()
let workspace = try Workspace.open(storePath: nil, from: root, notice: { print($0) })
let index = try workspace.termIndex()
print(String(format: "open + load index: %.2f ms", Date().timeIntervalSince(openStart) * 1000))

var generator = SplitMix(seed: 20261123)
let terms = index.concepts.flatMap(\.terms)
let sentences = try workspace.lookup("Kazakhstan", limit: 1).hits.first?.occurrences.map(\.sentence) ?? []
var queries: [String] = []
while queries.count < 1_000 {
  let term = terms[Int(generator.next() % UInt64(terms.count))]
  switch queries.count % 6 {
  case 0: queries.append(term.text)
  case 1: queries.append(term.text.uppercased().replacingOccurrences(of: " ", with: "-"))
  case 2: queries.append(try Romanizer.romanizations(of: term.text, from: nil, schemes: [.ascii]).results[0].text)
  case 3:
    var scalars = Array(term.text.unicodeScalars)
    if scalars.count > 5 { scalars.swapAt(2, 3) }
    queries.append(String(String.UnicodeScalarView(scalars)))
  case 4: queries.append(sentences.isEmpty ? term.text : sentences[Int(generator.next() % UInt64(sentences.count))])
  default: queries.append("qx\(generator.next() % 100000)zv")
  }
}

var timings: [Double] = []
var found = 0
for query in queries {
  let start = DispatchTime.now().uptimeNanoseconds
  let result = try workspace.lookup(query, limit: 5)
  timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  if !result.hits.isEmpty { found += 1 }
}
timings.sort()
@MainActor func percentile(_ p: Double) -> Double { timings[min(timings.count - 1, Int(Double(timings.count) * p))] }
print(String(format: "%d queries, %d with results: median %.3f ms, p95 %.3f ms, max %.3f ms",
  timings.count, found, percentile(0.5), percentile(0.95), timings.last!))

struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
