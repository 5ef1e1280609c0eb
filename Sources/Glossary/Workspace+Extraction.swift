import Foundation

extension Workspace {
  /// Term candidates of `documents`, marked with the concepts of this
  /// workspace's term base that already have them (see `TermExtractor`).
  public func extractTerms(from documents: [SourceDocument], minFrequency: Int) throws -> [TermCandidate] {
    try TermExtractor(knownTerms: termIndex(), minFrequency: minFrequency).candidates(in: documents)
  }
}
