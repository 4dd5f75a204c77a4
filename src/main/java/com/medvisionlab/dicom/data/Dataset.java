package com.medvisionlab.dicom.data;

import com.medvisionlab.dicom.charset.SpecificCharacterSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A DICOM dataset stored as three parallel arrays sorted by tag (unsigned): tags, VRs and values. Values stay as the
 * raw little-endian bytes the reader found and are decoded on access with the dataset's character set; sequence
 * items inherit the character set of the dataset that holds them unless they declare their own.
 * Absent elements give empty {@code Optional}s; values that cannot be decoded throw {@link MalformedValueException}.
 */
public final class Dataset {

    private static final int INITIAL_CAPACITY = 16;
    static final byte[] EMPTY = new byte[0];

    private final Dataset parent;
    private int[] tags = new int[INITIAL_CAPACITY];
    private VR[] vrs = new VR[INITIAL_CAPACITY];
    private Object[] values = new Object[INITIAL_CAPACITY];
    private int size;
    private byte[] charsetSource;
    private SpecificCharacterSet charset;

    public Dataset() {
        this(null);
    }

    Dataset(Dataset parent) {
        this.parent = parent;
    }

    /** The dataset holding the sequence this item belongs to, if this is an item. */
    public Optional<Dataset> parent() {
        return Optional.ofNullable(parent);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    public Optional<VR> vrOf(int tag) {
        int i = indexOf(tag);
        return i < 0 ? Optional.empty() : Optional.of(vrs[i]);
    }

    /** The VR of the element, or {@code absent} when there is none: no Optional for callers walking every element. */
    public VR vrOf(int tag, VR absent) {
        int i = indexOf(tag);
        return i < 0 ? absent : vrs[i];
    }

    /** The raw value: {@code byte[]}, {@link BulkData}, {@link Sequence} or {@link Fragments}. */
    public Optional<Object> getValue(int tag) {
        int i = indexOf(tag);
        return i < 0 ? Optional.empty() : Optional.of(values[i]);
    }

    /** The first value as a string; empty when the element is absent or has no value. */
    public Optional<String> getString(int tag) {
        List<String> strings = getStrings(tag);
        return strings.isEmpty() ? Optional.empty() : Optional.of(strings.getFirst());
    }

    /**
     * All values as strings: character strings decoded with {@link #charset()} and split at backslashes (padding
     * removed), binary numbers formatted in decimal, tags as 8 hex digits. Empty for absent elements, sequences and
     * opaque bytes.
     */
    public List<String> getStrings(int tag) {
        int i = indexOf(tag);
        if (i < 0 || !(values[i] instanceof byte[] bytes)) {
            return List.of();
        }
        return ValueCodec.strings(
                tag, vrs[i], bytes, vrs[i].usesCharacterSet() ? charset() : SpecificCharacterSet.DEFAULT);
    }

    public OptionalInt getInt(int tag) {
        int[] ints = getInts(tag);
        return ints.length == 0 ? OptionalInt.empty() : OptionalInt.of(ints[0]);
    }

    /** Integer values of binary integer VRs and of IS/DS strings; a value outside the int range is malformed. */
    public int[] getInts(int tag) {
        long[] longs = getLongs(tag);
        int[] ints = new int[longs.length];
        for (int k = 0; k < longs.length; k++) {
            if (longs[k] != (int) longs[k]) {
                throw new MalformedValueException(
                        tag, vrs[indexOf(tag)], "value " + longs[k] + " exceeds the int range");
            }
            ints[k] = (int) longs[k];
        }
        return ints;
    }

    public OptionalLong getLong(int tag) {
        long[] longs = getLongs(tag);
        return longs.length == 0 ? OptionalLong.empty() : OptionalLong.of(longs[0]);
    }

    public long[] getLongs(int tag) {
        int i = indexOf(tag);
        if (i < 0 || !(values[i] instanceof byte[] bytes)) {
            return new long[0];
        }
        return ValueCodec.longs(tag, vrs[i], bytes);
    }

    public OptionalDouble getDouble(int tag) {
        double[] doubles = getDoubles(tag);
        return doubles.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(doubles[0]);
    }

    public double[] getDoubles(int tag) {
        int i = indexOf(tag);
        if (i < 0 || !(values[i] instanceof byte[] bytes)) {
            return new double[0];
        }
        return ValueCodec.doubles(tag, vrs[i], bytes);
    }

    /** The first DA value as a date; malformed text throws {@link MalformedValueException}. */
    public Optional<LocalDate> getDate(int tag) {
        return getString(tag).filter(s -> !s.isEmpty()).map(s -> TemporalValues.date(tag, vrs[indexOf(tag)], s));
    }

    /** The first TM value as a time of day (HH, HHMM, HHMMSS and fractions up to microseconds). */
    public Optional<LocalTime> getTime(int tag) {
        return getString(tag).filter(s -> !s.isEmpty()).map(s -> TemporalValues.time(tag, vrs[indexOf(tag)], s));
    }

    /** The raw little-endian bytes of a non-sequence value, reading bulk data from its file. */
    public Optional<byte[]> getBytes(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return Optional.empty();
        }
        return switch (values[i]) {
            case byte[] bytes -> Optional.of(bytes);
            case BulkData bulk -> Optional.of(bulk.readBytes());
            default -> Optional.empty();
        };
    }

    public Optional<Sequence> getSequence(int tag) {
        return getValue(tag).filter(Sequence.class::isInstance).map(Sequence.class::cast);
    }

    public Optional<Fragments> getFragments(int tag) {
        return getValue(tag).filter(Fragments.class::isInstance).map(Fragments.class::cast);
    }

