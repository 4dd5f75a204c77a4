package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.BulkData;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.InlineBytes;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.dict.ElementDictionary;
import com.medvisionlab.dicom.io.TransferSyntax.DatasetDeflation;
import com.medvisionlab.dicom.io.TransferSyntax.Endianness;
import com.medvisionlab.dicom.io.TransferSyntax.VrEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Streaming DICOM parser. {@link #readFileMeta()} recognises a Part 10 preamble and meta header, or sniffs the
 * encoding of a bare dataset; {@link #readDataset} then emits header, item and fragment events to a
 * {@link DicomInputHandler}. Nesting is handled with an explicit stack (no recursion), capped by
 * {@link ReadOptions#maxSequenceDepth()}.
 */
public final class DicomInputStream {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int PREAMBLE = 128;

    private final ByteInput in;
    private final ReadOptions options;
    private final Path file;
    private final ElementDictionary dictionary = ElementDictionary.standard();
    private TransferSyntax transferSyntax;
    private boolean metaRead;
    /** The last Pixel Representation (0028,0103) read anywhere in the stream; implicit VR US/SS depends on it. */
    private int pixelRepresentation;

    // State of the dataset being parsed. The element header lives in fields, not in a record per element: this is
    // the hot path of parsing and must not allocate per element.
    private DicomInputHandler handler;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int sequenceDepth;
    private boolean nextFragmentIsOffsetTable;
    private VR elementVr;
    private long valueLength;
    /** The header said UN: the value is implicit VR little endian whatever the transfer syntax (PS3.5 6.2.2). */
    private boolean declaredUn;

    /** Reads from a stream of unknown length; large values are always loaded. */
    public DicomInputStream(InputStream stream, ReadOptions options, String sourceName) {
        this.in = new ByteInput(stream, -1, sourceName);
        this.options = options;
        this.file = null;
    }

    /** Reads a file: lengths are checked against its size and large values can stay in it as bulk data. */
    public DicomInputStream(InputStream stream, long fileLength, Path file, ReadOptions options) {
        this.in = new ByteInput(stream, fileLength, file.toString());
        this.options = options;
        this.file = file;
    }

    /** The transfer syntax of the dataset; known after {@link #readFileMeta()}. */
    public TransferSyntax transferSyntax() {
        if (transferSyntax == null) {
            throw new IllegalStateException("readFileMeta() first");
        }
        return transferSyntax;
    }

    /**
     * Reads the preamble and group 0002 if present and determines the transfer syntax. Returns the meta information
     * (empty for a bare dataset).
     */
    public Dataset readFileMeta() throws IOException {
        metaRead = true;
        Dataset meta = new Dataset();
        if (!in.request(8)) {
            throw new DicomException(
                    in.source() + ": not DICOM, only " + (in.remaining() < 0 ? "a few" : in.remaining()) + " bytes");
        }
        if (in.request(PREAMBLE + 4)
                && in.peek(PREAMBLE) == 'D'
                && in.peek(PREAMBLE + 1) == 'I'
                && in.peek(PREAMBLE + 2) == 'C'
                && in.peek(PREAMBLE + 3) == 'M'
                && !datasetStartsHere()) {
            in.skip(PREAMBLE + 4, "preamble");
        } else if (in.peek(0) == 'D' && in.peek(1) == 'I' && in.peek(2) == 'C' && in.peek(3) == 'M') {
            in.skip(4, "DICM prefix");
        }
        if (in.request(2) && in.peek(0) == 0x02 && in.peek(1) == 0x00) {
            readMetaGroup(meta);
        }
        TransferSyntax sniffed = sniff();
        String uid = meta.getString(Tags.TransferSyntaxUID).orElse("");
        transferSyntax = uid.isEmpty() ? sniffed : TransferSyntax.of(uid);
        if (transferSyntax == null) {
            throw new DicomException(
                    in.source() + ": no transfer syntax in the meta header and the dataset encoding at offset "
                            + in.position() + " cannot be recognised");
        }
        if (transferSyntax.deflation() == DatasetDeflation.DEFLATED) {
            in.switchTo(rest -> new InflaterInputStream(rest, new Inflater(true), 64 * 1024));
        } else if (!uid.isEmpty()
                && sniffed != null
                && transferSyntax.vrEncoding() != sniffed.vrEncoding()
                && transferSyntax.endianness() == sniffed.endianness()) {
            // Meta header and data disagree on explicit/implicit VR; believe the data (as dcmtk and pydicom do).
            transferSyntax = sniffed;
        }
        return meta;
    }

    private void readMetaGroup(Dataset meta) throws IOException {
        while (in.request(2) && in.peek(0) == 0x02 && in.peek(1) == 0x00) {
            long at = in.position();
            int tag = Tag.of(in.u16(false, "meta tag"), in.u16(false, "meta tag"));
            int code = in.u16(true, "meta VR");
            VR vr = VR.orNull(code);
            if (vr == null) {
                throw new DicomException(in.source() + ": invalid VR " + vrText(code) + " for " + Tag.toString(tag)
                        + " in the file meta header at offset " + at);
            }
            long length = vr.headerLength() == 12 ? skipReservedAndReadLength(false) : in.u16(false, "meta length");
            if (length == UNDEFINED) {
                throw new DicomException(in.source() + ": undefined length for " + Tag.toString(tag)
                        + " in the file meta header at offset " + at);
            }
            meta.setBytes(tag, vr, in.readBytes(length, "meta element " + Tag.toString(tag)));
        }
    }

    private long skipReservedAndReadLength(boolean bigEndian) throws IOException {
        in.u16(bigEndian, "reserved bytes");
        return in.u32(bigEndian, "value length");
    }

    /**
     * "DICM" at offset 128 can be a coincidence inside a bare dataset; the preamble wins unless the file already starts
     * with a plausible explicit VR element of group 0008 and no meta group follows "DICM".
     */
    private boolean datasetStartsHere() throws IOException {
        boolean metaFollows =
                in.request(PREAMBLE + 6) && in.peek(PREAMBLE + 4) == 0x02 && in.peek(PREAMBLE + 5) == 0x00;
        boolean group8 = in.peek(0) == 0x08 && in.peek(1) == 0x00;
        return !metaFollows && group8 && VR.orNull(in.peek(4) << 8 | in.peek(5)) != null;
    }

    /** Guesses the encoding of the data at the current position from its first element header; null if unclear. */
    private TransferSyntax sniff() throws IOException {
        if (!in.request(8)) {
            return null;
        }
        int groupLe = in.peek(0) | in.peek(1) << 8;
        int groupBe = in.peek(0) << 8 | in.peek(1);
        boolean bigEndian = groupBe < groupLe && groupBe != 0;
        boolean explicit = VR.orNull(in.peek(4) << 8 | in.peek(5)) != null;
        if (bigEndian) {
            return explicit ? TransferSyntax.EXPLICIT_VR_BIG_ENDIAN : null;
        }
        return explicit ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
    }

    private static String vrText(int code) {
        char a = (char) (code >> 8);
        char b = (char) (code & 0xFF);
        return Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) && a < 128 && b < 128
                ? "'" + a + b + "'"
                : String.format("0x%04X", code);
    }

    /** Where the parser is: the top-level dataset, an item, a sequence or encapsulated fragments. */
    private enum FrameKind {
        DATASET,
        ITEM,
        SEQUENCE,
        FRAGMENTS
    }

    private record Frame(FrameKind kind, int tag, long end, VrEncoding vrEncoding, Endianness endianness) {
        boolean hasDefinedEnd() {
            return end >= 0;
        }

        boolean bigEndian() {
            return endianness == Endianness.BIG;
        }
    }

    /** Parses the dataset to its end (or to Pixel Data when asked to stop there), emitting events. */
    public void readDataset(DicomInputHandler handler) throws IOException {
        if (!metaRead) {
            readFileMeta();
        }
        this.handler = handler;
        frames.clear();
        sequenceDepth = 0;
        frames.push(new Frame(FrameKind.DATASET, 0, -1, transferSyntax.vrEncoding(), transferSyntax.endianness()));
        while (!frames.isEmpty()) {
            Frame frame = frames.peek();
            long at = in.position();
            if (frame.hasDefinedEnd() && at >= frame.end()) {
                closeAtDefinedEnd(frame, at);
                continue;
            }
            if (frame.kind() == FrameKind.DATASET && in.atEnd()) {
                return;
            }
            boolean be = frame.bigEndian();
            int tag = Tag.of(in.u16(be, "tag"), in.u16(be, "tag"));
            switch (frame.kind()) {
                case SEQUENCE -> readItemOrDelimiter(frame, tag, at);
                case FRAGMENTS -> readFragmentOrDelimiter(frame, tag, at);
                case DATASET, ITEM -> {
                    if (!readElement(frame, tag, at)) {
                        return;
                    }
                }
            }
        }
    }

    private void closeAtDefinedEnd(Frame frame, long at) {
        if (at > frame.end()) {
            throw new DicomException(in.source() + ": content of " + describe(frame)
                    + " runs past its defined length, to offset " + at + " instead of " + frame.end());
        }
        close();
    }

    /** Inside a sequence: an item starts, or the sequence delimiter ends it. */
    private void readItemOrDelimiter(Frame sequence, int tag, long at) throws IOException {
        long itemLength = in.u32(sequence.bigEndian(), "item length");
        if (tag != Tag.ITEM) {
            closeOrReject(sequence, tag, at, "an item (FFFE,E000) in sequence ");
            return;
        }
        long end = itemLength == UNDEFINED ? -1 : in.position() + itemLength;
        checkWithin(end, "item of " + Tag.toString(sequence.tag()), at);
        frames.push(new Frame(FrameKind.ITEM, sequence.tag(), end, sequence.vrEncoding(), sequence.endianness()));
        handler.startItem();
    }

    /** Inside encapsulated pixel data: the offset table or a fragment, or the sequence delimiter that ends them. */
    private void readFragmentOrDelimiter(Frame fragments, int tag, long at) throws IOException {
        long fragmentLength = in.u32(fragments.bigEndian(), "fragment length");
        if (tag != Tag.ITEM) {
            closeOrReject(fragments, tag, at, "a fragment item (FFFE,E000) in ");
            return;
        }
        if (fragmentLength == UNDEFINED) {
            throw new DicomException(in.source() + ": fragment of " + Tag.toString(fragments.tag()) + " at offset " + at
                    + " has undefined length");
        }
        BinaryValue value = readValue(
                fragments.tag(),
                VR.OB,
                fragmentLength,
                false,
                nextFragmentIsOffsetTable ? "basic offset table" : "fragment");
        nextFragmentIsOffsetTable = false;
        handler.fragment(value);
    }

    /** Where only items may follow, anything but the sequence delimiter (which closes the frame) is an error. */
    private void closeOrReject(Frame frame, int tag, long at, String expected) {
        if (tag != Tag.SEQUENCE_DELIMITATION) {
            throw new DicomException(in.source() + ": expected " + expected + Tag.toString(frame.tag()) + " but found "
                    + Tag.toString(tag) + " at offset " + at);
        }
        close();
    }

    /**
     * In the dataset or an item: one element, which may open a sequence or encapsulated pixel data, or the item
     * delimiter. Returns false when parsing stops before Pixel Data.
     */
    private boolean readElement(Frame frame, int tag, long at) throws IOException {
        if (tag == Tag.ITEM_DELIMITATION && frame.kind() == FrameKind.ITEM) {
            in.u32(frame.bigEndian(), "item delimiter length");
            if (!frame.hasDefinedEnd()) { // a stray delimiter inside a defined-length item carries nothing
                close();
            }
            return true;
        }
        if (Tag.group(tag) == 0xFFFE) {
            throw new DicomException(in.source() + ": unexpected delimiter " + Tag.toString(tag) + " at offset " + at
                    + " in " + describe(frame));
        }
        readElementHeader(frame, tag, at);
        if (frame.kind() == FrameKind.DATASET
                && tag == Tags.PixelData
                && options.pixelData() == ReadOptions.PixelDataHandling.STOP_BEFORE) {
            return false;
        }
        boolean undefined = valueLength == UNDEFINED;
        VR dictionaryVr = declaredUn || elementVr == VR.UN ? dictionary.implicitVrOf(tag) : elementVr;
        if (opensSequence(dictionaryVr, undefined)) {
            startSequence(frame, tag, at, undefined);
        } else if (undefined) {
            startFragments(frame, tag, at);
        } else {
            if (declaredUn && dictionaryVr != VR.UN) {
                // A writer that did not know the element wrote UN; its bytes are the value as implicit VR
                // little endian would hold it, so the dictionary VR applies (as pydicom and dcm4che do).
                elementVr = implicitVr(tag);
            }
            readElementValue(tag, frame.bigEndian() && !declaredUn);
        }
        return true;
    }

    /** Reads the VR (explicit, else from the dictionary) and the value length of the element {@code tag}. */
    private void readElementHeader(Frame frame, int tag, long at) throws IOException {
        boolean be = frame.bigEndian();
        if (frame.vrEncoding() == VrEncoding.EXPLICIT) {
            int code = in.u16(true, "VR");
            elementVr = VR.orNull(code);
            if (elementVr == null) {
                throw new DicomException(in.source() + ": invalid VR " + vrText(code) + " for " + Tag.toString(tag)
                        + " at offset " + at);
            }
            valueLength = elementVr.headerLength() == 12 ? skipReservedAndReadLength(be) : in.u16(be, "value length");
            declaredUn = elementVr == VR.UN;
        } else {
            valueLength = in.u32(be, "value length");
            elementVr = implicitVr(tag);
            declaredUn = false;
        }
    }

    /** SQ; UN of undefined length; or an element the dictionary knows as SQ, written as UN or with undefined length. */
    private boolean opensSequence(VR dictionaryVr, boolean undefined) {
        return elementVr == VR.SQ
                || (dictionaryVr == VR.SQ && (undefined || declaredUn))
                || (undefined && elementVr == VR.UN);
    }

    private void startSequence(Frame frame, int tag, long at, boolean undefined) {
        if (++sequenceDepth > options.maxSequenceDepth()) {
            throw new DicomException(in.source() + ": sequences nested deeper than " + options.maxSequenceDepth()
                    + " at " + Tag.toString(tag) + ", offset " + at);
        }
        long end = undefined ? -1 : in.position() + valueLength;
        checkWithin(end, "sequence " + Tag.toString(tag), at);
        // UN holding a sequence is encoded implicit VR little endian (PS3.5 6.2.2).
        boolean asImplicit = elementVr == VR.UN;
        frames.push(new Frame(
                FrameKind.SEQUENCE,
                tag,
                end,
                asImplicit ? VrEncoding.IMPLICIT : frame.vrEncoding(),
                asImplicit ? Endianness.LITTLE : frame.endianness()));
        handler.startSequence(tag, VR.SQ);
    }

    private void startFragments(Frame frame, int tag, long at) {
        if (elementVr != VR.OB && elementVr != VR.OW) {
            throw new DicomException(in.source() + ": undefined length for " + Tag.toString(tag) + " " + elementVr
                    + " at offset " + at + " (only SQ, UN and encapsulated OB/OW may have one)");
        }
        frames.push(new Frame(FrameKind.FRAGMENTS, tag, -1, frame.vrEncoding(), frame.endianness()));
        nextFragmentIsOffsetTable = true;
        handler.startFragments(tag, elementVr);
    }

    private void readElementValue(int tag, boolean bigEndian) throws IOException {
        BinaryValue value = readValue(tag, elementVr, valueLength, bigEndian, Tag.toString(tag) + " " + elementVr);
        if (tag == Tags.PixelRepresentation && value instanceof InlineBytes b && b.bytes().length >= 2) {
            pixelRepresentation = b.bytes()[0] | b.bytes()[1] << 8;
        }
        handler.element(tag, elementVr, value);
    }

    /** Pops the innermost frame and emits its end event. */
    private void close() {
        Frame frame = frames.pop();
        switch (frame.kind()) {
            case ITEM -> handler.endItem();
            case SEQUENCE -> {
                sequenceDepth--;
                handler.endSequence();
            }
            case FRAGMENTS -> handler.endFragments();
            case DATASET -> {}
        }
    }

    private void checkWithin(long end, String what, long at) {
        for (Frame outer : frames) {
            if (outer.hasDefinedEnd()) {
                if (end < 0 || end <= outer.end()) {
                    return;
                }
                throw new DicomException(in.source() + ": " + what + " at offset " + at + " ends at " + end
                        + ", beyond the end of its enclosing " + describe(outer) + " at " + outer.end());
            }
        }
        long remaining = in.remaining();
        if (end >= 0 && remaining >= 0 && end > in.position() + remaining) {
            throw new DicomException(in.source() + ": " + what + " at offset " + at + " claims to end at " + end
                    + " but the file ends at " + (in.position() + remaining));
        }
    }

    private String describe(Frame frame) {
        return switch (frame.kind()) {
            case DATASET -> "dataset";
            case ITEM -> "item of " + Tag.toString(frame.tag());
            case SEQUENCE -> "sequence " + Tag.toString(frame.tag());
            case FRAGMENTS -> "encapsulated " + Tag.toString(frame.tag());
        };
    }

    /** Implicit VR: the dictionary decides; ambiguous VRs follow Pixel Representation as PS3.5 A.1 intends. */
    private VR implicitVr(int tag) {
        if (tag == Tags.PixelData) {
            return VR.OW;
        }
        return dictionary
                .lookup(tag)
                .map(entry -> {
                    if (entry.vrs().size() == 1) {
                        return entry.vr();
                    }
                    if (entry.vrs().contains(VR.SS) && entry.vrs().contains(VR.US)) {
                        return pixelRepresentation == 1 ? VR.SS : VR.US;
                    }
                    return entry.vrs().contains(VR.OW) ? VR.OW : entry.vr();
                })
                .orElse(VR.UN);
    }

    private BinaryValue readValue(int tag, VR vr, long length, boolean bigEndian, String what) throws IOException {
        int unit = vr.bytesPerValue();
        boolean swap = bigEndian && unit > 1;
        // Strings stay in memory whatever their size: accessors decode them, and they are never pixel-sized.
        if (file != null
                && in.hasFilePositions()
                && !swap
                && !vr.isString()
                && length > options.largeValueThreshold()
                && options.largeValues() == ReadOptions.LargeValues.REFERENCE) {
            long offset = in.position();
            in.skip(length, what);
            return new BulkData(file, offset, length);
        }
        byte[] bytes = in.readBytes(length, what);
        if (swap) {
            swap(bytes, unit);
        }
        return new InlineBytes(bytes);
    }

    private static void swap(byte[] b, int unit) {
        int end = b.length - b.length % unit;
        for (int i = 0; i < end; i += unit) {
            for (int lo = i, hi = i + unit - 1; lo < hi; lo++, hi--) {
                byte t = b[lo];
                b[lo] = b[hi];
                b[hi] = t;
            }
        }
    }
}
