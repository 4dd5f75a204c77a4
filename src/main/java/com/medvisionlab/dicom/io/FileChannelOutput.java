package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.data.BulkData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A buffered output stream over a file channel that copies bulk data from its source file channel to channel,
 * so pixel data goes from file to file inside the kernel (copy_file_range/sendfile on Linux) instead of through
 * Java buffers. Writing a de-identified file then costs little more than copying it.
 */
final class FileChannelOutput extends OutputStream {

    /** Headers are a few kilobytes; the pixel data bypasses this buffer. */
    private static final int BUFFER_SIZE = 16 * 1024;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);

    FileChannelOutput(FileChannel channel) {
        this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
        if (!buffer.hasRemaining()) {
            drain();
        }
        buffer.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len >= BUFFER_SIZE) {
            drain();
            writeFully(ByteBuffer.wrap(b, off, len));
            return;
        }
        if (len > buffer.remaining()) {
            drain();
        }
        buffer.put(b, off, len);
    }

    /** Appends the bulk value's bytes straight from its file. */
    void transferFrom(BulkData bulk) throws IOException {
        drain();
        bulk.transferTo(channel);
    }

    @Override
    public void flush() throws IOException {
        drain();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            channel.close();
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
