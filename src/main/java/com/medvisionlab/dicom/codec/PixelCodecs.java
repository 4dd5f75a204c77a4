package com.medvisionlab.dicom.codec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one registry of pixel codecs, looked up by transfer syntax UID. */
public final class PixelCodecs {

    private static final NativeCodec NATIVE = new NativeCodec();

    private static final List<PixelCodec> CODECS =
            List.of(NATIVE, new RleCodec(), new JpegCodec(), new JpegLsCodec(), new Jpeg2000Codec());

    private static final Map<String, PixelCodec> BY_UID = CODECS.stream()
            .flatMap(codec -> codec.transferSyntaxUids().stream().map(uid -> Map.entry(uid, codec)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, FrameEncoder> ENCODERS = CODECS.stream()
            .flatMap(codec -> codec.encoder().stream())
            .collect(Collectors.toUnmodifiableMap(FrameEncoder::transferSyntaxUid, Function.identity()));

    private PixelCodecs() {
    }

    /**
     * The codec for a transfer syntax.
     *
     * @throws UnsupportedTransferSyntaxException naming the UID and syntax when nothing here decodes it
     */
    public static PixelCodec decoderFor(String transferSyntaxUid) {
        PixelCodec codec = BY_UID.get(transferSyntaxUid.strip());
        if (codec == null) {
            throw new UnsupportedTransferSyntaxException(transferSyntaxUid.strip(), "decode");
        }
        return codec;
    }

    /** @throws UnsupportedTransferSyntaxException when we cannot write the syntax */
    public static FrameEncoder encoderFor(String transferSyntaxUid) {
        return Optional.ofNullable(ENCODERS.get(transferSyntaxUid.strip()))
                .orElseThrow(() -> new UnsupportedTransferSyntaxException(transferSyntaxUid.strip(), "encode"));
    }

    public static boolean canDecode(String transferSyntaxUid) {
        return BY_UID.containsKey(transferSyntaxUid.strip());
    }

    /** Whether pixel data of this syntax is encapsulated (fragments) rather than native. */
    public static boolean isEncapsulated(String transferSyntaxUid) {
        return !NATIVE.transferSyntaxUids().contains(transferSyntaxUid.strip());
    }
}
