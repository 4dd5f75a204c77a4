package com.medvisionlab.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Accept headers as real DICOMweb clients send them. */
class WadoMediaTypesTest {

    @Test
    void an_unquoted_part_type_as_cornerstones_image_loader_sends_it_is_read_like_the_quoted_one() {
        var unquoted = "multipart/related; type=application/octet-stream; transfer-syntax=*";
        assertThat(WadoMediaTypes.parse(unquoted).getFirst().getParameter("type"))
                .isEqualTo("\"application/octet-stream\"");
        assertThatCode(() -> WadoMediaTypes.requireMultipart(unquoted, "application/octet-stream"))
                .doesNotThrowAnyException();
        assertThatCode(() -> WadoMediaTypes.requireMultipart(
                        "multipart/related; type=\"application/octet-stream\"", "application/octet-stream"))
                .doesNotThrowAnyException();
    }

    @Test
    void an_unquoted_part_type_the_server_does_not_offer_is_still_not_acceptable() {
        assertThatThrownBy(() -> WadoMediaTypes.requireMultipart(
                        "multipart/related; type=image/jpeg", "application/octet-stream"))
                .isInstanceOfSatisfying(
                        DicomWebException.class, e -> assertThat(e.status()).isEqualTo(406));
    }

    @Test
    void several_types_with_unquoted_parameters_keep_their_order_and_quality() {
        var types = WadoMediaTypes.parse("image/png;q=0.9, multipart/related;type=application/dicom;q=0.5");
        assertThat(types).hasSize(2);
        assertThat(types.get(1).getParameter("type")).isEqualTo("\"application/dicom\"");
        assertThat(WadoMediaTypes.image("image/png;q=0.9, image/jpeg;q=0.1")).isEqualTo(WadoMediaTypes.PNG);
    }

    @Test
    void an_accept_header_that_cannot_be_read_is_a_bad_request_not_a_server_error() {
        assertThatThrownBy(() -> WadoMediaTypes.parse("multipart/related; type=\"unclosed"))
                .isInstanceOfSatisfying(
                        DicomWebException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void a_single_part_is_chosen_only_when_the_bare_type_is_the_first_choice() {
        String octets = "application/octet-stream";
        assertThat(WadoMediaTypes.prefersSinglePart("application/octet-stream; transfer-syntax=*", octets))
                .isTrue();
        assertThat(WadoMediaTypes.prefersSinglePart(
                        "multipart/related; type=application/octet-stream, application/octet-stream;q=0.5", octets))
                .isFalse();
        assertThat(WadoMediaTypes.prefersSinglePart(
                        "multipart/related; type=application/octet-stream;q=0.2, application/octet-stream", octets))
                .isTrue();
        assertThat(WadoMediaTypes.prefersSinglePart("*/*", octets)).isFalse();
        assertThat(WadoMediaTypes.prefersSinglePart(null, octets)).isFalse();
        assertThat(WadoMediaTypes.prefersSinglePart("image/jpeg", octets)).isFalse();
    }
}
