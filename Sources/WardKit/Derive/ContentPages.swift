import Foundation
import WardLocale
import WardMustache

/// Home, hotlines, campaign themes, news, plain pages and the 404 page.
enum ContentPages {
    static func jobs(_ model: SiteModel, markdown: MarkdownRenderer) -> [PageJob] {
        var jobs: [PageJob] = [
            PageJob(path: "index.html", template: "home") { home(model) },
            PageJob(path: "duong-day-nong/index.html", template: "hotlines") {
                PageFrame(model: model, path: "duong-day-nong/index.html", title: model.t("hotlines_title"),
                          description: model.t("hotlines_description"), section: "hotlines").context([:])
            },
            PageJob(path: "chu-de/index.html", template: "themes") { themes(model) },
            PageJob(path: "tim-kiem/index.html", template: "search") {
                PageFrame(model: model, path: "tim-kiem/index.html", title: model.t("search_title"), description: "", section: "").context([:])
            },
            PageJob(path: "404.html", template: "404") {
                PageFrame(model: model, path: "404.html", title: model.t("not_found_title"), description: "", section: "").context([:])
            },
        ]
        for theme in model.content.themes {
            let path = "chu-de/\(theme.slug)/index.html"
            jobs.append(PageJob(path: path, template: "theme", origin: .file(theme.file)) {
                let base = basePath(model)
                return PageFrame(model: model, path: path, title: theme.title, description: theme.slogan, section: "themes").context([
                    "theme": themeValue(theme, root: ""), "body": .string(markdown.html(theme.markdown, basePath: base)),
                    "poster": .string(PageFrame(model: model, path: path, title: "", description: "", section: "").root + "in-an/ap-phich/\(theme.slug)/"),
                ])
            })
        }
        for page in model.content.pages {
            let path = "\(page.slug)/index.html"
            jobs.append(PageJob(path: path, template: "page", origin: .file(page.file)) {
                PageFrame(model: model, path: path, title: page.title, description: "", section: "").context([
                    "body": .string(markdown.html(page.markdown, basePath: basePath(model))),
                    "plan": page.slug == PlanView.aboutSlug ? PlanView.block(model) : .null,
                ])
            })
        }
        // The plan's head and signer block belong on the about page; without one, WardKit writes it.
        if PlanView.generatesAbout(model) {
            let path = "\(PlanView.aboutSlug)/index.html"
            jobs.append(PageJob(path: path, template: "page") {
                PageFrame(model: model, path: path, title: model.t("about_title"), description: "", section: "").context([
                    "body": .string(""), "plan": PlanView.block(model),
                ])
            })
        }
        jobs += NewsPages.jobs(model, markdown: markdown)
        return jobs
    }

    /// The path part of the base URL, for re-rooting "/…" links written in Markdown.
    static func basePath(_ model: SiteModel) -> String {
        guard let url = URL(string: model.baseURL), !url.path.isEmpty else { return "/" }
        return url.path.hasSuffix("/") ? url.path : url.path + "/"
    }

    static func themeValue(_ t: CampaignTheme, root: String) -> MV {
        ["title": .string(t.title), "slogan": .string(t.slogan), "period": .string(Vietnamese.period(t.start, t.end)),
         "href": .string(root + "chu-de/\(t.slug)/")]
    }

    static func home(_ model: SiteModel) -> MV {
        let frame = PageFrame(model: model, path: "index.html", title: model.content.settings.name,
                              description: model.content.settings.description, section: "home")
        let rootID = model.index.root.id
        let agg = model.progress.aggregates[rootID] ?? UnitAggregate()
        let news = NewsPages.published(model).prefix(3)
        return frame.context([
            "summary": agg.groups > 0 ? TargetView.summary(model, agg: agg) : .null,
            "target": TargetView.target(model, under: rootID, root: ""),
            "pastTargets": TargetView.past(model, under: rootID, wording: model.siteWording),
            "latestNews": .block(news.map { NewsPages.item($0, root: "") }),
        ])
    }

    static func themes(_ model: SiteModel) -> MV {
        let sorted = model.content.themes.sorted { $0.start > $1.start }
        let frame = PageFrame(model: model, path: "chu-de/index.html", title: model.t("themes_title"), description: "", section: "themes")
        return frame.context(["themes": .list(sorted) { t in
            var v = themeValue(t, root: frame.root)
            if case .object(var o) = v { o["current"] = .bool(t.isCurrent(on: model.buildDate)); v = .object(o) }
            return v
        }])
    }
}
