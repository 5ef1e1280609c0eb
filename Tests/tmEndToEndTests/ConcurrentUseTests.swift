import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `tm` processes at the same time on one store, and imports killed part way:
/// readers keep reading the last committed state, writers take turns, and a
/// killed import leaves the store exactly as it was.
@Suite(.serialized) struct ConcurrentUseTests {
  /// `count` distinct English–Russian units as a TSV memory, each with
  /// `marker` in its English (for concordance).
  static func corpus(_ count: Int, marker: String) -> String {
    let things = ["report", "budget", "pipeline", "treaty", "summit", "railway", "harbour", "grant"]
    let deeds = ["approved", "signed", "delayed", "published", "reviewed", "extended", "funded"]
    let russian = ["доклад", "бюджет", "трубопровод", "договор", "саммит", "железная дорога", "гавань", "грант"]
    var tsv = "en\tru\n"
    for i in 0..<count {
      let thing = i % things.count
      tsv += "The \(marker) \(things[thing]) number \(i) was \(deeds[i % deeds.count]) on day \(i / 7).\t"
      tsv += "\(russian[thing].capitalized) \(marker) номер \(i) рассмотрен в день \(i / 7).\n"
    }
    return tsv
  }

  @Test func readersKeepWorkingAndWritersTakeTurns() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    let db = ["--db", "store.sqlite"]
    try tm.write(Self.corpus(300, marker: "alpha"), to: "base.tsv")
    try tm.write(Self.corpus(20_000, marker: "omega"), to: "big.tsv")
    try tm.write(Self.corpus(50, marker: "gamma"), to: "small.tsv")
    try tm.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <martif type="TBX-Basic"><text><body>
        <termEntry id="c-ferry"><langSet xml:lang="en"><tig><term>Caspian ferry line</term></tig></langSet>
        <langSet xml:lang="ru"><tig><term>Каспийская паромная линия</term></tig></langSet></termEntry>
      </body></text></martif>
      """, to: "partner.tbx")
    #expect(try tm.run(["import", "base.tsv"] + db).status == 0)
    let lookup = try tm.run(["lookup", "Nurly Zhol"] + db)
    let query = ["match", "The alpha budget number 1 was signed on day 0."] + db
    let match = try tm.run(query)
    #expect(lookup.status == 0 && match.status == 0)
    let units = try StoreSnapshot(tm.url("store.sqlite")).units

    let big = try tm.spawn(["import", "big.tsv"] + db, output: "big")
    var writers: [(Process, String)] = []
    var readsDuringImport = 0
    var concordanceStatuses: [Int32] = []
    var matchesUnchanged: [Bool] = []
    while big.isRunning {
      // Each read runs in full while the import does: it must see the store
      // as the import found it.
      let reads = [
        try tm.run(["lookup", "Nurly Zhol"] + db), try tm.run(query), try tm.run(["concordance", "omega"] + db),
      ]
      guard big.isRunning else { break }
      readsDuringImport += 1
      #expect(reads[0].stdout == lookup.stdout && reads[0].status == 0)
      matchesUnchanged.append(reads[1].stdout == match.stdout && reads[1].status == 0)
      concordanceStatuses.append(reads[2].status)
      if writers.isEmpty {
        writers = [
          (try tm.spawn(["import", "small.tsv"] + db, output: "small"), "small"),
          (try tm.spawn(["import", "partner.tbx"] + db, output: "partner"), "partner"),
        ]
      }
    }
    big.waitUntilExit()
    #expect(big.terminationStatus == 0)
    // The import's units are not visible before it commits. The commit comes
    // a moment before the process ends, so only the last round of reads may
    // already see them.
    #expect(concordanceStatuses.dropLast().allSatisfy { $0 == 1 }, "\(concordanceStatuses)")
    #expect(matchesUnchanged.dropLast().allSatisfy { $0 }, "\(matchesUnchanged)")
    #expect(readsDuringImport > 0, "the import ended before a read could run beside it")
    for (process, name) in writers {
      process.waitUntilExit()
      let stderr = try tm.read(name + ".stderr")
      #expect(process.terminationStatus == 0, "\(stderr)")
    }
    // Both other writers started while the import ran, waited, then wrote.
    #expect(try tm.read("small.stderr").contains("tm: another tm process is writing to 'store.sqlite'"))
    #expect(try tm.read("partner.stderr").contains("waiting for it to finish"))
    // Nothing is lost.
    #expect(try StoreSnapshot(tm.url("store.sqlite")).units == units + 20_050)
    #expect(try tm.run(["concordance", "omega", "--limit", "1"] + db).status == 0)
    #expect(try tm.run(["lookup", "Caspian ferry line"] + db).stdout.contains("Каспийская паромная линия"))
  }

  /// The test holds the store's write lock itself, as another `tm` would.
  @Test func aHeldLockMakesWritersWaitAndRebuildsWaitForLater() throws {
    let tm = try TMRunner()
    defer { tm.remove() }
    try tm.write(Self.corpus(10, marker: "alpha"), to: "small.tsv")
    #expect(try tm.run(["build"]).status == 0)
    let before = try tm.run(["lookup", "Astana"])
    let lock = open(tm.url(".tm/tm.sqlite-lock").path, O_RDWR | O_CREAT, 0o644)
    #expect(lock >= 0)
    #expect(flock(lock, LOCK_EX) == 0)

    // data/ changed: the lookup answers from the store as it is.
    try tm.write(try tm.read("data/termbase/places.tsv") + "\n", to: "data/termbase/places.tsv")
    let stale = try tm.run(["lookup", "Astana"])
    #expect(stale.status == 0)
    #expect(stale.stdout == before.stdout)
    #expect(
      stale.stderr
        == "tm: data/ or seeds/ changed, but another tm process is writing to the store; using it as it is\n")

    // An import waits for the lock, then runs; the next command rebuilds.
    let waiting = try tm.spawn(["import", "small.tsv"], output: "import")
    Thread.sleep(forTimeInterval: 1)
    #expect(waiting.isRunning)
    #expect(flock(lock, LOCK_UN) == 0)
    close(lock)
    waiting.waitUntilExit()
    #expect(waiting.terminationStatus == 0)
    #expect(try tm.read("import.stdout").hasPrefix("imported 10 units from 1 file"))
    #expect(try tm.read("import.stderr").contains("tm: another tm process is writing to '"))
    #expect(try tm.run(["lookup", "Astana"]).stderr.hasPrefix("tm: data/ or seeds/ changed; rebuilt the store"))
  }

  @Test func killedImportsLeaveTheStoreAsItWas() throws {
    let tm = try TMRunner(withData: false)
    defer { tm.remove() }
    let store = tm.url("store.sqlite")
    try tm.write(Self.corpus(300, marker: "alpha"), to: "base.tsv")
    try tm.write(Self.corpus(20_000, marker: "omega"), to: "big.tsv")
    #expect(try tm.run(["import", "base.tsv", "--db", "store.sqlite"]).status == 0)
    let before = try StoreSnapshot(store)
    #expect(before.integrity == "ok")
    #expect(before.units == 300)

    // How long a whole import takes here, on a copy of the store.
    try FileManager.default.copyItem(at: store, to: tm.url("copy.sqlite"))
    let start = Date()
    #expect(try tm.run(["import", "big.tsv", "--db", "copy.sqlite"]).status == 0)
    let whole = Date().timeIntervalSince(start)

    for fraction in [0.1, 0.3, 0.5, 0.7, 0.9] {
      let process = try tm.spawn(["import", "big.tsv", "--db", "store.sqlite"], output: "killed")
      Thread.sleep(forTimeInterval: whole * fraction)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let after = try StoreSnapshot(store)
      #expect(after.integrity == "ok", "killed after \(fraction) of an import")
      if after.units == 20_300 {
        // Killed after its commit: the import is whole, which is all right,
        // but the store is no longer the one to compare with.
        #expect(after != before)
        return
      }
      #expect(process.terminationReason == .uncaughtSignal)
      #expect(after == before, "killed after \(fraction) of an import")
    }
    // The lock went with the killed processes: the next import runs, whole.
    let output = try tm.run(["import", "big.tsv", "--db", "store.sqlite"])
    #expect(output.status == 0)
    #expect(output.stderr == "")
    let after = try StoreSnapshot(store)
    #expect(after.integrity == "ok")
    #expect(after.units == 20_300)
  }
}

extension TMRunner {
  /// Starts `tm` with `arguments` in the project directory without waiting;
  /// its output goes to NAME.stdout and NAME.stderr there.
  func spawn(_ arguments: [String], output name: String) throws -> Process {
    let process = makeProcess(arguments, environment: ["SWIFT_BACKTRACE": "enable=no"])
    for (suffix, keyPath) in [("stdout", \Process.standardOutput), ("stderr", \Process.standardError)] {
      let file = url("\(name).\(suffix)")
      try Data().write(to: file)
      process[keyPath: keyPath] = try FileHandle(forWritingTo: file)
    }
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return process
  }
}
