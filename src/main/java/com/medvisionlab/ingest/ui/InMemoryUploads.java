package com.medvisionlab.ingest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Receives each uploaded file into memory (never a temporary file: the bytes are not yet de-identified), reading at
 * most as many bytes as the upload may still take, so an oversized file costs no more memory than the limit.
 */
final class InMemoryUploads implements UploadHandler {

    /** What to do with a received file, on the upload's request thread. */
    interface Receiver {
        void received(UI ui, String fileName, byte[] content);

        /** The file was larger than {@code limit} bytes; nothing of it was kept. */
        void tooLarge(UI ui, String fileName, long limit);
    }

    private final LongSupplier room;
    private final Receiver receiver;

    /** @param room how many bytes the next file may have */
    InMemoryUploads(LongSupplier room, Receiver receiver) {
        this.room = room;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        long limit = room.getAsLong();
        String name = event.getFileName();
        UI ui = event.getUI();
        if (event.getFileSize() > limit) {
            receiver.tooLarge(ui, name, limit);
            return;
        }
        readAtMost(event.getInputStream(), limit)
                .ifPresentOrElse(
                        content -> receiver.received(ui, name, content), () -> receiver.tooLarge(ui, name, limit));
    }

    /** The whole stream, or empty as soon as it goes past {@code limit} bytes. */
    static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }
}
