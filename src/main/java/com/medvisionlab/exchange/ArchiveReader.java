package com.medvisionlab.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a case-set archive as it streams in, one entry at a time, never to disk: the manifest first, then objects,
 * each only if the manifest lists it (no other name is opened, so no path can point anywhere), read up to its
 * declared size and the limits, and handed out only after its SHA-256 matched. A bomb stops at the first limit.
 */
final class ArchiveReader {

    /** One verified object. */
    record ArchiveObject(Manifest.ObjectEntry entry, byte[] content) {}

    private final ZipInputStream zip;
    private final ArchiveLimits limits;
    private final Map<String, Manifest.ObjectEntry> expected = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private long total;
    private int entries;

    ArchiveReader(InputStream in, ArchiveLimits limits) {
        this.zip = new ZipInputStream(in);
        this.limits = limits;
    }

    /** The manifest and the SHA-256 of its bytes (what identifies this archive). */
    record ManifestRead(Manifest manifest, String sha256) {}

    ManifestRead manifest() {
        ZipEntry first = nextEntry().orElseThrow(() -> new ExchangeException("exchange.error.not-an-archive"));
        if (!first.getName().equals(Manifest.FILE_NAME)) {
            throw new ExchangeException("exchange.error.manifest-first");
        }
        byte[] json = readBounded(limits.maxManifestSize(), "exchange.error.manifest-too-large");
        Manifest manifest = ManifestJson.read(json);
        if (manifest.objects().size() + 1 > limits.maxEntries()) {
            throw new ExchangeException("exchange.error.too-many-entries", Integer.toString(limits.maxEntries()));
        }
        manifest.objects().forEach(o -> expected.put(o.path(), o));
        return new ManifestRead(manifest, Hashing.sha256Hex(json));
    }

    /** The next object, verified; empty at the end of the archive. */
    Optional<ArchiveObject> next() {
        Optional<ZipEntry> entry = nextEntry();
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String name = entry.get().getName();
        if (unsafe(name)) {
            throw new ExchangeException("exchange.error.unsafe-entry", printable(name));
        }
        Manifest.ObjectEntry object = expected.get(name);
        if (object == null || !seen.add(name)) {
            throw new ExchangeException("exchange.error.unexpected-entry", printable(name));
        }
        if (object.size() > limits.maxObjectSize()) {
            throw new ExchangeException("exchange.error.object-too-large", name);
        }
        byte[] content = readBounded(object.size(), "exchange.error.object-size-mismatch", name);
        if (content.length != object.size() || !Hashing.sha256Hex(content).equals(object.sha256())) {
            throw new ExchangeException("exchange.error.hash-mismatch", name);
        }
        return Optional.of(new ArchiveObject(object, content));
    }

    /** After the last entry: every listed object must have come. */
    void requireComplete() {
        var missing = expected.keySet().stream().filter(p -> !seen.contains(p)).findFirst();
        if (missing.isPresent()) {
            throw new ExchangeException("exchange.error.object-missing", missing.get());
        }
    }

    private Optional<ZipEntry> nextEntry() {
        try {
            ZipEntry entry = zip.getNextEntry();
            if (entry != null && ++entries > limits.maxEntries()) {
                throw new ExchangeException("exchange.error.too-many-entries", Integer.toString(limits.maxEntries()));
            }
            return Optional.ofNullable(entry);
        } catch (ZipException e) {
            throw new ExchangeException("exchange.error.not-an-archive");
        } catch (IOException e) {
            throw new ExchangeException("exchange.error.read-failed");
        }
    }

    /** Reads the current entry; more than {@code max} bytes (whatever the zip header claims) is refused. */
    private byte[] readBounded(long max, String tooLargeKey, String... arguments) {
        try {
            byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            total += bytes.length;
            if (bytes.length > max) {
                throw new ExchangeException(tooLargeKey, arguments);
            }
            if (total > limits.maxTotalSize()) {
                throw new ExchangeException("exchange.error.archive-too-large");
            }
            return bytes;
        } catch (ZipException e) {
            throw new ExchangeException("exchange.error.not-an-archive");
        } catch (IOException e) {
            throw new ExchangeException("exchange.error.read-failed");
        }
    }

    private static boolean unsafe(String name) {
        return name.startsWith("/")
                || name.contains("\\")
                || name.contains(":")
                || name.contains("\0")
                || java.util.Arrays.asList(name.split("/")).contains("..");
    }

    /** An entry name for a message: short, without control characters. */
    private static String printable(String name) {
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
    }
}
