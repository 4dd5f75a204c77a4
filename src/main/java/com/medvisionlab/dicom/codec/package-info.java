/**
 * Pixel data codecs: one class per transfer syntax family behind {@link com.medvisionlab.dicom.codec.PixelCodec},
 * looked up by {@link com.medvisionlab.dicom.io.TransferSyntax} in the single registry
 * {@link com.medvisionlab.dicom.codec.PixelCodecs}. Whether a syntax is native or encapsulated is a property of the
 * syntax ({@link com.medvisionlab.dicom.io.TransferSyntax#encapsulated()}), not of the codecs.
 *
 * <table>
 * <caption>Support by transfer syntax</caption>
 * <tr><th>Transfer syntax</th><th>UID</th><th>Decode</th><th>Encode</th><th>Class (engine)</th></tr>
 * <tr><td>Implicit / Explicit VR Little Endian, Deflated</td><td>1.2.840.10008.1.2, .1.2.1, .1.2.1.99</td>
 *     <td>yes (1/8/16/32-bit, planar 0/1, YBR_FULL_422)</td><td>yes (explicit LE)</td><td>NativeCodec</td></tr>
 * <tr><td>Explicit VR Big Endian</td><td>1.2.840.10008.1.2.2</td><td>yes</td><td>no</td><td>NativeCodec</td></tr>
 * <tr><td>RLE Lossless</td><td>1.2.840.10008.1.2.5</td><td>yes</td><td>yes</td><td>RleCodec (pure Java)</td></tr>
 * <tr><td>JPEG Baseline 8-bit</td><td>1.2.840.10008.1.2.4.50</td><td>yes</td><td>no</td><td>JpegCodec (TwelveMonkeys)</td></tr>
 * <tr><td>JPEG Extended 12-bit</td><td>1.2.840.10008.1.2.4.51</td><td>yes</td><td>no</td><td>JpegCodec (libavcodec MJPEG for 12-bit)</td></tr>
 * <tr><td>JPEG Lossless process 14</td><td>1.2.840.10008.1.2.4.57</td><td>yes (any predictor)</td><td>no</td><td>JpegCodec (TwelveMonkeys)</td></tr>
 * <tr><td>JPEG Lossless SV1</td><td>1.2.840.10008.1.2.4.70</td><td>yes</td><td>yes</td><td>JpegCodec + JpegLosslessEncoder (pure Java)</td></tr>
 * <tr><td>JPEG-LS Lossless / Near-Lossless</td><td>1.2.840.10008.1.2.4.80, .4.81</td><td>yes</td><td>no</td><td>JpegLsCodec (libavcodec)</td></tr>
 * <tr><td>JPEG 2000 (Lossless Only) / JPEG 2000</td><td>1.2.840.10008.1.2.4.90, .4.91</td><td>yes</td><td>no</td><td>Jpeg2000Codec (jai-imageio)</td></tr>
 * <tr><td>HTJ2K, JPEG 2000 Part 2, JPEG XL, MPEG, JPIP</td><td>.4.92-.4.95, .4.100+, .4.201-.4.203</td><td>no: {@link com.medvisionlab.dicom.codec.UnsupportedTransferSyntaxException}</td><td>no</td><td>-</td></tr>
 * </table>
 *
 * <p>Frames of encapsulated data are located by the Basic Offset Table, else the Extended Offset Table, else one
 * fragment per frame, else JPEG-family end-of-image markers ({@link com.medvisionlab.dicom.codec.FrameFragments}).
 * Entry point for a parsed file: {@link com.medvisionlab.dicom.codec.PixelFrames}.
 */
@NullMarked
package com.medvisionlab.dicom.codec;

import org.jspecify.annotations.NullMarked;
