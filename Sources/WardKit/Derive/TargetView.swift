import Foundation
import WardLocale
import WardMustache

/// The headline figures and the year's target, phrased like the plans: «Xây dựng 15/27
/// (55,6 %) tổ dân phố đạt … và giữ vững 06 tổ dân phố đã đạt», with earlier years' results.
enum TargetView {
    static func summary(_ model: SiteModel, agg: UnitAggregate) -> MV {
        [
            "groups": .string(Vietnamese.integer(agg.groups)),
            "drugFree": .string(Vietnamese.integer(agg.drugFree)),
            "drugFreeRate": .string(Vietnamese.percent(agg.drugFree, of: agg.groups)),
            "pledgeRate": .string(Vietnamese.percent(agg.pledge.pledged, of: agg.pledge.households)),
            "pledged": .string(Vietnamese.integer(agg.pledge.pledged)),
            "households": .string(Vietnamese.integer(agg.pledge.households)),
            "statuses": .list(RecognitionStatus.allCases) { s in
                ["label": .string(model.label(s)), "count": .string(Vietnamese.integer(agg.byRecognition[s] ?? 0)), "class": .string(s.rawValue)]
            },
        ]
    }

    /// Counts standing alone are written with two digits, as the plans write them («06 tổ»).
    static func padded(_ n: Int) -> String { n < 10 ? "0\(n)" : Vietnamese.integer(n) }

    /// This year's target restricted to the units under a unit.
    static func target(_ model: SiteModel, under id: String, root: String) -> MV {
        guard let t = model.currentTarget else { return .null }
        let inScope = model.index.measured(under: id)
        let scope = Set(inScope)
        let new = t.groupIDs.filter { scope.contains($0) }, keep = t.keepIDs.filter { scope.contains($0) }
        guard !new.isEmpty || !keep.isEmpty else { return .null }
        let w = model.wording(for: id)
        let done = { (gid: String) in model.progress.groups[gid]?.recognition.isDrugFree == true }
        var sentence = model.t("target_new", w).replacingOccurrences(of: "{new}", with: "\(new.count)/\(inScope.count)")
            .replacingOccurrences(of: "{percent}", with: Vietnamese.percent(new.count, of: inScope.count))
        if !keep.isEmpty {
            let k = model.t("target_keep", w).replacingOccurrences(of: "{keep}", with: padded(keep.count))
            sentence = new.isEmpty ? Wording.capitalised(k) : sentence + " " + k
        }
        var progress = model.t("target_achieved_line").replacingOccurrences(of: "{achieved}", with: "\(new.filter(done).count)/\(new.count)")
        if !keep.isEmpty {
            progress += "; " + model.t("target_kept_line").replacingOccurrences(of: "{kept}", with: "\(keep.filter(done).count)/\(keep.count)")
        }
        return [
            "year": .string(String(t.year)),
            "sentence": .string(sentence + "."),
            "progress": .string(progress + "."),
            // Kept for a theme that still prints the ratio on its own.
            "ratio": .string("\(new.count)/\(inScope.count)"), "percent": .string(Vietnamese.percent(new.count, of: inScope.count)),
            "groups": chips(model, new, root: root, done: done),
            "keep": keep.isEmpty ? .null : ["items": chips(model, keep, root: root, done: done)],
        ]
    }

    /// Chips in Vietnamese order; when the units come from more than one ward, each carries
    /// its ward's name, or a district's list would read «Thôn 1, Thôn 1, Thôn 1».
    static func chips(_ model: SiteModel, _ ids: [String], root: String, done: (String) -> Bool) -> MV {
        let parents = Set(ids.compactMap { model.index.byID[$0]?.parentID })
        let keys = Dictionary(uniqueKeysWithValues: ids.map { ($0, Vietnamese.collationKey(model.index.byID[$0]!.shortName)) })
        let sorted = ids.sorted { keys[$0]! < keys[$1]! || (keys[$0]! == keys[$1]! && $0 < $1) }
        return .list(sorted) { gid in
            let u = model.index.byID[gid]!
            let ward = parents.count > 1 ? u.parentID.flatMap { model.index.byID[$0] }?.fullName : nil
            return ["name": .string(u.shortName), "ward": ward.map { .string($0) } ?? .null,
                    "href": .string(root + "tien-do/" + model.index.paths[gid]!), "done": .bool(done(gid))]
        }
    }

    /// «Năm 2024: đạt 5/6 khu phố theo chỉ tiêu»: each earlier year's target as that year's
    /// last sheet left it.
    static func past(_ model: SiteModel, under id: String, wording w: Wording) -> MV {
        let scope = Set(model.index.measured(under: id))
        let lines: [MV] = model.pastTargets.compactMap { t in
            let new = t.groupIDs.filter { scope.contains($0) }, keep = t.keepIDs.filter { scope.contains($0) }
            guard !new.isEmpty || !keep.isEmpty else { return nil }
            let states = model.progress.yearEnd[t.year] ?? [:]
            let done = { (gid: String) in states[gid]?.isDrugFree == true }
            var line = model.t("target_past", w).replacingOccurrences(of: "{year}", with: String(t.year))
                .replacingOccurrences(of: "{achieved}", with: "\(new.filter(done).count)/\(new.count)")
                .replacingOccurrences(of: "{percent}", with: Vietnamese.percent(new.filter(done).count, of: new.count))
            if !keep.isEmpty {
                line += "; " + model.t("target_kept_line").replacingOccurrences(of: "{kept}", with: "\(keep.filter(done).count)/\(keep.count)")
            }
            return .string(line + ".")
        }
        return .block(lines)
    }
}
