package com.medvisionlab.secondopinion;

/**
 * One de-identified image as sent to an engine: 8-bit PNG (window applied, aspect kept, padded to a square of the
 * engine's input size).
 *
 * @param png            the PNG bytes
 * @param size           width and height in pixels
 * @param sha256         hex SHA-256 of {@code png}, stored with the answer
 * @param sopInstanceUid the (de-identified) image it was rendered from
 * @param frame          1-based frame
 */
public record PreparedImage(byte[] png, int size, String sha256, String sopInstanceUid, int frame) {}
