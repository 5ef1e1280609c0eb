import ArgumentParser
import Glossary

@main
struct TM: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "tm", abstract: "Terminology and translation memory.")
}
