import Foundation

/// Runs a producer on a second thread while the calling thread consumes what
/// it produces, through a small bounded queue: reading and indexing a file
/// overlaps with writing the store.
///
/// The producer's closures never outlive `run`, which waits for the thread to
/// end before it returns or throws. An error on either side stops both, and
/// `run` rethrows it (the producer's first).
enum ImportPipeline {
  /// Items are handed over in batches of this many.
  static let batchSize = 512
  /// Batches waiting at most; the producer waits when the queue is full.
  static let depth = 8

  static func run<Item>(
    produce: (_ send: @escaping (Item) throws -> Void) throws -> Void,
    consume: (Item) throws -> Void
  ) throws {
    try withoutActuallyEscaping(produce) { produce in
      let queue = Queue<Item>()
      let body = ThreadBody { [box = UncheckedBox(produce)] in
        var batch: [Item] = []
        batch.reserveCapacity(batchSize)
        do {
          try box.value { item in
            batch.append(item)
            if batch.count == batchSize {
              try queue.put(batch)
              batch.removeAll(keepingCapacity: true)
            }
          }
          if !batch.isEmpty { try queue.put(batch) }
          queue.finish(nil)
        } catch {
          queue.finish(error)
        }
      }
      // A joinable POSIX thread: once joined, it has released `produce`.
      var thread = pthread_t()
      let context = Unmanaged.passRetained(body)
      let started = pthread_create(
        &thread, nil,
        { context in
          Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().run()
          return nil
        }, context.toOpaque())
      guard started == 0 else {
        context.release()
        throw ThreadError(code: started)
      }
      defer { pthread_join(thread, nil) }
      do {
        while let batch = try queue.take() {
          for item in batch { try consume(item) }
        }
      } catch {
        queue.cancel()
        queue.waitForProducer()
        throw queue.producerError ?? error
      }
    }
  }

  /// The system refused a thread.
  struct ThreadError: Error, CustomStringConvertible {
    var code: Int32
    var description: String { "cannot start a thread (error \(code))" }
  }

  private final class ThreadBody: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
  }

  /// The closures the producer thread runs; safe because `run` joins it.
  private final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
  }

  /// A bounded queue of batches between one producer and one consumer.
  private final class Queue<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Item]] = []
    private var finished = false
    private var cancelled = false
    private var producerDone = false
    private(set) var producerError: Error?

    struct Cancelled: Error {}

    func put(_ batch: [Item]) throws {
      condition.lock()
      defer { condition.unlock() }
      while batches.count >= ImportPipeline.depth && !cancelled { condition.wait() }
      if cancelled { throw Cancelled() }
      batches.append(batch)
      condition.broadcast()
    }

    /// The next batch, nil when the producer is done; rethrows its error.
    func take() throws -> [Item]? {
      condition.lock()
      defer { condition.unlock() }
      while batches.isEmpty && !finished { condition.wait() }
      if let producerError { throw producerError }
      guard !batches.isEmpty else { return nil }
      condition.broadcast()
      return batches.removeFirst()
    }

    func finish(_ error: Error?) {
      condition.lock()
      if let error, !(error is Cancelled) { producerError = error }
      finished = true
      producerDone = true
      condition.broadcast()
      condition.unlock()
    }

    func cancel() {
      condition.lock()
      cancelled = true
      condition.broadcast()
      condition.unlock()
    }

    func waitForProducer() {
      condition.lock()
      while !producerDone { condition.wait() }
      condition.unlock()
    }
  }
}
