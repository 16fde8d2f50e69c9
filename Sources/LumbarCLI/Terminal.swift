import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the terminal: whole buffers straight to the file descriptor.
enum Terminal {
    /// Writes all of `bytes` to `fd` (one buffer; loops only on partial writes to pipes).
    static func write(_ bytes: [UInt8], to fd: Int32 = STDOUT_FILENO) {
        bytes.withUnsafeBytes { write($0, to: fd) }
    }

    /// Writes all of `buf` to `fd`.
    static func write(_ buf: UnsafeRawBufferPointer, to fd: Int32 = STDOUT_FILENO) {
        guard let start = buf.baseAddress else { return }
        var done = 0
        while done < buf.count {
            #if canImport(Glibc)
                let n = Glibc.write(fd, start + done, buf.count - done)
            #else
                let n = Darwin.write(fd, start + done, buf.count - done)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            done += n
        }
    }

    static func print(_ text: String) { write(Array(text.utf8)) }

    static func error(_ text: String) { write(Array(text.utf8), to: STDERR_FILENO) }

    /// Whether standard error is a terminal (progress bars only then).
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// A usage error: the message on standard error, exit code 2.
    static func usage(_ message: String) -> ExitCode {
        error("lumbar: \(message)\n")
        return ExitCode(2)
    }

    /// Bad input: the message on standard error, exit code 1.
    static func failure(_ message: String) -> ExitCode {
        error("lumbar: \(message)\n")
        return ExitCode(1)
    }
}
