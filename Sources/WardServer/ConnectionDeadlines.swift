/// How long one connection may take at each stage. Request heads are read for all connections
/// by one event loop, so a slow client costs a file descriptor and a few bytes, never a thread;
/// these deadlines bound even that, and bound how long a slow reader holds a reply thread.
public struct ConnectionDeadlines: Sendable, Equatable {
    /// Longest silence while a request head is arriving or a reply is being sent. A connection
    /// silent from the start (browsers open spare ones in advance) is closed without a reply.
    public var idle: Duration
    /// Longest time from connecting to the end of the request head, however steadily bytes
    /// trickle in; then the client gets 408.
    public var head: Duration
    /// Longest time to send one whole reply.
    public var reply: Duration

    public init(idle: Duration = .seconds(10), head: Duration = .seconds(20), reply: Duration = .seconds(120)) {
        self.idle = idle
        self.head = head
        self.reply = reply
    }

    public static let standard = ConnectionDeadlines()
}

extension Duration {
    /// For poll(2) and socket timeouts; at least 1 ms so that a tiny deadline is not "forever".
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
