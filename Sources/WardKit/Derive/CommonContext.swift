import Foundation
import WardLocale
import WardMustache

/// What every page's layout needs: site identity, navigation, the hotline strip (same place
/// on every page, WCAG 3.2.6), the featured campaign theme and the canonical URL.
struct PageFrame {
    let model: SiteModel
    let path: String          // output path, e.g. "tien-do/phu-o-1/index.html"
    let title: String
    let description: String
    let section: String       // nav key of the current section
    /// How the page's UI strings name units; the site's root unit's wording by default.
    var wording: Wording? = nil

    /// Relative prefix back to the site root: the same output works at any host and sub-folder.
    /// The 404 page is the exception: servers send it for any missing URL at any depth, so
    /// its links are absolute paths under the base URL.
    var root: String {
        if path == "404.html" { return ContentPages.basePath(model) }
        // Non-empty segments, counted on the bytes: every link of every page asks.
        var segments = 0, inSegment = false
        for b in path.utf8 {
            if b == 0x2F { inSegment = false } else if !inSegment { inSegment = true; segments += 1 }
        }
        return String(repeating: "../", count: segments - 1)
    }

    var canonicalPath: String { path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path }

    func context(_ extra: [String: MV]) -> MV {
        if model.digestOnly {
            // Digesting: the frame is a function of the site-wide values (digested once, from the
            // home page's frame) and of what differs per page, given here instead.
            let w = wording ?? model.siteWording
            var dict: [String: MV] = ["\u{1}frame": .string("\(model.frameDigest.value { siteWideDigest })|\(path)|\(title)|\(description)|\(section)|\(w.level)|\(w.kind)")]
            for (k, v) in extra { dict[k] = v }
            return .object(dict)
        }
        let shared = model.siteWide.value(model)
        let root = self.root
        let lists = model.siteWide.frameLists(shared, root: root, section: section)
        var dict: [String: MV] = [
            "t": model.strings(wording ?? model.siteWording),
            "root": .string(root),
            "site": shared.site,
            "page": ["title": .string(title), "description": .string(description.isEmpty ? model.content.settings.description : description),
                     "canonical": .string(model.absolute(canonicalPath)), "ogImage": shared.ogImage,
                     "isHome": .bool(path == "index.html")],
            "nav": lists.nav,
            "hotlines": shared.hotlines,
            "buildDate": shared.buildDate,
            "dataDate": shared.dataDate,
            "feed": shared.feed,
            "pages": lists.pages,
        ]
        if let theme = shared.theme {
            dict["featured"] = ["slogan": theme.slogan, "title": theme.title, "period": theme.period,
                                "href": .string(root + "chu-de/\(theme.slug)/")]
        }
        for (k, v) in extra { dict[k] = v }
        return .object(dict)
    }
}

extension PageFrame {
    /// Everything in a frame that is the same on every page (settings, hotlines, the featured
    /// theme, plain pages, dates, the base URL), digested from the home page's frame; the rest
    /// (root, path, title, description, section, wording) is in each page's key.
    var siteWideDigest: Digest {
        var h = DigestBuilder()
        h.add(PageFrame(model: model.forRendering, path: "index.html", title: "", description: "", section: "").context([:]))
        return h.finish()
    }
}

/// The site-wide frame digest, computed by the first page that needs it.
final class DigestMemo: @unchecked Sendable {
    private let lock = AdaptiveLock()
    private var digest: Digest?

    func value(_ make: () -> Digest) -> Digest {
        lock.lock(); defer { lock.unlock() }
        if let digest { return digest }
        let d = make()
        digest = d
        return d
    }
}

func hotlines(_ list: [Hotline], model: SiteModel) -> MV {
    .list(list) { h in
        ["name": .string(h.name), "number": .string(h.number), "tel": .string(h.dialable), "hours": .string(h.hours),
         "channels": .string(h.channels.joined(separator: ", ")), "scope": .string(model.label(h.scope))]
    }
}

/// One page to render: where it goes, which template, and how to build its data. The data is
/// built lazily on a worker thread so a 100k-page site never holds all contexts at once.
public struct PageJob: Sendable {
    public let path: String
    public let template: String
    /// The file staff edit to change this page (a news post), or the kind of generated page;
    /// the output gate names it when the page is refused.
    public let origin: OutputOrigin
    public let context: @Sendable () -> MustacheValue
    /// A printable page: the PDF `wardkit print --pdf` makes of it and the pages it must have.
    public let print: PrintTarget?
    /// What of the site's inputs `context` can read (see PageReads).
    public let reads: PageReads

    public init(path: String, template: String, origin: OutputOrigin? = nil, print: PrintTarget? = nil, reads: PageReads = .everything,
                context: @escaping @Sendable () -> MustacheValue) {
        self.path = path
        self.template = template
        self.origin = origin ?? .generated(template)
        self.print = print
        self.reads = reads
        self.context = context
    }
}

/// What a page's data can depend on, for the incremental build's input key (InputDigests.quick):
/// a page whose key is the recorded one is taken over without its data being made at all.
/// A monthly statistics sheet is what changes most often, and almost no page shows it, so the
/// one distinction made is whether a page reads the statistics sheets.
public enum PageReads: Sendable {
    /// Any input at all: the default, right for every page.
    case everything
    /// Every input but the statistics sheets, except through `section` (its unit's statistics
    /// section, exactly as the page shows it), when given. Only for pages whose data reads
    /// `SiteModel.statistics` through `section` alone; the random-edit test fails otherwise.
    case allButStatistics(section: (@Sendable () -> MustacheValue)?)
}
