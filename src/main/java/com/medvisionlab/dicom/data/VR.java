package com.medvisionlab.dicom.data;

/**
 * Value representations (PS3.5 6.2) with what the codec needs to know about each: header length in explicit VR,
 * padding byte, the kind of value and the size of one binary value (the unit of byte swapping).
 */
public enum VR {
    AE(Kind.STRING, 8, ' ', 1, false),
    AS(Kind.STRING, 8, ' ', 1, false),
    AT(Kind.TAG, 8, 0, 2, false),
    CS(Kind.STRING, 8, ' ', 1, false),
    DA(Kind.STRING, 8, ' ', 1, false),
    DS(Kind.STRING, 8, ' ', 1, false),
    DT(Kind.STRING, 8, ' ', 1, false),
    FD(Kind.FLOAT, 8, 0, 8, false),
    FL(Kind.FLOAT, 8, 0, 4, false),
    IS(Kind.STRING, 8, ' ', 1, false),
    LO(Kind.STRING, 8, ' ', 1, true),
    LT(Kind.TEXT, 8, ' ', 1, true),
    OB(Kind.BYTES, 12, 0, 1, false),
    OD(Kind.FLOAT, 12, 0, 8, false),
    OF(Kind.FLOAT, 12, 0, 4, false),
    OL(Kind.UNSIGNED, 12, 0, 4, false),
    OV(Kind.UNSIGNED, 12, 0, 8, false),
    OW(Kind.UNSIGNED, 12, 0, 2, false),
    PN(Kind.STRING, 8, ' ', 1, true),
    SH(Kind.STRING, 8, ' ', 1, true),
    SL(Kind.SIGNED, 8, 0, 4, false),
    SQ(Kind.SEQUENCE, 12, 0, 1, false),
    SS(Kind.SIGNED, 8, 0, 2, false),
    ST(Kind.TEXT, 8, ' ', 1, true),
    SV(Kind.SIGNED, 12, 0, 8, false),
    TM(Kind.STRING, 8, ' ', 1, false),
    UC(Kind.STRING, 12, ' ', 1, true),
    UI(Kind.STRING, 8, 0, 1, false),
    UL(Kind.UNSIGNED, 8, 0, 4, false),
    UN(Kind.BYTES, 12, 0, 1, false),
    UR(Kind.TEXT, 12, ' ', 1, false),
    US(Kind.UNSIGNED, 8, 0, 2, false),
    UT(Kind.TEXT, 12, ' ', 1, true),
    UV(Kind.UNSIGNED, 12, 0, 8, false);

    /** How a value of this VR is stored and decoded. */
    public enum Kind {
        /** Character string, multi-valued with backslash. */
        STRING,
        /** Character text, a single value that may contain backslashes (LT, ST, UT, UR). */
        TEXT,
        /** Little-endian unsigned integers of {@link #bytesPerValue()} bytes. */
        UNSIGNED,
        /** Little-endian two's-complement integers. */
        SIGNED,
        /** IEEE 754 floats of 4 or 8 bytes. */
        FLOAT,
        /** Opaque bytes (OB, UN). */
        BYTES,
        /** Attribute tags as pairs of 16-bit group and element. */
        TAG,
        /** Sequence of items. */
        SEQUENCE
    }

    private static final VR[] BY_CODE = new VR[0x10000];

    static {
        for (VR vr : values()) {
            BY_CODE[vr.code] = vr;
        }
    }

    private final Kind kind;
    private final int headerLength;
    private final int paddingByte;
    private final int bytesPerValue;
    private final boolean usesCharacterSet;
    private final int code;

    VR(Kind kind, int headerLength, int paddingByte, int bytesPerValue, boolean usesCharacterSet) {
        this.kind = kind;
        this.headerLength = headerLength;
        this.paddingByte = paddingByte;
        this.bytesPerValue = bytesPerValue;
        this.usesCharacterSet = usesCharacterSet;
        this.code = (name().charAt(0) << 8) | name().charAt(1);
    }

    /** The VR with this two-character code ({@code 'P' << 8 | 'N'}), if any. */
    public static java.util.Optional<VR> of(int code) {
        return java.util.Optional.ofNullable(code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null);
    }

    /** Table lookup without Optional for the parser's hot path; null when the code is no VR. */
    public static VR orNull(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** 8 for VRs with a 2-byte length in explicit VR encoding, 12 for those with a reserved field and 4-byte length. */
    public int headerLength() {
        return headerLength;
    }

    /** The byte that pads odd-length values to even length. */
    public int paddingByte() {
        return paddingByte;
    }

    /** Size in bytes of one binary value; 1 for strings and bytes (nothing to swap). */
    public int bytesPerValue() {
        return bytesPerValue;
    }

    /** Whether values are encoded with the Specific Character Set rather than the default repertoire. */
    public boolean usesCharacterSet() {
        return usesCharacterSet;
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.TEXT;
    }

    public boolean isBinaryNumber() {
        return kind == Kind.UNSIGNED || kind == Kind.SIGNED || kind == Kind.FLOAT || kind == Kind.TAG;
    }
}
