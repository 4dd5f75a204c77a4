package com.medvisionlab.dicom.codec;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Reads one codestream through a specific ImageIO plugin, returning raw samples without colour conversion. */
final class ImageIoFrameDecoder {

    private ImageIoFrameDecoder() {}

    /**
     * The registered instance of a plugin: TwelveMonkeys' JPEG SPI finds its JDK delegate only when it is
     * registered, so a bare {@code new} instance cannot create readers.
     */
    static <T extends ImageReaderSpi> T registered(Class<T> type, java.util.function.Supplier<T> factory) {
        javax.imageio.spi.IIORegistry registry = javax.imageio.spi.IIORegistry.getDefaultInstance();
        T spi = registry.getServiceProviderByClass(type);
        if (spi == null) {
            registry.registerServiceProvider(factory.get(), ImageReaderSpi.class);
            spi = registry.getServiceProviderByClass(type);
        }
        return spi;
    }

    /** Samples of the raster, pixel-interleaved, exactly as the plugin decoded them. */
    record Decoded(int width, int height, int components, int[] samples) {}

    /**
     * {@code readRaster} gives the components as coded (no YCbCr to RGB step); when a plugin cannot
     * read rasters we fall back to {@code read} and its raster.
     */
    static Decoded decode(ImageReaderSpi spi, byte[] codestream) {
        ImageReader reader;
        try {
            reader = spi.createReaderInstance();
        } catch (IOException e) {
            throw new CorruptPixelDataException("Cannot create " + spi.getDescription(java.util.Locale.ROOT), e);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(codestream))) {
            reader.setInput(in);
            Raster raster = reader.canReadRaster()
                    ? reader.readRaster(0, null)
                    : reader.read(0).getRaster();
            int width = raster.getWidth();
            int height = raster.getHeight();
            int bands = raster.getNumBands();
            int[] samples = raster.getPixels(raster.getMinX(), raster.getMinY(), width, height, (int[]) null);
            return new Decoded(width, height, bands, samples);
        } catch (IOException | RuntimeException e) {
            throw new CorruptPixelDataException("Cannot decode frame: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }
}
