package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Known burned-in regions per device (the idea of CTP's DicomPixelAnonymizer script), loaded from a tab-separated
 * file: {@code modality, manufacturer, model, rows, columns, boxes, note}; {@code *} = any; boxes are
 * {@code x,y,w,h} separated by {@code ;}; {@code #} starts a comment line.
 */
public final class RegionRuleSet {

    /** The rule file shipped with the application. */
    public static final String DEFAULT_RESOURCE = "deid/pixel-rules.tsv";

    private final List<RegionRule> rules;

    private RegionRuleSet(List<RegionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shipped rules. */
    public static RegionRuleSet builtIn() {
        try (InputStream in = RegionRuleSet.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new NativeResourceFiles.MissingNativeResourceException(DEFAULT_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * @param source name used in error messages
     * @throws RuleFormatException naming the line that is wrong
     */
    public static RegionRuleSet parse(Reader reader, String source) throws IOException {
        List<RegionRule> rules = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rules.add(parseLine(line, source, number));
        }
        return new RegionRuleSet(rules);
    }

    private static RegionRule parseLine(String line, String source, int number) {
        String[] f = line.split("\t", -1);
        if (f.length < 6) {
            throw new RuleFormatException(source, number, "expected at least 6 tab-separated fields, got " + f.length);
        }
        try {
            return new RegionRule(
                    any(f[0]),
                    any(f[1]),
                    any(f[2]),
                    size(f[3]),
                    size(f[4]),
                    boxes(f[5]),
                    f.length > 6 ? f[6].strip() : "");
        } catch (IllegalArgumentException e) {
            throw new RuleFormatException(source, number, e.getMessage());
        }
    }

    private static String any(String field) {
        String s = field.strip();
        return s.equals("*") ? "" : s;
    }

    private static Optional<Integer> size(String field) {
        String s = any(field);
        return s.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(s));
    }

    private static List<Rectangle> boxes(String field) {
        List<Rectangle> out = new ArrayList<>();
        for (String box : field.strip().split(";")) {
            String[] n = box.strip().split(",");
            if (n.length != 4) {
                throw new IllegalArgumentException("box '" + box + "' is not x,y,w,h");
            }
            Rectangle r = new Rectangle(
                    Integer.parseInt(n[0].strip()),
                    Integer.parseInt(n[1].strip()),
                    Integer.parseInt(n[2].strip()),
                    Integer.parseInt(n[3].strip()));
            if (r.x < 0 || r.y < 0 || r.width <= 0 || r.height <= 0) {
                throw new IllegalArgumentException("box '" + box + "' has a negative origin or empty size");
            }
            out.add(r);
        }
        return out;
    }

    public List<RegionRule> rules() {
        return rules;
    }

    /** All rules that apply to the image. Plain loops: asked for every image, most of which match no rule. */
    public List<RegionRule> matching(ImageOrigin image) {
        List<RegionRule> out = new ArrayList<>();
        for (RegionRule rule : rules) {
            if (rule.matches(image)) {
                out.add(rule);
            }
        }
        return List.copyOf(out);
    }

    /** The boxes of all matching rules. */
    public List<Rectangle> boxesFor(ImageOrigin image) {
        List<Rectangle> out = new ArrayList<>();
        for (RegionRule rule : rules) {
            if (rule.matches(image)) {
                out.addAll(rule.boxes());
            }
        }
        return List.copyOf(out);
    }

    /** A rule file line that cannot be understood. */
    public static final class RuleFormatException extends IllegalArgumentException {
        RuleFormatException(String source, int line, String problem) {
            super(source + " line " + line + ": " + problem);
        }
    }
}
