/**
 * De-identification of ordinary photographs and screenshots (JPEG, PNG, BMP): metadata dropped by re-encoding,
 * burned-in text redacted and faces pixelated. Plain Java; bad input fails fast with a typed exception.
 */
@NullMarked
package com.medvisionlab.deid.photo;

import org.jspecify.annotations.NullMarked;
