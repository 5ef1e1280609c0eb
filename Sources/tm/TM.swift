import ArgumentParser
import Glossary

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@main
struct TM: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tm",
    abstract: "Terminology and translation memory for English, Russian and Kazakh.",
    version: "0.1.0",
    subcommands: [
      Lookup.self, Match.self, Concordance.self, Import.self, Export.self, Align.self, Check.self, Extract.self,
      Translit.self, Build.self,
    ]
  )

  /// A reader that stops early (`tm export | head -1`) ends `tm` quietly, as
  /// it ends any filter, even when the parent ignores SIGPIPE (a write would
  /// otherwise fail with EPIPE, and Foundation traps on some of them).
  static func main() {
    signal(SIGPIPE, SIG_DFL)
    main(nil)
  }
}
