import Foundation

extension QRCode {
    /// Light modules required around the symbol (ISO 18004 §6.3.8); without them phone readers
    /// fail on busy printed backgrounds.
    public static let quietZone = 4

    /// A compact SVG: one `<path>` of dark modules, the viewBox in modules including the quiet
    /// zone, a white background, `shape-rendering="crispEdges"` and `role="img"`, with an
    /// escaped `<title>` when given. There are no width/height attributes unless `sizeCSS` is
    /// given (e.g. "30mm"), so the page's CSS decides the size; nothing external is referenced.
    public func svg(title: String? = nil, sizeCSS: String? = nil) -> String {
        let side = size + 2 * Self.quietZone
        var out = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(side) \#(side)""#
        if let sizeCSS {
            let css = escapeXML(sizeCSS)
            out += #" width="\#(css)" height="\#(css)""#
        }
        // stroke="none" is the SVG default, but ImageMagick's built-in renderer strokes every
        // shape unless told, which merges the modules into an unreadable blob.
        out += #" shape-rendering="crispEdges" stroke="none" role="img">"#
        if let title { out += "<title>\(escapeXML(title))</title>" }
        out += ##"<rect width="\##(side)" height="\##(side)" fill="#fff"/>"##
        out += ##"<path fill="#000" d="\##(pathData())"/></svg>"##
        return out
    }

    /// One closed rectangle per horizontal run of dark modules. Moves after the first are
    /// relative to the previous run's start (where `z` leaves the pen), keeping numbers short.
    func pathData() -> String {
        // Bytes, not string interpolation: one path per printed group, hundreds of runs each.
        var d: [UInt8] = []
        d.reserveCapacity(size * size)
        func number(_ n: Int) {
            if n < 0 { d.append(UInt8(ascii: "-")) }
            let m = abs(n)
            guard m < 1000 else { d.append(contentsOf: String(m).utf8); return }
            if m >= 100 { d.append(UInt8(ascii: "0") + UInt8(m / 100)) }
            if m >= 10 { d.append(UInt8(ascii: "0") + UInt8(m / 10 % 10)) }
            d.append(UInt8(ascii: "0") + UInt8(m % 10))
        }
        var pen: (x: Int, y: Int)?
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size, isDark(x: x, y: y) { x += 1 }
                let run = x - start
                if let pen {
                    d.append(UInt8(ascii: "m")); number(start - pen.x); d.append(UInt8(ascii: " ")); number(y - pen.y)
                } else {
                    d.append(UInt8(ascii: "M")); number(start + Self.quietZone); d.append(UInt8(ascii: " ")); number(y + Self.quietZone)
                }
                d.append(UInt8(ascii: "h")); number(run); d.append(contentsOf: "v1h-".utf8); number(run); d.append(UInt8(ascii: "z"))
                pen = (start, y)
            }
        }
        return String(decoding: d, as: UTF8.self)
    }

    /// A binary greymap (PGM P5), `scale` pixels per module, quiet zone included; dark is 0,
    /// light 255. Meant for tests and command-line decoders, which read it without any codec.
    public func pgm(scale: Int) -> Data {
        let scale = max(1, scale)
        let side = (size + 2 * Self.quietZone) * scale
        var data = Data("P5\n\(side) \(side)\n255\n".utf8)
        var row = [UInt8](repeating: 255, count: side)
        for py in 0..<side {
            let y = py / scale - Self.quietZone
            for px in 0..<side {
                row[px] = isDark(x: px / scale - Self.quietZone, y: y) ? 0 : 255
            }
            data.append(contentsOf: row)
        }
        return data
    }
}

private func escapeXML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text.unicodeScalars {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out
}