    public Optional<BulkData> getBulkData(int tag) {
        return getValue(tag).filter(BulkData.class::isInstance).map(BulkData.class::cast);
    }

    /** Stores string values encoded with this dataset's character set and padded to even length. */
    public void setString(int tag, VR vr, String... strings) {
        SpecificCharacterSet cs =
                vr.usesCharacterSet() && tag != Tags.SpecificCharacterSet ? charset() : SpecificCharacterSet.DEFAULT;
        put(tag, vr, ValueCodec.encodeStrings(vr, cs, strings));
    }

    /** Stores integers in the binary form of {@code vr} (US, SS, UL, SL, ...) or as IS strings. */
    public void setInts(int tag, VR vr, int... ints) {
        put(tag, vr, ValueCodec.encodeInts(tag, vr, ints));
    }

    /** Stores raw little-endian bytes; the array is kept, not copied. */
    public void setBytes(int tag, VR vr, byte[] bytes) {
        put(tag, vr, bytes);
    }

    public void setBulkData(int tag, VR vr, BulkData bulk) {
        put(tag, vr, bulk);
    }

    public void setFragments(int tag, Fragments fragments) {
        put(tag, fragments.vr(), fragments);
    }

    /** Stores the element with an empty value (zero length; an empty sequence for SQ). */
    public void setNull(int tag, VR vr) {
        put(tag, vr, vr == VR.SQ ? new Sequence(this) : EMPTY);
    }

    /** Creates (or replaces) a sequence element and returns it for adding items. */
    public Sequence newSequence(int tag) {
        Sequence sequence = new Sequence(this);
        put(tag, VR.SQ, sequence);
        return sequence;
    }

    public boolean remove(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return false;
        }
        System.arraycopy(tags, i + 1, tags, i, size - i - 1);
        System.arraycopy(vrs, i + 1, vrs, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        values[size] = null;
        vrs[size] = null;
        return true;
    }

    /**
     * A copy whose byte values and sequences are independent of this dataset (so that de-identifying the copy leaves
     * the original intact). Bulk data references and fragments are shared: they are never modified in place.
     */
    public Dataset deepCopy() {
        return copyInto(new Dataset(parent));
    }

    private Dataset copyInto(Dataset copy) {
        for (int i = 0; i < size; i++) {
            switch (values[i]) {
                case byte[] bytes -> copy.put(tags[i], vrs[i], bytes.clone());
                case Sequence sequence -> {
                    Sequence target = copy.newSequence(tags[i]);
                    for (Dataset item : sequence) {
                        item.copyInto(target.addItem());
                    }
                }
                default -> copy.put(tags[i], vrs[i], values[i]);
            }
        }
        return copy;
    }

    /** Visits every element in ascending tag order. */
    public void forEach(ElementVisitor visitor) {
        for (int i = 0; i < size; i++) {
            visitor.visit(tags[i], vrs[i], values[i]);
        }
    }

    /** The tags present, in ascending order. */
    public int[] tags() {
        return Arrays.copyOf(tags, size);
    }

    /** The creator string of the private block that holds {@code tag}, e.g. "SIEMENS CSA HEADER". */
    public Optional<String> privateCreatorOf(int tag) {
        int creator = Tag.privateCreatorTagOf(tag);
        return creator == 0 ? Optional.empty() : getString(creator);
    }

    /** The character set of this dataset: its own (0008,0005), else its parent's, else the default repertoire. */
    public SpecificCharacterSet charset() {
        int i = indexOf(Tags.SpecificCharacterSet);
        if (i < 0) {
            return parent == null ? SpecificCharacterSet.DEFAULT : parent.charset();
        }
        Object value = values[i];
        if (value != charsetSource) {
            byte[] bytes = value instanceof byte[] b ? b : EMPTY;
            CharsetMemo memo = lastCharset;
            if (Arrays.equals(memo.value(), bytes)) {
                charset = memo.charset();
            } else {
                charset = SpecificCharacterSet.of(
                        ValueCodec.strings(Tags.SpecificCharacterSet, VR.CS, bytes, SpecificCharacterSet.DEFAULT));
                lastCharset = new CharsetMemo(bytes.clone(), charset);
            }
            charsetSource = bytes;
        }
        return charset;
    }

    /**
     * The (0008,0005) value last parsed, in any dataset, and its character set: the files of a batch nearly always
     * share one, and parsing the terms (regular expressions) for every file costs more than the comparison.
     */
    private record CharsetMemo(byte[] value, SpecificCharacterSet charset) {}

    private static volatile CharsetMemo lastCharset = new CharsetMemo(EMPTY, SpecificCharacterSet.DEFAULT);

    /** Inserts or replaces; appending in ascending order (what a reader does) needs no search. */
    private void put(int tag, VR vr, Object value) {
        int i;
        if (size == 0 || Integer.compareUnsigned(tags[size - 1], tag) < 0) {
            i = size;
        } else {
            i = indexOf(tag);
            if (i >= 0) {
                vrs[i] = vr;
                values[i] = value;
                return;
            }
            i = -i - 1;
        }
        if (size == tags.length) {
            int capacity = size * 2;
            tags = Arrays.copyOf(tags, capacity);
            vrs = Arrays.copyOf(vrs, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        if (i < size) {
            System.arraycopy(tags, i, tags, i + 1, size - i);
            System.arraycopy(vrs, i, vrs, i + 1, size - i);
            System.arraycopy(values, i, values, i + 1, size - i);
        }
        tags[i] = tag;
        vrs[i] = vr;
        values[i] = value;
        size++;
    }

    /** Binary search over unsigned tags: the index, or {@code -(insertion point) - 1}. */
    private int indexOf(int tag) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = Integer.compareUnsigned(tags[mid], tag);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
