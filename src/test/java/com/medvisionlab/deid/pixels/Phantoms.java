package com.medvisionlab.deid.pixels;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.Random;

/** Synthetic radiograph- and ultrasound-like test images, with text drawn at known places. */
final class Phantoms {

    private Phantoms() {}

    /** A grey radiograph-like image: vertical gradient, soft overlapping discs ("organs"), mild noise. */
    static BufferedImage radiograph(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int y = 0; y < h; y++) {
            g.setColor(grey(30 + 50 * y / h));
            g.fillRect(0, y, w, 1);
        }
        g.setColor(grey(120));
        g.fill(new Ellipse2D.Double(w * 0.15, h * 0.2, w * 0.7, h * 0.7));
        g.setColor(grey(170));
        g.fill(new Ellipse2D.Double(w * 0.25, h * 0.35, w * 0.2, h * 0.35));
        g.fill(new Ellipse2D.Double(w * 0.55, h * 0.35, w * 0.2, h * 0.35));
        g.setColor(grey(210));
        g.fill(new Ellipse2D.Double(w * 0.47, h * 0.3, w * 0.06, h * 0.55));
        g.dispose();
        return noisy(blur(img, 7), 6, seed);
    }

    /** An ultrasound-like image: black frame, a speckled fan-shaped sector, a dark "cyst". */
    static BufferedImage ultrasound(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Random rnd = new Random(seed);
        Arc2D fan = new Arc2D.Double(w * 0.1, -h * 0.55, w * 0.8, h * 1.4, 240, 60, Arc2D.PIE);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (fan.contains(x, y)) {
                    double depthFade = 1 - 0.5 * y / h;
                    r.setSample(x, y, 0, (int) Math.min(255, 90 * depthFade * -Math.log(1e-3 + rnd.nextDouble())));
                }
            }
        }
        BufferedImage speckle = blur(img, 3);
        Graphics2D g = speckle.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(grey(8));
        g.fill(new Ellipse2D.Double(w * 0.45, h * 0.5, w * 0.12, h * 0.1));
        g.dispose();
        return speckle;
    }

    /** Draws {@code text} with its baseline at (x, y); returns the pixel bounds Java2D reports for it. */
    static Rectangle drawText(BufferedImage img, String text, Font font, int grey, int x, int y) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(grey(grey));
        g.drawString(text, x, y);
        FontRenderContext frc = g.getFontRenderContext();
        Rectangle bounds = new TextLayout(text, font, frc).getPixelBounds(frc, x, y);
        g.dispose();
        return bounds;
    }

    /** The WenQuanYi Zen Hei font (Debian fonts-wqy-zenhei), or the test is skipped. */
    static Font chineseFont(int size) {
        boolean present = Arrays.asList(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains("WenQuanYi Zen Hei");
        assumeTrue(present, "font WenQuanYi Zen Hei (fonts-wqy-zenhei) not installed");
        return new Font("WenQuanYi Zen Hei", Font.PLAIN, size);
    }

    static BufferedImage copy(BufferedImage img) {
        BufferedImage c = new BufferedImage(img.getColorModel(), img.copyData(null), img.isAlphaPremultiplied(), null);
        return c;
    }

    private static Color grey(int v) {
        return new Color(v, v, v);
    }

    private static BufferedImage blur(BufferedImage img, int size) {
        float[] k = new float[size * size];
        Arrays.fill(k, 1f / k.length);
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), img.getType());
        new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(img, out);
        return out;
    }

    private static BufferedImage noisy(BufferedImage img, double sigma, long seed) {
        Random rnd = new Random(seed);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = (int) Math.round(r.getSample(x, y, 0) + sigma * rnd.nextGaussian());
                r.setSample(x, y, 0, Math.clamp(v, 0, 255));
            }
        }
        return img;
    }
}
