package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes DICOM Part 10 files: 128-byte preamble, "DICM", a fresh file meta header (group length, version, media
 * storage SOP class/instance, transfer syntax, implementation class UID and version name, plus any other source meta
 * elements) and the dataset. Encapsulated pixel data is written fragment by fragment, byte for byte.
 */
public final class DicomWriter {

    /** Our implementation class UID (a UUID-derived 2.25 UID, PS3.5 B.2). */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.80776253574512932096307800674929525561";

    public static final String IMPLEMENTATION_VERSION_NAME = "MEDVISION_01";
    /** The file meta header is always explicit VR little endian (PS3.10 7.1). */
    private static final TransferSyntax META_SYNTAX = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;

    private DicomWriter() {}

    public static void write(DicomFile file, Path target, WriteOptions options) {
        try (OutputStream out = new FileChannelOutput(FileChannel.open(
                target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
            write(file, out, options);
        } catch (IOException e) {
            throw new DicomException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes to {@code out} (not closed; a deflated target is finished). */
    public static void write(DicomFile file, OutputStream out, WriteOptions options) throws IOException {
        TransferSyntax syntax = targetSyntax(file, options);
        out.write(new byte[128]);
        out.write(new byte[] {'D', 'I', 'C', 'M'});
        out.write(metaHeader(file, syntax));
        if (syntax.deflation() == TransferSyntax.DatasetDeflation.DEFLATED) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            DeflaterOutputStream deflated = new DeflaterOutputStream(out, deflater, 64 * 1024);
            new DicomOutputStream(deflated, syntax, options.groupLengths()).writeDataset(file.dataset());
            deflated.finish();
            deflater.end();
        } else {
            new DicomOutputStream(out, syntax, options.groupLengths()).writeDataset(file.dataset());
        }
        out.flush();
    }

    private static TransferSyntax targetSyntax(DicomFile file, WriteOptions options) {
        TransferSyntax source = file.transferSyntax();
        if (options.target() == WriteOptions.Target.SOURCE || source.encapsulated()) {
            return source;
        }
        return options.target() == WriteOptions.Target.IMPLICIT_VR_LITTLE_ENDIAN
                ? TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN
                : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
    }

    private static byte[] metaHeader(DicomFile file, TransferSyntax syntax) throws IOException {
        Dataset source = file.fileMeta();
        Dataset meta = new Dataset();
        source.forEach((tag, vr, value) -> {
            if (value instanceof byte[] bytes && tag != Tags.FileMetaInformationGroupLength) {
                meta.setBytes(tag, vr, bytes);
            }
        });
        meta.setBytes(Tags.FileMetaInformationVersion, VR.OB, new byte[] {0, 1});
        String sopClass = source.getString(Tags.MediaStorageSOPClassUID)
                .or(() -> file.dataset().getString(Tags.SOPClassUID))
                .orElse("");
        String sopInstance = source.getString(Tags.MediaStorageSOPInstanceUID)
                .or(() -> file.dataset().getString(Tags.SOPInstanceUID))
                .orElse("");
        meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, sopClass);
        meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, sopInstance);
        meta.setString(Tags.TransferSyntaxUID, VR.UI, syntax.uid());
        meta.setString(Tags.ImplementationClassUID, VR.UI, IMPLEMENTATION_CLASS_UID);
        meta.setString(Tags.ImplementationVersionName, VR.SH, IMPLEMENTATION_VERSION_NAME);
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        new DicomOutputStream(body, META_SYNTAX, WriteOptions.GroupLengths.RECALCULATE).writeMetaElements(meta);
        Dataset groupLength = new Dataset();
        int length = body.size();
        groupLength.setBytes(Tags.FileMetaInformationGroupLength, VR.UL, new byte[] {
            (byte) length, (byte) (length >> 8), (byte) (length >> 16), (byte) (length >> 24)
        });
        ByteArrayOutputStream all = new ByteArrayOutputStream(length + 12);
        new DicomOutputStream(all, META_SYNTAX, WriteOptions.GroupLengths.RECALCULATE).writeMetaElements(groupLength);
        body.writeTo(all);
        return all.toByteArray();
    }
}
