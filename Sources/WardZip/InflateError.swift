/// Why a DEFLATE stream could not be decoded. Each case is a way a real file goes wrong
/// (cut short, bit rot, a hostile archive), named so the ZIP layer can say which.
public enum InflateError: Error, Sendable, Equatable {
    /// The stream ended before its final block did.
    case truncated
    /// Block type 3, which RFC 1951 reserves.
    case invalidBlockType
    /// A stored block whose length and its complement disagree.
    case storedLengthMismatch
    /// Huffman code lengths that describe no valid prefix code (over-subscribed or incomplete).
    case invalidCodeLengths
    /// A code-length repeat with nothing to repeat, or running past the declared symbol count.
    case invalidLengthRepeat
    /// HLIT above 286 or HDIST above 30.
    case tooManySymbols
    /// A literal/length code set without the end-of-block symbol.
    case missingEndOfBlock
    /// A bit pattern that is not a code, or a reserved length/distance symbol (286, 287, 30, 31).
    case invalidSymbol
    /// A back-reference before the start of the output.
    case distanceTooFar
    /// More output than the caller allowed: the declared size was a lie, or a bomb.
    case outputLimitExceeded
}
