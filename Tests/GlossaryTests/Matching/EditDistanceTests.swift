import Testing
@testable import Glossary

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("kazinform", "kazinfrom", 2, 1),  // transposition counts once
    ("nurly", "nurli", 1, 1),
    ("kitten", "sitting", 3, 3),
    ("", "abc", 3, 3),
    ("same", "same", 0, 0),
  ])
  func withinBound(a: String, b: String, bound: Int, expected: Int) {
    #expect(EditDistance.bounded(a, b, bound: bound) == expected)
  }

  @Test func beyondTheBoundIsNil() {
    #expect(EditDistance.bounded("kitten", "sitting", bound: 2) == nil)
    #expect(EditDistance.bounded("a", "abcdef", bound: 3) == nil)
  }

  @Test func agreesWithTheFullDynamicProgramme() {
    // Compare against a plain O(n·m) optimal string alignment distance.
    func reference(_ a: [Character], _ b: [Character]) -> Int {
      var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
      for i in 0...a.count { d[i][0] = i }
      for j in 0...b.count { d[0][j] = j }
      for i in stride(from: 1, through: a.count, by: 1) {
        for j in stride(from: 1, through: b.count, by: 1) {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
        }
      }
      return d[a.count][b.count]
    }
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("abcд")
    for _ in 0..<500 {
      let a = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement()! }
      let b = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement()! }
      let expected = reference(a, b)
      for bound in 0...4 {
        #expect(EditDistance.bounded(a, b, bound: bound) == (expected <= bound ? expected : nil))
      }
    }
  }
}
