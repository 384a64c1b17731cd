/// Profile links and handles on Facebook, TikTok, Instagram, YouTube, Telegram, X/Twitter and
/// Threads. Zalo links carry a phone number, which the number rules report as a phone.
extension Analyzer {
    private static let hosts: Set<String> = [
        "facebook.com", "fb.com", "fb.me", "tiktok.com", "instagram.com", "youtube.com", "t.me", "telegram.me",
        "twitter.com", "x.com", "threads.net", "m.me",
    ]
    /// First path segments that are not a profile.
    private static let generic: Set<String> = [
        "sharer", "sharer.php", "share", "share.php", "groups", "pages", "events", "watch", "hashtag", "policies",
        "help", "login", "login.php", "plugins", "dialog", "tr", "reel", "reels", "videos", "video", "photo",
        "photos", "photo.php", "story.php", "permalink.php", "l.php", "p", "explore", "stories", "i", "intent",
        "home", "search", "embed", "shorts", "playlist", "results", "feed", "tag", "discover", "music", "legal",
        "about", "privacy", "terms", "joinchat", "s", "gaming", "marketplace", "notes", "media", "ads", "business",
    ]
    /// Words of official accounts (police, people's committees, unions, schools, press).
    private static let official = [
        "congan", "ubnd", "phuong", "tuoitre", "thanhnien", "doanthanhnien", "hoiphunu", "mattran", "chinhphu",
        "truyenhinh", "official", "gov", "trungtam", "truonghoc", "thpt", "thcs", "tieuhoc", "mamnon", "benhvien",
        "canhsat", "bienphong", "quandoi", "dangbo", "ubmttq", "tinhdoan", "quandoan", "huyendoan", "phongchong",
        "matuy", "antoan", "giaothong", "baomoi", "vnexpress", "dantri", "vtv", "vov", "ttxvn", "nhandan",
        "qdnd", "cand", "police", "bocongan", "xaphuong", "thitran", "tintuc", "news",
    ]

    mutating func scanSocial() {
        for span in seg.paths { profileLink(span) }
        if !isCode && seg.mayHaveAt { bareHandles() }
    }

    private func lower(_ r: Range<Int>) -> String {
        String(String.UnicodeScalarView(seg.s[r].compactMap { Unicode.Scalar(Letters.isASCIILetter($0) ? $0 | 0x20 : $0) }))
    }

    private mutating func profileLink(_ span: Range<Int>) {
        let s = seg.s
        var i = span.lowerBound
        // Skip the scheme, then look at the host before building any string: most links are local.
        if i + 8 <= span.upperBound, s[i] | 0x20 == 0x68, s[i + 1] | 0x20 == 0x74 {
            while i < span.upperBound && s[i] != 0x3A { i += 1 }
            while i < span.upperBound && (s[i] == 0x3A || s[i] == 0x2F) { i += 1 }
        }
        let hostStart = i
        while i < span.upperBound && s[i] != 0x2F && s[i] != 0x3F && s[i] != 0x23 { i += 1 }
        guard i - hostStart >= 3, i - hostStart <= 24, seg.s[hostStart..<i].contains(0x2E) else { return }
        var host = lower(hostStart..<i)
        for sub in ["www.", "m.", "web.", "mobile.", "vt.", "vm."] where host.hasPrefix(sub) { host.removeFirst(sub.count) }
        guard Self.hosts.contains(host), i < span.upperBound, s[i] == 0x2F else { return }
        // Only now the whole link as text: every page's own links got this far before.
        let url = lower(span)
        let pathStart = i + 1
        var j = pathStart
        while j < span.upperBound && s[j] != 0x2F && s[j] != 0x3F && s[j] != 0x23 { j += 1 }
        var handle = lower(pathStart..<j)
        // The finding starts on the handle, where staff see the person, not on the host.
        var handleStart = pathStart
        if handle == "profile.php" || handle == "people" {
            guard let id = url.range(of: "id=") ?? (handle == "people" ? url.range(of: "/people/") : nil) else { return }
            handle = String(url[id.upperBound...].prefix { $0.isNumber || $0.isLetter || $0 == "." || $0 == "-" })
            handleStart = span.lowerBound + url.unicodeScalars.distance(from: url.startIndex, to: id.upperBound)
        } else if handle == "channel" || handle == "c" || handle == "user" {
            var k = j + 1
            while k < span.upperBound && s[k] != 0x2F && s[k] != 0x3F { k += 1 }
            handle = j < span.upperBound ? lower((j + 1)..<k) : ""
            handleStart = min(j + 1, span.upperBound - 1)
        }
        if handle.hasPrefix("@") { handle.removeFirst() }
        guard handle.count >= 2, !Self.generic.contains(handle), !isTaken(span.lowerBound..<j) else { return }
        let squashed = handle.filter { $0.isLetter || $0.isNumber }
        guard !Self.official.contains(where: { squashed.contains($0) }) else { return }
        let key = host + "/" + handle
        guard !allow.profiles.contains(key) else { take(span); return }
        emit(.socialProfile, handleStart..<span.upperBound, masked: host + "/" + handle.prefix(2) + "***", key: key)
        take(span)
    }

    private static let atRules: Set<String> = [
        "media", "import", "font-face", "keyframes", "charset", "supports", "page", "namespace", "layer", "container",
        "property", "apply", "use", "include", "mixin", "extend",
    ]

    private mutating func bareHandles() {
        let s = seg.s
        var i = 0
        while i < s.count {
            defer { i += 1 }
            guard s[i] == 0x40, !taken[i], i == 0 || !(Letters.isAlnum(s[i - 1]) || s[i - 1] == 0x2E || s[i - 1] == 0x2F) else {
                continue
            }
            var j = i + 1
            var letters = 0
            while j < s.count && j - i <= 31 && (Letters.isASCIILetter(s[j]) || Letters.isDigit(s[j]) || s[j] == 0x2E || s[j] == 0x5F) {
                if Letters.isASCIILetter(s[j]) { letters += 1 }
                j += 1
            }
            while j > i + 1 && s[j - 1] == 0x2E { j -= 1 }
            guard j - i >= 3, letters > 0, j >= s.count || !Letters.isLetter(s[j]) else { continue }
            let handle = lower((i + 1)..<j)
            guard !Self.atRules.contains(handle) else { continue }
            let squashed = handle.filter { $0.isLetter || $0.isNumber }
            guard !Self.official.contains(where: { squashed.contains($0) }), !allow.profiles.contains("@" + handle) else { continue }
            emit(.socialProfile, i..<j, masked: "@" + handle.prefix(2) + "***", key: "@" + handle)
            i = j - 1
        }
    }
}
