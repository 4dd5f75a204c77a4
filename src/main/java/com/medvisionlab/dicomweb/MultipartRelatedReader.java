package com.medvisionlab.dicomweb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a multipart/related body (RFC 2046 5.1, RFC 2387) one part at a time straight from the request stream: only
 * the current part is in memory. A preamble (e.g. a leading CRLF, as Orthanc sends) and an epilogue are skipped.
 */
final class MultipartRelatedReader {

    /** One part: its headers (names lower-case) and its body. */
    record Part(Map<String, String> headers, byte[] body) {

        Optional<String> contentType() {
            return Optional.ofNullable(headers.get("content-type"));
        }
    }

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    /** "\r\n--boundary": every delimiter; the body is read as if it started with CRLF so the first one matches too. */
    private final byte[] delimiter;

    private final int[] failure;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean finished;
    private boolean started;

    MultipartRelatedReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        this.failure = failureFunction(delimiter);
        // pretend a CRLF came first, so that a delimiter at the very start is found like every other
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    /** The next part, or empty after the closing delimiter. */
    Optional<Part> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        if (!started) {
            started = true;
            if (!copyUntilDelimiter(null)) {
                throw new IOException("multipart body without a delimiter");
            }
        }
        // after a delimiter: "--" closes the body, otherwise optional whitespace and CRLF start a part
        int first = read();
        int second = read();
        if (first == '-' && second == '-') {
            finished = true;
            return Optional.empty();
        }
        int c = second;
        int previous = first;
        while (!(previous == '\r' && c == '\n')) {
            if (c < 0) {
                throw new IOException("multipart body ends inside a delimiter line");
            }
            previous = c;
            c = read();
        }
        var headers = headers();
        var body = new ByteArrayOutputStream(
                headers.containsKey("content-length")
                        ? Math.max(0, Math.min(Integer.MAX_VALUE - 8, parseLength(headers.get("content-length"))))
                        : BUFFER);
        if (!copyUntilDelimiter(body)) {
            throw new IOException("multipart body ends without a closing delimiter");
        }
        return Optional.of(new Part(headers, body.toByteArray()));
    }

    private Map<String, String> headers() throws IOException {
        var headers = new LinkedHashMap<String, String>();
        var line = new ByteArrayOutputStream(128);
        while (true) {
            int c = read();
            if (c < 0) {
                throw new IOException("multipart body ends inside part headers");
            }
            if (c == '\n') {
                var text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    return headers;
                }
                int colon = text.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            text.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            text.substring(colon + 1).strip());
                }
            } else {
                line.write(c);
            }
        }
    }

    /**
     * Copies bytes to {@code out} (or drops them) until the delimiter, which is consumed; false at end of stream.
     * Knuth-Morris-Pratt, so each byte is looked at once; bytes that may begin the delimiter are held back (they
     * equal the delimiter's first {@code matched} bytes) until they match or turn out to be body.
     */
    private boolean copyUntilDelimiter(@Nullable ByteArrayOutputStream out) throws IOException {
        int matched = 0;
        while (true) {
            if (position == limit && !fill()) {
                write(out, delimiter, 0, matched);
                return false;
            }
            int runStart = position;
            while (position < limit) {
                byte b = buffer[position];
                if (matched == 0 && b != delimiter[0]) {
                    position++;
                    continue;
                }
                if (matched == 0) {
                    write(out, buffer, runStart, position - runStart);
                }
                while (matched > 0 && b != delimiter[matched]) {
                    int fallback = failure[matched - 1];
                    write(out, delimiter, 0, matched - fallback);
                    matched = fallback;
                }
                position++;
                if (b == delimiter[matched]) {
                    matched++;
                    runStart = position;
                    if (matched == delimiter.length) {
                        return true;
                    }
                } else {
                    runStart = position - 1;
                }
            }
            if (matched == 0) {
                write(out, buffer, runStart, limit - runStart);
            }
        }
    }

    private static void write(@Nullable ByteArrayOutputStream out, byte[] bytes, int offset, int length) {
        if (out != null && length > 0) {
            out.write(bytes, offset, length);
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            // a container may answer 0 between chunks of a chunked request body; only -1 is the end
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static int parseLength(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return BUFFER;
        }
    }

    private static int[] failureFunction(byte[] pattern) {
        int[] f = new int[pattern.length];
        int k = 0;
        for (int i = 1; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = f[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            f[i] = k;
        }
        return f;
    }
}
