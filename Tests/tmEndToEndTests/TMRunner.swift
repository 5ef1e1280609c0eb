import Foundation

/// Runs the built `tm` binary, as a user would, in a scratch project that
/// holds copies of the repository's data/ and seeds/.
struct TMRunner {
  struct Output {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `tm` executable next to the test bundle (`.build/<triple>/debug/tm`).
  static var executable: URL {
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent("tm"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tm"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }

  /// The scratch project directory.
  let directory: URL

  /// A fresh project with copies of data/ and seeds/ (`withData: false` gives
  /// an empty directory).
  init(withData: Bool = true) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("tm-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    if withData {
      for folder in ["data", "seeds"] {
        try FileManager.default.copyItem(
          at: Self.repository.appendingPathComponent(folder), to: directory.appendingPathComponent(folder))
      }
    }
  }

  func remove() { try? FileManager.default.removeItem(at: directory) }

  func url(_ path: String) -> URL { directory.appendingPathComponent(path) }

  func write(_ text: String, to path: String) throws {
    let file = url(path)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  func read(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: url(path)), as: UTF8.self)
  }

  /// Runs `tm` with `arguments` in the project directory. Both pipes are
  /// drained while the process runs, so large outputs cannot deadlock it.
  @discardableResult
  func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Output {
    let process = makeProcess(arguments, environment: environment)
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let stdoutBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      stdoutBox.data = out.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    let stdoutData = stdoutBox.data
    return Output(
      stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self),
      status: process.terminationStatus)
  }
}

extension TMRunner {
  /// A `tm` process with `arguments`, to run in the project directory, with
  /// TM_DB and NO_COLOR unset and `environment` added.
  func makeProcess(_ arguments: [String], environment: [String: String] = [:]) -> Process {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["TM_DB"] = nil
    env["NO_COLOR"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    return process
  }
}

/// Holds what the reader thread collected; read only after the group is done.
private final class DataBox: @unchecked Sendable {
  var data = Data()
}
