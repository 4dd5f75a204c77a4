package com.medvisionlab.dicom.io;

/** How {@link DicomWriter} encodes a file. {@link #defaults()}: explicit VR little endian, group lengths recalculated. */
public record WriteOptions(Target target, GroupLengths groupLengths) {

    /** The transfer syntax to write. Encapsulated (compressed) pixel data always keeps its source transfer syntax. */
    public enum Target {
        EXPLICIT_VR_LITTLE_ENDIAN,
        IMPLICIT_VR_LITTLE_ENDIAN,
        /** The transfer syntax the file was read in, including big endian and deflated. */
        SOURCE
    }

    /** What to do with (gggg,0000) group length elements found in the dataset (retired outside group 0002). */
    public enum GroupLengths {
        /** Keep them, with values recomputed for the new encoding. */
        RECALCULATE,
        REMOVE
    }

    public static WriteOptions defaults() {
        return new WriteOptions(Target.EXPLICIT_VR_LITTLE_ENDIAN, GroupLengths.RECALCULATE);
    }

    public static WriteOptions keepSourceTransferSyntax() {
        return new WriteOptions(Target.SOURCE, GroupLengths.RECALCULATE);
    }
}
