import Foundation
import WardMustache

/// The digests an incremental build compares with the record.
enum InputDigests {
    /// What every page depends on besides its own view model: every template (a page may
    /// include any partial, so a change to one re-renders all), the strings, the build options
    /// that change pages, and the binary. Conservative by design: correctness first.
    static func site(theme: Theme, strings: [String: String], options: BuildOptions) -> Digest {
        var h = DigestBuilder()
        h.add("wardkit pages 1")
        h.add(BinaryStamp.digest())
        h.add(options.bundles ? 1 : 0)
        h.add(options.pdfs ? 1 : 0)
        for (name, data) in theme.files.filter({ $0.key.hasPrefix("templates/") }).sorted(by: { $0.key < $1.key }) {
            h.add(name); h.add(data)
        }
        for (key, value) in strings.sorted(by: { $0.key < $1.key }) { h.add(key); h.add(value) }
        return h.finish()
    }

    /// A page's digest: its template, path and whole view model, computed from the view model
    /// itself (not from the files it came from), so a site-wide page — an index, a statistics
    /// table whose suppression moved — changes exactly when what it shows changes. `job` must
    /// come from a `SiteModel.forDigests` model; the renderer digests each page as it reaches
    /// it, so a build makes each page's job twice (digest, render) instead of holding digests.
    static func page(_ job: PageJob, site: Digest) -> Digest {
        var h = DigestBuilder()
        h.add(site)
        h.add(job.template)
        h.add(job.path)
        h.add(job.context())
        return h.finish()
    }

    /// What every page's data is made from, so that an unchanged key (`quick`) vouches for an
    /// unchanged page without its data being made: every source the loader read (each is one,
    /// since the input scan must read them all), `ban-ghi/`, the build date, the address and
    /// the site's folder, besides `site`. `all` has all of them; `allButStatistics` leaves out
    /// the statistics sheets and `ban-ghi/`, for pages that show statistics only through their
    /// `PageReads` section: the model reads `ban-ghi/` only for the statistics' suppression
    /// (StatisticsGuard) and for checks that stop the build (PublishedURLs), and each build
    /// rewrites it, so that with it in the key a site's second build would reuse nothing.
    struct Bases: Sendable {
        let all: Digest
        let allButStatistics: Digest
    }

    static func bases(site: Digest, content: SiteContent, sources: [Digest], options: BuildOptions, baseURL: String) -> Bases {
        var common = DigestBuilder()
        common.add("wardkit inputs 1")
        common.add(site)
        common.add(options.buildDate.iso)
        common.add(baseURL)
        common.add(options.site.standardizedFileURL.path)
        // The loader reads some sheets on several threads: their order is not the input's.
        func add(_ digests: [Digest], to h: inout DigestBuilder) {
            let sorted = digests.sorted { ($0.high, $0.low) < ($1.high, $1.low) }
            h.add(sorted.count)
            for d in sorted { h.add(d) }
        }
        let statistics = content.statisticsSources.clamped(to: sources.indices)
        var others = common
        add(Array(sources[..<statistics.lowerBound] + sources[statistics.upperBound...]), to: &others)
        var all = others
        all.add("statistics")
        add(Array(sources[statistics]), to: &all)
        for (name, text) in content.record.files.sorted(by: { $0.key < $1.key }) { all.add(name); all.add(text) }
        return Bases(all: all.finish(), allButStatistics: others.finish())
    }

    /// A page's input key: its template and path, and the inputs its data can read.
    static func quick(_ job: PageJob, bases: Bases) -> Digest {
        var h = DigestBuilder()
        h.add(job.template)
        h.add(job.path)
        switch job.reads {
        case .everything:
            h.add(UInt64(1)); h.add(bases.all)
        case .allButStatistics(let section):
            h.add(UInt64(2)); h.add(bases.allButStatistics)
            if let section { h.add(section()) } else { h.add(UInt64(0)) }
        }
        return h.finish()
    }

    /// An input source as the input scan reads it: the text, or every cell with its place.
    static func source(_ source: SourceInput) -> Digest {
        var h = DigestBuilder()
        switch source {
        case .text(let s):
            h.add(UInt64(1)); h.add(s.file); h.add(s.firstLine); h.add(s.firstColumn); h.add(s.text)
        case .table(let table):
            // The same words as when tables were held parsed, so records stay valid.
            h.add(UInt64(2)); h.add(table.file); h.add(table.sheet ?? "")
            func addRow(_ row: Int) {
                for cell in table.cells(ofRow: row) {
                    table.withCell(cell) { value, line, column in h.add(line); h.add(column); h.add(UnsafeRawBufferPointer(value)) }
                }
            }
            addRow(0)
            h.add(table.recordCount)
            for row in stride(from: 1, through: table.recordCount, by: 1) {
                h.add(table.cells(ofRow: row).count)
                addRow(row)
            }
        }
        return h.finish()
    }
}
