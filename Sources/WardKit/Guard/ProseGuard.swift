import Foundation
import WardPrivacy

/// Counts of people written in news, pages and themes are held to the statistics tables' rules
/// (see `ProseCountScanner`). It runs after suppression, because a number in a sentence must
/// not repeat a figure the tables hide.
enum ProseGuard {
    static func findings(_ content: SiteContent, statistics: PublishedStatistics) -> [Diagnostic] {
        guard let policy = try? SuppressionPolicy(k: statistics.threshold) else { return [] }
        let places = content.units.filter(\.kind.isGroup).map(\.name)
        let hidden = Set(statistics.figures.values.filter { $0.hidden != nil && $0.value >= statistics.threshold }.map(\.value))
        let scanner = ProseCountScanner(policy: policy, placesBelowWard: places, hiddenValues: hidden)
        var out: [Diagnostic] = []
        for case .text(let s) in content.sources where s.file.hasSuffix(".md") {
            for f in scanner.scan(s.text) {
                out.append(Diagnostic(SourcePosition(file: s.file, line: s.firstLine + f.line - 1, column: f.line == 1 ? s.firstColumn + f.column - 1 : f.column),
                                      kind: .privacy, vi: f.vi, en: f.en))
            }
        }
        return out
    }
}
