package com.medvisionlab.dicomweb;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** DICOMweb errors as plain text in the client's language; never a stack trace. */
@RestControllerAdvice(
        assignableTypes = {QidoController.class, WadoController.class, RenderedController.class, StowController.class})
class DicomWebErrors {

    private final DicomWebMessages messages;

    DicomWebErrors(MessageSource messageSource) {
        this.messages = new DicomWebMessages(messageSource);
    }

    @ExceptionHandler(DicomWebException.class)
    ResponseEntity<byte[]> refused(DicomWebException refused, HttpServletRequest request) {
        return ResponseEntity.status(refused.status())
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.text(request, refused.messageKey(), refused.arguments())
                        .getBytes(StandardCharsets.UTF_8));
    }
}
