package com.medvisionlab.dicomweb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Writes a multipart/related body (RFC 2387) part by part onto a stream, so no part is held in memory. */
final class MultipartRelatedWriter {

    private final OutputStream out;
    private final String boundary;

    /** @param boundary derived from the response's ETag when it has one, so equal content gives equal bytes */
    MultipartRelatedWriter(OutputStream out, String boundary) {
        this.out = out;
        this.boundary = boundary;
    }

    MultipartRelatedWriter(OutputStream out) {
        this(out, "mvl-" + UUID.randomUUID());
    }

    /** The Content-Type of the whole body; {@code type} is the media type of every part. */
    String contentType(String type) {
        return "multipart/related; type=\"" + type + "\"; boundary=" + boundary;
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    void part(String contentType, String location, Body body) throws IOException {
        ascii("--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Location: " + location + "\r\n\r\n");
        body.writeTo(out);
        ascii("\r\n");
    }

    void end() throws IOException {
        ascii("--" + boundary + "--\r\n");
        out.flush();
    }

    private void ascii(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}
