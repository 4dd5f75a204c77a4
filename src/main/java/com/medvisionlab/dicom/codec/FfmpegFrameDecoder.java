package com.medvisionlab.dicom.codec;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;

import com.medvisionlab.dicom.image.PixelDataException;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * Decodes one in-memory JPEG-family codestream with libavcodec (JPEG-LS, and 12-bit extended JPEG that
 * ImageIO cannot read). Returns samples pixel-interleaved at the codestream's precision: libavcodec widens
 * samples of fewer than 8/16 bits to fill the container (shift = container - precision), which we undo.
 */
final class FfmpegFrameDecoder {

    /** Which libavcodec decoder to use. */
    enum Codec {
        JPEG_LS(avcodec.AV_CODEC_ID_JPEGLS),
        MJPEG(avcodec.AV_CODEC_ID_MJPEG);

        private final int id;

        Codec(int id) {
            this.id = id;
        }
    }

    /** Decoded samples, interleaved, and the component count. */
    record Decoded(int width, int height, int components, int[] samples) {}

    static {
        av_log_set_level(AV_LOG_QUIET);
    }

    private FfmpegFrameDecoder() {}

    static Decoded decode(Codec codec, byte[] codestream, int precision) {
        AVCodec decoder = avcodec_find_decoder(codec.id);
        if (decoder == null) {
            throw new PixelDataException("libavcodec has no " + codec + " decoder");
        }
        AVCodecContext context = avcodec_alloc_context3(decoder);
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            check(avcodec_open2(context, decoder, (AVDictionary) null), "open decoder");
            // The packet needs padding after the data (AV_INPUT_BUFFER_PADDING_SIZE), zeroed.
            int padding = avcodec.AV_INPUT_BUFFER_PADDING_SIZE;
            BytePointer data =
                    new BytePointer(av_malloc(codestream.length + padding)).capacity(codestream.length + padding);
            data.put(codestream);
            data.position(codestream.length).put(new byte[padding]).position(0);
            check(avcodec.av_packet_from_data(packet, data, codestream.length), "wrap packet");
            check(avcodec_send_packet(context, packet), "send packet");
            avcodec_send_packet(context, (AVPacket) null);
            check(avcodec_receive_frame(context, frame), "receive frame");
            return extract(frame, precision);
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            avcodec_free_context(context);
        }
    }

    private static void check(int result, String step) {
        if (result < 0) {
            try (BytePointer message = new BytePointer(256)) {
                avutil.av_strerror(result, message, 256);
                throw new CorruptPixelDataException("libavcodec could not " + step + ": "
                        + message.getString().strip());
            }
        }
    }

    private static Decoded extract(AVFrame frame, int precision) {
        int width = frame.width();
        int height = frame.height();
        int format = frame.format();
        if (format == avutil.AV_PIX_FMT_GRAY8) {
            return new Decoded(width, height, 1, readPlanes(frame, 1, 1, 8 - precision));
        }
        if (format == avutil.AV_PIX_FMT_GRAY16LE) {
            return new Decoded(width, height, 1, readPlanes(frame, 1, 2, 16 - precision));
        }
        if (format == avutil.AV_PIX_FMT_RGB24 || format == avutil.AV_PIX_FMT_BGR24) {
            int[] packed = readPacked(frame, 3, 8 - precision);
            if (format == avutil.AV_PIX_FMT_BGR24) {
                swapFirstAndThird(packed);
            }
            return new Decoded(width, height, 3, packed);
        }
        if (format == avutil.AV_PIX_FMT_RGB48LE) {
            return new Decoded(width, height, 3, readPacked16(frame, 3, 16 - precision));
        }
        throw new PixelDataException("libavcodec produced pixel format "
                + avutil.av_get_pix_fmt_name(format).getString() + ", which we do not convert");
    }

    private static int[] readPlanes(AVFrame frame, int planes, int bytesPerSample, int shift) {
        int width = frame.width();
        int height = frame.height();
        int[] out = new int[width * height * planes];
        byte[] row = new byte[width * bytesPerSample];
        for (int p = 0; p < planes; p++) {
            BytePointer plane = frame.data(p);
            int stride = frame.linesize(p);
            for (int y = 0; y < height; y++) {
                plane.position((long) y * stride).get(row);
                for (int x = 0; x < width; x++) {
                    int v = bytesPerSample == 1 ? row[x] & 0xFF : (row[2 * x] & 0xFF) | (row[2 * x + 1] & 0xFF) << 8;
                    out[(y * width + x) * planes + p] = v >>> Math.max(shift, 0);
                }
            }
            plane.position(0);
        }
        return out;
    }

    private static int[] readPacked(AVFrame frame, int components, int shift) {
        int width = frame.width();
        int height = frame.height();
        int[] out = new int[width * height * components];
        byte[] row = new byte[width * components];
        BytePointer plane = frame.data(0);
        for (int y = 0; y < height; y++) {
            plane.position((long) y * frame.linesize(0)).get(row);
            for (int i = 0; i < row.length; i++) {
                out[y * row.length + i] = (row[i] & 0xFF) >>> Math.max(shift, 0);
            }
        }
        plane.position(0);
        return out;
    }

    private static int[] readPacked16(AVFrame frame, int components, int shift) {
        int width = frame.width();
        int height = frame.height();
        int[] out = new int[width * height * components];
        byte[] row = new byte[width * components * 2];
        BytePointer plane = frame.data(0);
        for (int y = 0; y < height; y++) {
            plane.position((long) y * frame.linesize(0)).get(row);
            for (int i = 0; i < width * components; i++) {
                out[y * width * components + i] =
                        ((row[2 * i] & 0xFF) | (row[2 * i + 1] & 0xFF) << 8) >>> Math.max(shift, 0);
            }
        }
        plane.position(0);
        return out;
    }

    private static void swapFirstAndThird(int[] samples) {
        for (int i = 0; i + 2 < samples.length; i += 3) {
            int t = samples[i];
            samples[i] = samples[i + 2];
            samples[i + 2] = t;
        }
    }
}
