package com.medvisionlab.dicom.data;

import com.medvisionlab.dicom.DicomException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A large value left in its file: {@code length} bytes at {@code offset}, read lazily. Offsets and lengths are
 * {@code long} so that multi-gigabyte files need no narrowing. The bytes are little endian (the reader only makes
 * references to values it would not have to swap).
 */
public record BulkData(Path file, long offset, long length) implements BinaryValue {

    /** A URI for the DICOM JSON BulkDataURI: the file URI with offset and length as query parameters. */
    public URI uri() {
        return URI.create(file.toUri() + "?offset=" + offset + "&length=" + length);
    }

    @Override
    public byte[] readBytes() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new DicomException("bulk data of " + length + " bytes at offset " + offset + " in " + file
                    + " is too large for one array; stream it with transferTo");
        }
        byte[] bytes = new byte[(int) length];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new DicomException("bulk data at offset " + offset + " in " + file + " ends after "
                            + buffer.position() + " of " + length + " bytes");
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new DicomException(
                    "cannot read bulk data at offset " + offset + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Copies the value to {@code out} without holding it in memory at once. */
    public void transferTo(OutputStream out) throws IOException {
        transferTo(Channels.newChannel(out));
    }

    /**
     * Copies the value to {@code target}; from file channel to file channel the kernel copies it
     * (copy_file_range or sendfile on Linux) without passing it through Java buffers.
     */
    public void transferTo(WritableByteChannel target) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long done = 0;
            while (done < length) {
                long n = channel.transferTo(offset + done, length - done, target);
                if (n <= 0) {
                    throw new DicomException("bulk data at offset " + offset + " in " + file + " ends after " + done
                            + " of " + length + " bytes");
                }
                done += n;
            }
        }
    }
}
