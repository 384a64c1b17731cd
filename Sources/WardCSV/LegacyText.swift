/// The legacy-encoding decisions of the CSV reader, for the other text files staff save on the
/// same Windows machine (settings.txt from Notepad's «ANSI», Markdown): one rule for every file,
/// so a text is either decoded beyond doubt or refused naming the encoding it looks like.
public enum LegacyText {
    /// The text of bytes that are not UTF-8 but Windows-1258 beyond doubt, tone marks composed
    /// to NFC; nil when there is any doubt (see `LegacyEncodingGuess.isWindows1258`).
    public static func windows1258(_ bytes: [UInt8]) -> String? {
        guard String(validating: bytes, as: UTF8.self) == nil, LegacyEncodingGuess.isWindows1258(bytes[...]) else { return nil }
        return Windows1258.decode(bytes[...])
    }

    /// The legacy encoding a refused file most likely uses, to name in the message; `unknown`
    /// for a UTF-8 file with a stray byte, which a legacy name would only mislead about.
    public static func suspected(_ bytes: [UInt8]) -> SuspectedEncoding {
        LegacyEncodingGuess.isMostlyUTF8(bytes[...]) ? .unknown : LegacyEncodingGuess.guess(bytes[...])
    }
}
