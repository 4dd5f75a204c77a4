package com.medvisionlab.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Blobs as files under a root directory, one file per key ({@code a/b.dcm} is {@code ROOT/a/b.dcm}). A put writes a
 * hidden temporary file beside the target and renames it into place, so readers see the old blob or the new one,
 * never a part. Hidden names (leading dot) are never keys, so temporary files stay out of listings.
 */
final class FileSystemBlobStore implements BlobStore {

    private static final int BUFFER = 256 * 1024;
    private final Path root;

    FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        write(path(key), content);
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        write(path(key), new ExactLengthInputStream(content, length));
    }

    private void write(Path target, InputStream content) throws IOException {
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".put-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                for (int read; (read = content.readNBytes(buffer, 0, BUFFER)) > 0; ) {
                    out.write(buffer, 0, read);
                }
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    @Override
    public InputStream get(String key, long offset) throws IOException {
        Path file = path(key);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            if (offset < 0 || offset > channel.size()) {
                long size = channel.size();
                channel.close();
                throw new IllegalArgumentException(
                        "offset " + offset + " outside blob " + key + " of " + size + " bytes");
            }
            return Channels.newInputStream(channel.position(offset));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(key);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        BlobKeys.checkPrefix(prefix);
        // walk only the directory the prefix names, not the whole store
        Path start = root.resolve(prefix.substring(0, prefix.lastIndexOf('/') + 1));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(start) || !hidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String key = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), "/");
                if (attributes.isRegularFile() && !hidden(file) && key.startsWith(prefix)) {
                    keys.add(key);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        keys.sort(null);
        return keys;
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    @Override
    public long size(String key) throws IOException {
        try {
            return Files.size(path(key));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(key);
        }
    }

    /** The key's file; the key rule already excludes traversal, the containment check guards the rule. */
    private Path path(String key) {
        Path file = root.resolve(BlobKeys.check(key)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("blob key outside the store: " + key);
        }
        return file;
    }

    @Override
    public String toString() {
        return "directory " + root;
    }
}
