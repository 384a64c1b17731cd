import Foundation
import WardMustache

/// Stage 4 — render. Pages are rendered on all cores in small batches and streamed to the
/// writer one by one (never held together in memory). Each rendered page passes the output
/// audit before it is written, and its internal links are recorded for the link check.
struct PageRenderer: Sendable {
    let templates: MustachePartials
    let compiled: [String: MustacheTemplate]
    let privacy: PrivacyGuard
    let links: LinkCheck

    func render(_ jobs: [PageJob], to sink: any OutputSink, log: DiagnosticLog) {
        let batch = 64
        let batches = (jobs.count + batch - 1) / batch
        DispatchQueue.concurrentPerform(iterations: batches) { b in
            for job in jobs[(b * batch)..<min(jobs.count, (b + 1) * batch)] {
                guard let template = compiled[job.template] else {
                    log.add(Diagnostic(SourcePosition(file: "theme/templates/\(job.template).mustache", line: 1),
                                       vi: "thiếu mẫu trang «\(job.template)»", en: "missing template «\(job.template)»"))
                    continue
                }
                let html = template.render(job.context(), partials: templates)
                emit(job.path, html, to: sink, log: log)
            }
        }
    }

    /// Every file written — pages, feeds, static assets — goes through here.
    func emit(_ path: String, _ text: String, to sink: any OutputSink, log: DiagnosticLog) {
        let findings = privacy.audit(path: path, text: text)
        if !findings.isEmpty { log.add(contentsOf: findings); return }
        emit(path, Data(text.utf8), to: sink, log: log, htmlText: path.hasSuffix(".html") ? text : nil)
    }

    /// Binary files (images) skip the text scan; they come from the theme, not from staff input.
    func emit(_ path: String, _ data: Data, to sink: any OutputSink, log: DiagnosticLog, htmlText: String? = nil) {
        if let html = htmlText { links.record(page: path, html: html) }
        links.wrote(path)
        do { try sink.write(path, data) } catch let d as Diagnostic { log.add(d) } catch {
            log.add(Diagnostic(SourcePosition(file: path, line: 1), vi: "không ghi được: \(error)", en: "cannot write: \(error)"))
        }
    }
}

public protocol OutputSink: Sendable {
    func write(_ relative: String, _ data: Data) throws
}

extension AtomicOutput: OutputSink {}

/// For `wardkit check`: renders everything, writes nothing.
final class DiscardSink: OutputSink {
    func write(_ relative: String, _ data: Data) throws {}
}
