package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.io.TransferSyntax;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one registry of pixel codecs, looked up by transfer syntax. */
public final class PixelCodecs {

    private static final List<PixelCodec> CODECS =
            List.of(new NativeCodec(), new RleCodec(), new JpegCodec(), new JpegLsCodec(), new Jpeg2000Codec());

    private static final Map<TransferSyntax, PixelCodec> DECODERS = CODECS.stream()
            .flatMap(codec -> codec.transferSyntaxes().stream().map(syntax -> Map.entry(syntax, codec)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<TransferSyntax, FrameEncoder> ENCODERS = CODECS.stream()
            .flatMap(codec -> codec.encoder().stream())
            .collect(Collectors.toUnmodifiableMap(FrameEncoder::transferSyntax, Function.identity()));

    private PixelCodecs() {}

    /**
     * The codec for a transfer syntax.
     *
     * @throws UnsupportedTransferSyntaxException naming the UID and syntax when nothing here decodes it
     */
    public static PixelCodec decoderFor(TransferSyntax syntax) {
        return Optional.ofNullable(DECODERS.get(syntax))
                .orElseThrow(() -> new UnsupportedTransferSyntaxException(syntax, "decode"));
    }

    /** @throws UnsupportedTransferSyntaxException when we cannot write the syntax */
    public static FrameEncoder encoderFor(TransferSyntax syntax) {
        return Optional.ofNullable(ENCODERS.get(syntax))
                .orElseThrow(() -> new UnsupportedTransferSyntaxException(syntax, "encode"));
    }

    public static boolean canDecode(TransferSyntax syntax) {
        return DECODERS.containsKey(syntax);
    }
}
