/** Specific Character Set (0008,0005) decoding and encoding, including ISO 2022 code extensions (PS3.5 6.1). */
@NullMarked
package com.medvisionlab.dicom.charset;

import org.jspecify.annotations.NullMarked;
