import Foundation
import FuzzerDriver

// Runs libFuzzer on the target `TM_FUZZ_TARGET` names (see FuzzTargets), with
// libFuzzer's own arguments: `TM_FUZZ_TARGET=tbx tm-fuzz corpus/tbx -max_total_time=600`.
let name = ProcessInfo.processInfo.environment["TM_FUZZ_TARGET"] ?? ""
if name == "list" {
  print(FuzzTargets.all.keys.sorted().joined(separator: " "))
  exit(0)
}
guard let chosen = FuzzTargets.all[name] else {
  let names = FuzzTargets.all.keys.sorted().joined(separator: ", ")
  FileHandle.standardError.write(Data("tm-fuzz: set TM_FUZZ_TARGET to one of: \(names)\n".utf8))
  exit(2)
}
let target = chosen

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
  LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
    target(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
  })
