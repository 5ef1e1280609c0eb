import ArgumentParser
import Glossary

@main
struct TM: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tm",
    abstract: "Terminology and translation memory for English, Russian and Kazakh.",
    version: "0.1.0",
    subcommands: [Lookup.self, Match.self, Concordance.self, Import.self, Translit.self, Build.self]
  )
}
