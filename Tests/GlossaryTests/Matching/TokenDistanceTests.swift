import Testing
@testable import Glossary

@Suite struct TokenDistanceTests {
  func reference(_ a: [UInt32], _ b: [UInt32]) -> Int {
    var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
    }
    return d[a.count][b.count]
  }

  @Test func agreesWithTheFullDynamicProgrammeWithinAndBeyondTheBound() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt32.random(in: 1...4, using: &generator) }
      let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt32.random(in: 1...4, using: &generator) }
      let expected = reference(a, b)
      for bound in 0...8 {
        let found = TokenDistance.bounded(a, b, bound: bound)
        #expect(found == (expected <= bound ? expected : nil), "\(a) \(b) bound \(bound)")
      }
    }
  }

  @Test func transpositionsCountTwice() {
    #expect(TokenDistance.distance([1, 2, 3], [2, 1, 3]) == 2)
    #expect(TokenDistance.distance([], [1, 2]) == 2)
  }
}
