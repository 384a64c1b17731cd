import Foundation
import WardLocale

public struct CampaignTheme: Sendable {
    public let slug: String
    public let title: String
    public let slogan: String
    public let start: CalendarDate
    public let end: CalendarDate
    public let markdown: String
    public let file: String
    /// Line of the file where the Markdown body starts (after the front matter).
    public var bodyFirstLine = 1

    public func isCurrent(on day: CalendarDate) -> Bool { start <= day && day <= end }
    /// Real days, leap years and 30-day months included: a two-month theme over February must
    /// not count as longer than one over July and August.
    var lengthInDays: Int { start.days(to: end) }
}

public struct Hotline: Sendable {
    public enum Scope: String, Sendable { case national, province, ward

        public var vi: String {
            switch self {
            case .national: return "Toàn quốc"
            case .province: return "Tỉnh/Thành phố"
            case .ward: return "Phường/Xã"
            }
        }
    }
    public let name: String
    public let number: String
    public let hours: String
    public let channels: [String]
    public let scope: Scope
    /// Digits only: what a `tel:` link dials.
    public var dialable: String { number.filter(\.isNumber) }
}

public struct NewsPost: Sendable {
    public let slug: String
    public let title: String
    public let date: CalendarDate
    public let summary: String
    public let markdown: String
    public let file: String
    public var bodyFirstLine = 1
}

public struct StaticPage: Sendable {
    public let slug: String
    public let title: String
    public let markdown: String
    public let file: String
    public var bodyFirstLine = 1
}
