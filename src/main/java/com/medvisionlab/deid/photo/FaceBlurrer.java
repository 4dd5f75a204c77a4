package com.medvisionlab.deid.photo;

import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;

import com.medvisionlab.deid.pixels.Boxes;
import com.medvisionlab.deid.pixels.GreyImage;
import com.medvisionlab.deid.pixels.NativeResourceFiles;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Finds frontal faces with OpenCV's Haar cascade (shipped inside the opencv jar) and pixelates them with coarse
 * blocks: block averages cannot be "un-blurred" the way a light Gaussian blur sometimes can.
 */
public final class FaceBlurrer implements AutoCloseable {

    static final String CASCADE = "org/bytedeco/opencv/" + Loader.getPlatform()
            + "/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";
    /** Faces are grown by this fraction of their size: the cascade box stops at the brows and the chin. */
    private static final double MARGIN = 0.25;
    /** Blocks per face width after pixelation: few enough that no facial feature survives. */
    private static final int BLOCKS_ACROSS = 6;

    private final CascadeClassifier cascade;

    public FaceBlurrer() {
        cascade = new CascadeClassifier(NativeResourceFiles.extract(CASCADE).toString());
        if (cascade.empty()) {
            cascade.close();
            throw new IllegalStateException("OpenCV could not load the face cascade " + CASCADE);
        }
    }

    /** Face boxes in image coordinates (synchronized: a CascadeClassifier is not thread-safe). */
    public synchronized List<Rectangle> detect(BufferedImage image) {
        int minSide = Math.max(24, Math.min(image.getWidth(), image.getHeight()) / 20);
        List<Rectangle> out = new ArrayList<>();
        try (Mat grey = GreyImage.of(image).toMat();
                RectVector faces = new RectVector();
                Size min = new Size(minSide, minSide);
                Size max = new Size()) {
            equalizeHist(grey, grey);
            cascade.detectMultiScale(grey, faces, 1.1, 5, 0, min, max);
            for (long i = 0; i < faces.size(); i++) {
                Rect r = faces.get(i);
                out.add(new Rectangle(r.x(), r.y(), r.width(), r.height()));
            }
        }
        return out;
    }

    /** Pixelates each box (grown by the margin) in place; returns the areas changed. */
    public List<Rectangle> pixelate(BufferedImage image, List<Rectangle> faces) {
        List<Rectangle> done = new ArrayList<>();
        for (Rectangle face : faces) {
            int margin = (int) Math.round(MARGIN * Math.max(face.width, face.height));
            Rectangle area = Boxes.grow(face, margin, image.getWidth(), image.getHeight());
            if (!area.isEmpty()) {
                pixelateArea(image.getRaster(), area, Math.max(4, area.width / BLOCKS_ACROSS));
                done.add(area);
            }
        }
        return done;
    }

    private static void pixelateArea(WritableRaster raster, Rectangle area, int block) {
        for (int by = area.y; by < area.y + area.height; by += block) {
            for (int bx = area.x; bx < area.x + area.width; bx += block) {
                int w = Math.min(block, area.x + area.width - bx);
                int h = Math.min(block, area.y + area.height - by);
                for (int band = 0; band < raster.getNumBands(); band++) {
                    int[] samples = raster.getSamples(bx, by, w, h, band, (int[]) null);
                    long sum = 0;
                    for (int s : samples) {
                        sum += s;
                    }
                    java.util.Arrays.fill(samples, (int) (sum / samples.length));
                    raster.setSamples(bx, by, w, h, band, samples);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        cascade.close();
    }
}
