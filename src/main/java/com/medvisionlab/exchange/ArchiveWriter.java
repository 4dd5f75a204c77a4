package com.medvisionlab.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a case-set archive: the manifest first (so an import knows what to expect before any object), then each
 * object, hashed while it is copied and refused if it is not what the manifest says.
 */
final class ArchiveWriter implements AutoCloseable {

    private final ZipOutputStream zip;

    ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    void manifest(byte[] json) throws IOException {
        zip.putNextEntry(new ZipEntry(Manifest.FILE_NAME));
        zip.write(json);
        zip.closeEntry();
    }

    void object(Manifest.ObjectEntry entry, InputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(entry.path()));
        var digest = Hashing.sha256();
        long copied;
        try (var hashing = new DigestOutputStream(nonClosing(zip), digest)) {
            copied = content.transferTo(hashing);
        }
        zip.closeEntry();
        String sha = HexFormat.of().formatHex(digest.digest());
        if (copied != entry.size() || !sha.equals(entry.sha256())) {
            throw new IOException("stored object " + entry.sopInstanceUid() + " differs from its index entry");
        }
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
