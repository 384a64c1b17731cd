import Foundation
import WardMustache

/// Stage 4 — render. Pages are rendered on all cores in small batches and streamed to the
/// writer one by one (never held together in memory). Each rendered page passes the output
/// gate before it is written, and its internal links are recorded for the link check.
/// With an incremental build, a page whose inputs are unchanged is taken over from the
/// previous build instead (through the gate, which checks the audit configuration).
struct PageRenderer: Sendable {
    let templates: MustachePartials
    let compiled: [String: MustacheTemplate]
    let gate: OutputGate
    let links: LinkCheck
    var incremental: IncrementalBuild? = nil

    /// `digests[i]`: the same page as `jobs[i]` from a `SiteModel.forDigests` model, whose
    /// context is digested to decide reuse (incremental builds only). A page whose two jobs
    /// disagree on the path is rendered and not recorded, so it is rendered next time too.
    func render(_ jobs: PageJobs, digesting digests: PageJobs? = nil, to sink: any OutputSink, log: DiagnosticLog) {
        let batch = 64
        let batches = (jobs.count + batch - 1) / batch
        let digests = digests?.count == jobs.count ? digests : nil
        DispatchQueue.concurrentPerform(iterations: batches) { b in
            for i in (b * batch)..<min(jobs.count, (b + 1) * batch) {
                let job = jobs[i]
                if let incremental, let digests, reusePage(job, digesting: { digests[i] }, incremental, to: sink, log: log) { continue }
                guard let template = compiled[job.template] else {
                    log.add(Diagnostic(SourcePosition(file: "theme/templates/\(job.template).mustache", line: 1),
                                       vi: "thiếu mẫu trang «\(job.template)»", en: "missing template «\(job.template)»"))
                    continue
                }
                let html: String
                do throws(MustacheError) {
                    html = try template.render(job.context(), partials: templates)
                } catch {
                    // A theme that expands without end (see MustacheLimits); the page is not written,
                    // and still counts as written for the link check, whose errors would bury the cause.
                    log.add(Diagnostic(SourcePosition(file: error.templateName, line: error.line, column: error.column),
                                       vi: "\(error.vi) (khi dựng trang \(job.path))", en: "\(error.en) (rendering \(job.path))"))
                    links.wrote(job.path)
                    continue
                }
                admit(job.path, html, origin: job.origin, to: sink, log: log)
            }
        }
    }

    /// A page whose input key is the recorded one is taken over without its data being made
    /// (the recorded digest of its data is carried on); otherwise its data is made from the
    /// digesting model and its digest decides.
    private func reusePage(_ job: PageJob, digesting: () -> PageJob, _ incremental: IncrementalBuild, to sink: any OutputSink, log: DiagnosticLog) -> Bool {
        let quick = incremental.bases.map { InputDigests.quick(job, bases: $0) }
        if let quick, let known = incremental.unchanged(job.path, quick: quick) {
            return reuse(job.path, input: known.entry.input, quick: quick, known: known, isPage: true, origin: job.origin, to: sink, log: log)
        }
        let digested = digesting()
        guard digested.path == job.path else { return false }
        return reuse(job.path, input: InputDigests.page(digested, site: incremental.site), quick: quick, isPage: true, origin: job.origin, to: sink, log: log)
    }

    /// Takes the previous build's file when its inputs and audit are unchanged; false when it
    /// must be rendered. Either way the file's input digest goes into this build's record.
    private func reuse(_ path: String, input: Digest, quick: Digest? = nil, known: IncrementalBuild.Unchanged? = nil, isPage: Bool,
                       origin: OutputOrigin, to sink: any OutputSink, log: DiagnosticLog) -> Bool {
        guard let incremental else { return false }
        guard let previous = known ?? incremental.unchanged(path, input: input, isPage: isPage) else {
            incremental.made(path, from: input, quick: quick, reused: false)
            return false
        }
        switch gate.admitUnchanged(path, origin: origin, audited: incremental.previousAudit, previous) {
        case .notReusable:
            incremental.made(path, from: input, quick: quick, reused: false)
            return false
        case .refused:
            links.wrote(path)
            return true
        case .reused(let file):
            incremental.made(path, from: input, quick: quick, reused: true, byKey: known != nil)
            links.wrote(path)
            do { try sink.reuse(file) } catch { log.add(contentsOf: error.diagnostics) }
            return true
        }
    }

    /// Once every file is out (`present`: every path this build wrote or linked): when a path
    /// of the previous build is gone, a reused page might link to it, so the reused pages' links
    /// are read from their files and checked like a rendered page's. Rare (a unit or post
    /// removed), so it is not worth knowing the paths before rendering.
    func recheckReusedLinks(present: (String) -> Bool) {
        guard let incremental, let tree = incremental.previousTree else { return }
        for path in incremental.reusedPagesIfAnyRemoved(present: present) {
            guard let data = FileManager.default.contents(atPath: tree + "/" + path) else { continue }
            links.record(page: path, html: String(decoding: data, as: UTF8.self))
        }
    }

    /// Generated text: feeds, sitemaps, the search index, pages. Its input is its own bytes.
    func emit(_ path: String, _ text: String, origin: OutputOrigin, to sink: any OutputSink, log: DiagnosticLog) {
        if incremental != nil, reuse(path, input: Digest.of(text), isPage: false, origin: origin, to: sink, log: log) { return }
        admit(path, text, origin: origin, to: sink, log: log)
    }

    private func admit(_ path: String, _ text: String, origin: OutputOrigin, to sink: any OutputSink, log: DiagnosticLog) {
        // A refused file still counts as written for the link check: the refusal is the error,
        // and a hundred "broken link" lines after it would bury the cause.
        guard let file = gate.admit(path, text: text, origin: origin) else { links.wrote(path); return }
        if path.hasSuffix(".html") { links.record(page: path, html: text) }
        write(file, to: sink, log: log)
    }

    /// Theme files, as bytes: the gate decides how to read them by type.
    func emit(_ path: String, _ data: Data, origin: OutputOrigin, to sink: any OutputSink, log: DiagnosticLog) {
        if incremental != nil, reuse(path, input: Digest.of(data), isPage: false, origin: origin, to: sink, log: log) { return }
        guard let file = gate.admit(path, data: data, origin: origin) else { links.wrote(path); return }
        if path.hasSuffix(".html"), let text = String(data: data, encoding: .utf8) { links.record(page: path, html: text) }
        write(file, to: sink, log: log)
    }

    private func write(_ file: AuditedFile, to sink: any OutputSink, log: DiagnosticLog) {
        links.wrote(file.path)
        do { try sink.write(file) } catch { log.add(contentsOf: error.diagnostics) }
    }
}

/// Where audited files go: the staged output, or nowhere for `wardkit check`.
public protocol OutputSink: Sendable {
    func write(_ file: AuditedFile) throws(BuildFailure)
    func reuse(_ file: ReusedFile) throws(BuildFailure)
}

extension StagedOutput: OutputSink {}

/// For `wardkit check`: renders and audits everything, writes nothing.
final class DiscardSink: OutputSink {
    func write(_ file: AuditedFile) throws(BuildFailure) {}
    func reuse(_ file: ReusedFile) throws(BuildFailure) {}
}
