import Foundation
import WardMustache

/// Stage 4 — render. Pages are rendered on all cores in small batches and streamed to the
/// writer one by one (never held together in memory). Each rendered page passes the output
/// gate before it is written, and its internal links are recorded for the link check.
struct PageRenderer: Sendable {
    let templates: MustachePartials
    let compiled: [String: MustacheTemplate]
    let gate: OutputGate
    let links: LinkCheck

    func render(_ jobs: PageJobs, to sink: any OutputSink, log: DiagnosticLog) {
        let batch = 64
        let batches = (jobs.count + batch - 1) / batch
        DispatchQueue.concurrentPerform(iterations: batches) { b in
            for job in jobs[(b * batch)..<min(jobs.count, (b + 1) * batch)] {
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
                emit(job.path, html, origin: job.origin, to: sink, log: log)
            }
        }
    }

    /// Generated text: feeds, sitemaps, the search index, pages.
    func emit(_ path: String, _ text: String, origin: OutputOrigin, to sink: any OutputSink, log: DiagnosticLog) {
        // A refused file still counts as written for the link check: the refusal is the error,
        // and a hundred "broken link" lines after it would bury the cause.
        guard let file = gate.admit(path, text: text, origin: origin) else { links.wrote(path); return }
        if path.hasSuffix(".html") { links.record(page: path, html: text) }
        write(file, to: sink, log: log)
    }

    /// Theme files, as bytes: the gate decides how to read them by type.
    func emit(_ path: String, _ data: Data, origin: OutputOrigin, to sink: any OutputSink, log: DiagnosticLog) {
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
}

extension StagedOutput: OutputSink {}

/// For `wardkit check`: renders and audits everything, writes nothing.
final class DiscardSink: OutputSink {
    func write(_ file: AuditedFile) throws(BuildFailure) {}
}
