package com.medvisionlab.dicomweb;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Accept-header negotiation for WADO-RS: which of the offered media types the client takes. */
final class WadoMediaTypes {

    static final MediaType JPEG = MediaType.IMAGE_JPEG;
    static final MediaType PNG = MediaType.IMAGE_PNG;

    private WadoMediaTypes() {}

    /**
     * Multipart/related of {@code partType} is offered; anything else the client insists on is a 406. A
     * {@code transfer-syntax} parameter is not checked: parts carry the syntax they are in (objects as stored,
     * frames as Explicit VR Little Endian), as their Content-Type says.
     */
    static void requireMultipart(@Nullable String accept, String partType) {
        if (accept == null || accept.isBlank()) {
            return;
        }
        boolean ok = parse(accept).stream().anyMatch(type -> {
            if (type.isWildcardType()) {
                return true;
            }
            if (!type.getType().equals("multipart")
                    || !(type.isWildcardSubtype() || type.getSubtype().equals("related"))) {
                return type.toString().startsWith(partType);
            }
            var requested = type.getParameter("type");
            return requested == null
                    || unquote(requested).equals(partType)
                    || unquote(requested).equals("*/*");
        });
        if (!ok) {
            throw DicomWebException.notAcceptable(accept);
        }
    }

    /**
     * Whether the client's first choice is a bare {@code partType} (single part, PS3.18 8.7.3.3.2: allowed when one
     * item is asked for) rather than multipart/related. The viewer asks so for each frame: its loader then takes the
     * body as the pixels, without searching half a megabyte for a multipart boundary.
     */
    static boolean prefersSinglePart(@Nullable String accept, String partType) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        return byPreference(accept).stream()
                .findFirst()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .map(type -> (type.getType() + "/" + type.getSubtype()).equals(partType))
                .orElse(false);
    }

    /** JPEG (the PS3.18 default) or PNG, as the client prefers. */
    static MediaType image(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return JPEG;
        }
        for (var type : byPreference(accept)) {
            if (type.includes(JPEG)) {
                return JPEG;
            }
            if (type.includes(PNG)) {
                return PNG;
            }
        }
        throw DicomWebException.notAcceptable(accept);
    }

    /** The Accept header's media types, the client's first choice first (highest quality; ties keep their order). */
    private static List<MediaType> byPreference(String accept) {
        return parse(accept).stream()
                .sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue)
                        .reversed())
                .toList();
    }

    /**
     * The Accept header's media types, read leniently: DICOMweb clients (Cornerstone's image loader among them) send
     * {@code type=application/octet-stream} unquoted although '/' needs quotes (RFC 9110), so such values are quoted
     * first. What still cannot be read is a 400, not a server error.
     */
    static List<MediaType> parse(String accept) {
        try {
            return MediaType.parseMediaTypes(UNQUOTED_PARAMETER.matcher(accept).replaceAll("$1\"$2\""));
        } catch (InvalidMediaTypeException e) {
            throw DicomWebException.badRequest("unreadable Accept header");
        }
    }

    /** A parameter value without quotes that holds a character a token may not hold ('/' mostly). */
    private static final Pattern UNQUOTED_PARAMETER =
            Pattern.compile("(;\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*=\\s*)([^\"\\s;,]*[/:?=@\\[\\]{}()<>][^\"\\s;,]*)");

    private static String unquote(String value) {
        return value.replace("\"", "").strip();
    }
}
