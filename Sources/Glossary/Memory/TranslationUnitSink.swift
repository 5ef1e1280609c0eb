/// A translation memory that accepts new units: what `tm align --add` needs
/// from the store.
///
/// MERGE NOTE: the memory store is written separately; once merged, the
/// store that holds the memory conforms to this protocol (or this protocol
/// gives way to the store's own API) and `Workspace.addToMemory` works.
/// Until then `tm align --add` reports that the store has no memory.
public protocol TranslationUnitSink: AnyObject {
  /// Adds units in one transaction: identical units merge (the existing one
  /// gets the new change date and properties); on error nothing is added.
  func addUnits(_ units: [TranslationUnit]) throws
}
