package com.medvisionlab.demo.phantom;

import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.WriteOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One generated DICOM object.
 *
 * @param name a file name for it (e.g. {@code ct-phantom-001.dcm}), as an upload would carry
 * @param file the object, with its invented identifying header
 */
public record GeneratedObject(String name, DicomFile file) {

    /** The object as a DICOM Part 10 file (explicit VR little endian), in memory. */
    public byte[] encode() {
        var out = new ByteArrayOutputStream(1 << 20);
        try {
            DicomWriter.write(file, out, WriteOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }
}
