package com.medvisionlab.ingest;

import com.medvisionlab.ingest.IngestOutcome.Rejected;
import com.medvisionlab.ingest.IngestOutcome.RejectionCause;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip upload in memory, entry by entry, refusing what could hurt:
 *
 * <ul>
 *   <li>a path that leaves the archive ({@code ..} segments, absolute paths, drive letters): refused, never
 *       unpacked (nothing is written anywhere anyway, but the name would reach the summary and the reader);
 *   <li>a decompression bomb: an entry is read only up to the file limit and to what is left of the upload's total,
 *       and refused once it unpacks to more than {@value #MAX_RATIO} times the bytes it took in the archive;
 *   <li>more entries than the upload may have files: the rest is refused;
 *   <li>a zip inside the zip: refused, not followed (upload it on its own).
 * </ul>
 *
 * <p>Skipped without a word: directories, macOS resource forks ({@code __MACOSX/}), dot files and DICOMDIR (an
 * index of the other files, naming their patients; the de-identified study needs none).
 */
final class ArchiveReader {

    /** Deflate reaches about 1000:1 on zeros; real images, even sparse masks, stay far below this. */
    static final int MAX_RATIO = 200;
    /** Small entries may compress very well without harm: the ratio is judged once this much is unpacked. */
    static final int RATIO_FLOOR = 1024 * 1024;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final UploadBatch batch;

    ArchiveReader(UploadBatch batch) {
        this.batch = batch;
    }

    /** One entry: unpacked, or refused with why. */
    private sealed interface Read {
        record Taken(IncomingFile file) implements Read {}

        record Refused(Rejected why) implements Read {}
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4
                && content[0] == 'P'
                && content[1] == 'K'
                && ((content[2] == 3 && content[3] == 4) || (content[2] == 5 && content[3] == 6));
    }

    void unpack(IncomingFile archive, List<IncomingFile> files, List<Rejected> refused) {
        CountingInputStream raw = new CountingInputStream(new ByteArrayInputStream(archive.content()));
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while (!batch.full() && (entry = zip.getNextEntry()) != null) {
                String path = entry.getName().replace('\\', '/');
                String name = archive.name() + "/" + path;
                if (entry.isDirectory() || skipped(path)) {
                    continue;
                }
                if (unsafe(path)) {
                    refused.add(rejected(name, RejectionCause.UNREADABLE, IngestReasons.UNSAFE_PATH));
                    continue;
                }
                switch (read(zip, raw, name)) {
                    case Read.Taken taken -> files.add(taken.file());
                    case Read.Refused refusal -> refused.add(refusal.why());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // damaged archive, encrypted entry, bad name encoding: what was unpacked before stays
            refused.add(rejected(archive.name(), RejectionCause.UNREADABLE, IngestReasons.UNREADABLE_ARCHIVE));
        }
    }

    /** Reads one entry within the limits. */
    private Read read(ZipInputStream zip, CountingInputStream raw, String name) throws IOException {
        long limit = batch.nextFileLimit();
        long compressedStart = raw.count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long unpacked = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            unpacked += n;
            if (unpacked > limit) {
                // too large for a file or for what is left of the upload: admit says which, and counts nothing
                return new Read.Refused(batch.admit(name, unpacked).orElseThrow());
            }
            long compressed = Math.max(1, raw.count() - compressedStart);
            if (unpacked > RATIO_FLOOR && unpacked / compressed > MAX_RATIO) {
                return new Read.Refused(rejected(
                        name, RejectionCause.TOO_LARGE, IngestReasons.COMPRESSION_RATIO, Integer.toString(MAX_RATIO)));
            }
            out.write(buffer, 0, n);
        }
        byte[] content = out.toByteArray();
        if (isZip(content)) {
            return new Read.Refused(rejected(name, RejectionCause.UNREADABLE, IngestReasons.NESTED_ARCHIVE));
        }
        Optional<Rejected> refusal = batch.admit(name, content.length);
        return refusal.<Read>map(Read.Refused::new).orElseGet(() -> new Read.Taken(new IncomingFile(name, content)));
    }

    /** Directories' leftovers, macOS resource forks, dot files and DICOMDIR. */
    static boolean skipped(String path) {
        String[] segments = path.split("/");
        for (String segment : segments) {
            if (segment.equals("__MACOSX") || (segment.startsWith(".") && !segment.equals(".."))) {
                return true;
            }
        }
        String last = segments[segments.length - 1];
        return last.isEmpty() || last.toUpperCase(Locale.ROOT).equals("DICOMDIR");
    }

    /** Absolute, drive-lettered, or climbing out with {@code ..}; a NUL could cut the name short elsewhere. */
    static boolean unsafe(String path) {
        if (path.startsWith("/") || DRIVE.matcher(path).matches() || path.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static Rejected rejected(String name, RejectionCause cause, String key, String... arguments) {
        return new Rejected(name, cause, IngestReason.of(key, arguments));
    }

    /** How many bytes of the archive the inflater has taken so far (to within its 512-byte read-ahead). */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
