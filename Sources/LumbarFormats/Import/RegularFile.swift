#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a file a person named: an activity, an answers file, a keypoint file. Every such read
/// goes through here so that a FIFO, a socket or a device given by mistake (or by a hostile
/// folder) is a named error instead of a process blocked forever in `read`, and so that a size
/// limit is checked before memory is taken.
public enum RegularFile {
    /// Why a FIFO, socket or device is refused.
    static let notRegular = "not a regular file (a FIFO, socket or device); lumbar reads files only"

    /// The whole file, read with POSIX calls (no intermediate `Data`). Opened without blocking
    /// and refused unless it is a regular file, so a FIFO or a device in an imported folder is a
    /// clear error instead of a hang.
    public static func read(_ path: String, limit: Int) throws(FormatError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .unreadable(file: path, reason: notRegular)
        }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw .tooLarge(file: path, reason: "it is \(size / 1_048_576) MB, more than the \(limit / 1_048_576) MB limit")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buf in
            while done < size {
                let n = systemRead(fd, buf.baseAddress! + done, size - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                done += n
            }
        }
        if failure != 0 { throw .unreadable(file: path, reason: String(cString: strerror(failure))) }
        if done < size { bytes.removeSubrange(done...) }
        return bytes
    }
}

#if canImport(Glibc)
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    private let systemRead = Darwin.read
#endif
