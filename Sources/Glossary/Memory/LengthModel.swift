import Foundation

/// Gale and Church's length model ("A Program for Aligning Sentences in
/// Bilingual Corpora", 1993): a translation's length in characters is roughly
/// proportional to its source's, with a spread that grows with the length.
///
/// For a bead of `l1` source and `l2` target characters,
/// δ = (l2 − c·l1) / √(s² · (l1 + l2/c)/2), and the cost is −log of the
/// two-sided tail 2(1 − Φ(|δ|)) of the standard normal distribution: 0 when
/// the lengths agree perfectly, about 1.8 at one standard deviation off, 6.3
/// at three.
struct LengthModel: Sendable {
  /// c: target characters per source character.
  var ratio: Double
  /// s²: the variance of the target length per source character.
  var variance: Double

  /// The cost of `l1` source characters translated by `l2` target characters.
  func cost(_ l1: Double, _ l2: Double) -> Double {
    if l1 == 0 && l2 == 0 { return 0 }
    let mean = (l1 + l2 / ratio) / 2
    let delta = (l2 - ratio * l1) / (variance * mean).squareRoot()
    return Self.negativeLogTail(abs(delta))
  }

  /// −log(2(1 − Φ(z))) = −log(erfc(z/√2)), with the asymptotic form where
  /// erfc underflows.
  static func negativeLogTail(_ z: Double) -> Double {
    let x = z / 2.0.squareRoot()
    if x < 20 { return -log(erfc(x)) }
    return x * x + log(x * Double.pi.squareRoot())
  }
}
