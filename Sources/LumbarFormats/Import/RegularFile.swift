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
    /// Why a named file was not read. Each caller words it for its own kind of file (an activity,
    /// an answers file, a keypoint file), with the sizes at hand instead of a second `stat`.
    public enum Failure: Error, Sendable, Hashable {
        /// The operating system refused it, or it is not a regular file.
        case unreadable(reason: String)
        /// Larger than the caller's limit (both in bytes); nothing was read.
        case tooLarge(bytes: Int, limit: Int)
    }

    /// Why a FIFO, socket or device is refused.
    static let notRegular = "not a regular file (a FIFO, socket or device); lumbar reads files only"

    /// A descriptor for `path`, opened read-only without blocking (so opening a FIFO cannot
    /// wait for a writer) and refused unless the file is regular; with the file's size. The
    /// caller closes the descriptor.
    static func open(_ path: String) throws(Failure) -> (fd: Int32, size: Int) {
        let fd = systemOpen(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(reason: reason)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .unreadable(reason: notRegular)
        }
        return (fd, Int(info.st_size))
    }

    /// The whole file, read with POSIX calls (no intermediate `Data`), refused before reading
    /// when it is larger than `limit`.
    public static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let (fd, size) = try open(path)
        defer { close(fd) }
        guard size <= limit else { throw .tooLarge(bytes: size, limit: limit) }
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
        if failure != 0 { throw .unreadable(reason: String(cString: strerror(failure))) }
        if done < size { bytes.removeSubrange(done...) }
        return bytes
    }
}

extension FormatError {
    /// `failure` as an activity file's error, naming it `file`.
    public init(file: String, _ failure: RegularFile.Failure) {
        switch failure {
        case .unreadable(let reason): self = .unreadable(file: file, reason: reason)
        case .tooLarge(let bytes, let limit):
            self = .tooLarge(file: file, reason: "it is \(bytes / 1_048_576) MB, more than the \(limit / 1_048_576) MB limit")
        }
    }
}

// The C calls, named apart from `RegularFile.open` and `read`, which shadow them in the enum.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
        Glibc.open(path, flags)
    #else
        Darwin.open(path, flags)
    #endif
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
    #else
        Darwin.read(fd, buffer, count)
    #endif
}
