import Foundation
import WardLocale
import XCTest

final class TextTests: XCTestCase {
    func testSlugsOfKimTraGroups() {
        XCTAssertEqual(Set(KimTra.slugs.keys), Set(KimTra.planOrder))
        for (name, slug) in KimTra.slugs {
            XCTAssertEqual(Vietnamese.slug(name), slug, name)
            XCTAssertEqual(Vietnamese.slug(nfd(name)), slug, "NFD \(name)")
        }
        XCTAssertEqual(Set(KimTra.slugs.values).count, KimTra.slugs.count, "slugs must not collide")
    }

    func testSlugsOfOtherNames() {
        let expected = [
            ("Đồng Tâm", "dong-tam"), ("Tổ dân phố số 5", "to-dan-pho-so-5"),
            ("PHƯỜNG KIM TRÀ", "phuong-kim-tra"), ("  --Phụ Ổ 1--  ", "phu-o-1"),
            ("Khu phố 3 (cũ)", "khu-pho-3-cu"), ("Vân Cù – Nam Thanh", "van-cu-nam-thanh"),
            ("Nguyễn Thị Ánh Tuyết", "nguyen-thi-anh-tuyet"), ("\u{D0}ường 19/5", "duong-19-5"),
            ("Café Zürich", "cafe-zurich"), ("Tổ Ωmega 7", "to-mega-7"),
        ]
        for (name, slug) in expected {
            XCTAssertEqual(Vietnamese.slug(name), slug, name)
        }
    }

    func testSlugWithoutLettersOrDigitsIsEmpty() {
        for input in ["", " ", "!!! – ?", "—", "東京", "\u{301}"] {
            XCTAssertEqual(Vietnamese.slug(input), "", input)
        }
    }

    func testSlugAlphabetIsAsciiLowercaseDigitsAndInnerSingleDashes() {
        let inputs = KimTra.planOrder + ["a--b", "-a-", "Ạ  Ẹ", "Tổ 1/2 & 3", "x\u{A0}y", "Ô_ô"]
        for input in inputs {
            let slug = Vietnamese.slug(input)
            XCTAssertTrue(slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, slug)
            XCTAssertFalse(slug.hasPrefix("-") || slug.hasSuffix("-") || slug.contains("--"), slug)
        }
    }

    func testFold() {
        let expected = [
            ("Ma Túy", "ma tuy"), ("Đường", "duong"), ("\u{D0}ường", "duong"),
            ("PHƯỜNG KIM TRÀ", "phuong kim tra"), ("Vân Cù - Nam Thanh", "van cu - nam thanh"),
            ("Ậ Ặ Ỡ Ự", "a a o u"), ("Tổ 5, Giáp Đông", "to 5, giap dong"), ("Ωmega", "ωmega"),
        ]
        for (text, folded) in expected {
            XCTAssertEqual(Vietnamese.fold(text), folded, text)
        }
        for name in KimTra.planOrder {
            XCTAssertEqual(Vietnamese.fold(nfd(name)), Vietnamese.fold(name), name)
            XCTAssertTrue(Vietnamese.fold(name).unicodeScalars.allSatisfy(\.isASCII), name)
        }
    }
}
