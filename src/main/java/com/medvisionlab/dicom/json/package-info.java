/** The DICOM JSON model (PS3.18 Annex F). */
@NullMarked
package com.medvisionlab.dicom.json;

import org.jspecify.annotations.NullMarked;
