package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.BulkData;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.InlineBytes;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.VR;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes datasets in one transfer syntax. Sequences and items are written with undefined length (delimited), so no
 * length has to be computed ahead except for group length elements, which are recalculated from the encoding.
 */
final class DicomOutputStream {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int MAX_SHORT_LENGTH = 0xFFFF;

    private final OutputStream out;
    private final boolean explicit;
    private final boolean bigEndian;
    private final boolean dropGroupLengths;
    private final byte[] header = new byte[12];

    /** Encodes in the VR encoding and byte order of {@code syntax}; deflating is the caller's. */
    DicomOutputStream(OutputStream out, TransferSyntax syntax, WriteOptions.GroupLengths groupLengths) {
        this.out = out;
        this.explicit = syntax.vrEncoding() == TransferSyntax.VrEncoding.EXPLICIT;
        this.bigEndian = syntax.endianness() == TransferSyntax.Endianness.BIG;
        this.dropGroupLengths = groupLengths == WriteOptions.GroupLengths.REMOVE;
    }

    /** One element of a dataset being written, collected so that group lengths can look ahead. */
    private record Element(int tag, VR vr, Object value) {}

    void writeDataset(Dataset dataset) throws IOException {
        List<Element> elements = elementsOf(dataset);
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (Tag.isGroupLength(e.tag())) {
                if (dropGroupLengths) {
                    continue;
                }
                long length = 0;
                for (int j = i + 1;
                        j < elements.size() && Tag.group(elements.get(j).tag()) == Tag.group(e.tag());
                        j++) {
                    length += encodedLength(elements.get(j));
                }
                writeElement(new Element(e.tag(), VR.UL, uint32(length)));
            } else {
                writeElement(e);
            }
        }
    }

    private List<Element> elementsOf(Dataset dataset) {
        List<Element> elements = new ArrayList<>(dataset.size());
        dataset.forEach((tag, vr, value) -> {
            if (Tag.group(tag) != 0x0002) {
                elements.add(new Element(tag, vr, value));
            }
        });
        return elements;
    }

    /** Writes group 0002 elements as given (the caller sets their group length). */
    void writeMetaElements(Dataset meta) throws IOException {
        for (Element e : elementsOfGroup2(meta)) {
            writeElement(e);
        }
    }

    private static List<Element> elementsOfGroup2(Dataset meta) {
        List<Element> elements = new ArrayList<>();
        meta.forEach((tag, vr, value) -> elements.add(new Element(tag, vr, value)));
        return elements;
    }

    /**
     * instanceof chains rather than pattern switches here and below: every element of every file passes through,
     * and a type switch is an invokedynamic call site that stays slow until the JIT has compiled it.
     */
    private void writeElement(Element e) throws IOException {
        Object value = e.value();
        if (value instanceof byte[] bytes) {
            VR vr = writableVr(e.vr(), bytes.length);
            writeHeader(e.tag(), vr, padded(bytes.length));
            writeValue(bytes, e.vr());
            if ((bytes.length & 1) == 1) {
                out.write(e.vr().paddingByte());
            }
        } else if (value instanceof Sequence sequence) {
            writeHeader(e.tag(), VR.SQ, UNDEFINED);
            for (Dataset item : sequence) {
                writeHeader(Tag.ITEM, null, UNDEFINED);
                writeDataset(item);
                writeHeader(Tag.ITEM_DELIMITATION, null, 0);
            }
            writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0);
        } else if (value instanceof BulkData bulk) {
            VR vr = writableVr(e.vr(), bulk.length());
            writeHeader(e.tag(), vr, padded(bulk.length()));
            if (bigEndian && e.vr().bytesPerValue() > 1) {
                writeValue(bulk.readBytes(), e.vr());
            } else {
                transfer(bulk);
            }
            if ((bulk.length() & 1) == 1) {
                out.write(e.vr().paddingByte());
            }
        } else if (value instanceof Fragments fragments) {
            writeHeader(e.tag(), e.vr(), UNDEFINED);
            writeItem(fragments.basicOffsetTable());
            for (BinaryValue fragment : fragments.fragments()) {
                writeItem(fragment);
            }
            writeHeader(Tag.SEQUENCE_DELIMITATION, null, 0);
        } else {
            throw new DicomException(
                    "cannot write value of type " + value.getClass().getSimpleName() + " for " + Tag.toString(e.tag()));
        }
    }

    /** File to file without passing through the heap when the target is a file. */
    private void transfer(BulkData bulk) throws IOException {
        if (out instanceof FileChannelOutput file) {
            file.transferFrom(bulk);
        } else {
            bulk.transferTo(out);
        }
    }

    /** Explicit VR has only 16 bits of length for short-header VRs; longer values must go out as UN. */
    private VR writableVr(VR vr, long length) {
        return explicit && vr.headerLength() == 8 && padded(length) > MAX_SHORT_LENGTH ? VR.UN : vr;
    }

    private void writeItem(BinaryValue value) throws IOException {
        writeHeader(Tag.ITEM, null, padded(value.length()));
        if (value instanceof InlineBytes inline) {
            out.write(inline.bytes());
        } else {
            transfer((BulkData) value);
        }
        if ((value.length() & 1) == 1) {
            out.write(0);
        }
    }

    private void writeValue(byte[] bytes, VR vr) throws IOException {
        int unit = vr.bytesPerValue();
        if (!bigEndian || unit == 1) {
            out.write(bytes);
            return;
        }
        byte[] swapped = new byte[bytes.length];
        int whole = bytes.length - bytes.length % unit;
        for (int i = 0; i < whole; i += unit) {
            for (int k = 0; k < unit; k++) {
                swapped[i + k] = bytes[i + unit - 1 - k];
            }
        }
        System.arraycopy(bytes, whole, swapped, whole, bytes.length - whole);
        out.write(swapped);
    }

    /** Tag, VR and length; {@code vr == null} for item and delimiter headers, which never carry a VR. */
    private void writeHeader(int tag, VR vr, long length) throws IOException {
        put16(0, Tag.group(tag));
        put16(2, Tag.element(tag));
        if (vr == null || !explicit) {
            put32(4, length);
            out.write(header, 0, 8);
        } else if (vr.headerLength() == 8) {
            header[4] = (byte) (vr.code() >> 8);
            header[5] = (byte) vr.code();
            put16(6, (int) length);
            out.write(header, 0, 8);
        } else {
            header[4] = (byte) (vr.code() >> 8);
            header[5] = (byte) vr.code();
            header[6] = 0;
            header[7] = 0;
            put32(8, length);
            out.write(header, 0, 12);
        }
    }

    private long encodedLength(Element e) {
        Object value = e.value();
        if (value instanceof byte[] bytes) {
            return headerLength(writableVr(e.vr(), bytes.length), bytes.length) + padded(bytes.length);
        }
        if (value instanceof BulkData bulk) {
            return headerLength(writableVr(e.vr(), bulk.length()), bulk.length()) + padded(bulk.length());
        }
        if (value instanceof Sequence sequence) {
            long length = headerLength(VR.SQ, 0) + 8;
            for (Dataset item : sequence) {
                length += 16;
                for (Element child : elementsOf(item)) {
                    if (!(dropGroupLengths && Tag.isGroupLength(child.tag()))) {
                        length += encodedLength(child);
                    }
                }
            }
            return length;
        }
        if (value instanceof Fragments fragments) {
            long length = headerLength(e.vr(), 0)
                    + 8
                    + padded(fragments.basicOffsetTable().length())
                    + 8;
            for (BinaryValue fragment : fragments.fragments()) {
                length += 8 + padded(fragment.length());
            }
            return length;
        }
        return 0;
    }

    private int headerLength(VR vr, long length) {
        return explicit ? vr.headerLength() : 8;
    }

    private static long padded(long length) {
        return length + (length & 1);
    }

    private static byte[] uint32(long value) {
        if (value > UNDEFINED - 1) {
            throw new DicomException("group is too long for a group length element: " + value + " bytes");
        }
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    private void put16(int at, int v) {
        if (bigEndian) {
            header[at] = (byte) (v >> 8);
            header[at + 1] = (byte) v;
        } else {
            header[at] = (byte) v;
            header[at + 1] = (byte) (v >> 8);
        }
    }

    private void put32(int at, long v) {
        if (bigEndian) {
            header[at] = (byte) (v >> 24);
            header[at + 1] = (byte) (v >> 16);
            header[at + 2] = (byte) (v >> 8);
            header[at + 3] = (byte) v;
        } else {
            header[at] = (byte) v;
            header[at + 1] = (byte) (v >> 8);
            header[at + 2] = (byte) (v >> 16);
            header[at + 3] = (byte) (v >> 24);
        }
    }
}
