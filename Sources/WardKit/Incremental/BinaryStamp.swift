import Foundation
import Glibc

/// The running wardkit binary, as the file system identifies it: a new build of wardkit (other
/// templates compiled in, other rules, another renderer) is another file, so nothing an older
/// binary made is reused. Conservative: even copying the same binary elsewhere counts as new.
enum BinaryStamp {
    static func digest() -> Digest {
        var h = DigestBuilder()
        if let s = BuildRecord.Stamp.of("/proc/self/exe") {
            h.add(s.device); h.add(s.inode); h.add(UInt64(bitPattern: s.size)); h.add(UInt64(bitPattern: s.seconds)); h.add(UInt64(bitPattern: s.nanoseconds))
        } else {
            // Without /proc nothing can prove the binary unchanged: a fresh value every time.
            h.add(UInt64.random(in: 0...UInt64.max)); h.add(UInt64.random(in: 0...UInt64.max))
        }
        return h.finish()
    }
}
