package com.medvisionlab.exchange;

import com.medvisionlab.course.InstructorAnnotations;
import com.medvisionlab.viewer.ViewerAnnotation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@link Manifest} to and from JSON; a manifest read from an archive is checked field by field before use. */
final class ManifestJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // later minor additions stay readable
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static final Pattern OBJECT_PATH = Pattern.compile("objects/\\d{1,6}\\.dcm");
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ManifestJson() {}

    static byte[] write(Manifest manifest) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }

    /** @throws ExchangeException when the bytes are not a manifest this version can import */
    static Manifest read(byte[] json) {
        Manifest manifest;
        try {
            // the version first: a newer archive gets "too new", not "invalid"
            var tree = MAPPER.readTree(json);
            int version = tree.path("formatVersion").asInt(0);
            if (version < 1 || version > Manifest.FORMAT_VERSION) {
                throw new ExchangeException(
                        "exchange.error.format-version",
                        Integer.toString(version),
                        Integer.toString(Manifest.FORMAT_VERSION));
            }
            manifest = MAPPER.treeToValue(tree, Manifest.class);
        } catch (JacksonException | NullPointerException e) {
            // NullPointerException: a missing list, met by the records' defensive copies
            throw new ExchangeException("exchange.error.manifest-invalid");
        }
        if (manifest == null) {
            throw new ExchangeException("exchange.error.manifest-invalid");
        }
        check(manifest);
        return manifest;
    }

    /** Jackson fills what is missing with null, whatever the types say; nothing of it may reach the import. */
    private static void check(Manifest manifest) {
        require(manifest.caseSet() != null
                && manifest.caseSet().title() != null
                && manifest.caseSet().description() != null
                && manifest.caseSet().readingMode() != null
                && absentOrNamed(InstructorAnnotations.class, manifest.caseSet().instructorAnnotations())
                && manifest.cases() != null
                && manifest.objects() != null);
        var paths = new HashSet<String>();
        var images = new HashSet<String>();
        for (var object : manifest.objects()) {
            require(object != null
                    && object.path() != null
                    && OBJECT_PATH.matcher(object.path()).matches()
                    && paths.add(object.path())
                    && uid(object.studyInstanceUid())
                    && uid(object.seriesInstanceUid())
                    && uid(object.sopInstanceUid())
                    && uid(object.sopClassUid())
                    && uid(object.transferSyntaxUid())
                    && object.size() >= 0
                    && object.sha256() != null
                    && SHA256.matcher(object.sha256()).matches());
            images.add(object.sopInstanceUid());
        }
        for (var c : manifest.cases()) {
            require(c != null
                    && c.title() != null
                    && c.clinicalHistory() != null
                    && noNulls(c.seriesInstanceUids())
                    && noNulls(c.keyImageUids())
                    && c.findings() != null
                    && c.findings().stream().allMatch(f -> f != null && f.finding() != null && f.location() != null)
                    && c.impression() != null
                    && c.diagnosis() != null
                    && c.teachingPoints() != null
                    && c.difficulty() != null
                    && noNulls(c.tags())
                    && noNulls(c.suggestedQuestions())
                    && (c.instructorAnnotations() == null
                            || c.instructorAnnotations().stream().allMatch(a -> annotation(a, images))));
        }
    }

    /** An annotation on one of the archive's own images, whole enough for the reading module to check the rest. */
    private static boolean annotation(Manifest.@Nullable AnnotationEntry a, Set<String> images) {
        return a != null
                && a.id() != null
                && !a.id().isBlank()
                && named(ViewerAnnotation.Kind.class, a.kind())
                && images.contains(a.sopInstanceUid())
                && a.points() != null
                && a.points().stream().allMatch(Objects::nonNull)
                && (a.measurement() == null || a.measurement().unit() != null);
    }

    private static boolean absentOrNamed(Class<? extends Enum<?>> type, @Nullable String value) {
        return value == null || named(type, value);
    }

    private static boolean named(Class<? extends Enum<?>> type, @Nullable String value) {
        return value != null
                && Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
    }

    private static boolean uid(String value) {
        return value != null && value.length() <= 64 && UID.matcher(value).matches();
    }

    private static boolean noNulls(List<String> values) {
        return values != null && values.stream().allMatch(Objects::nonNull);
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new ExchangeException("exchange.error.manifest-invalid");
        }
    }
}
