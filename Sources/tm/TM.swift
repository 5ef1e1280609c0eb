import ArgumentParser
import Glossary

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
}
