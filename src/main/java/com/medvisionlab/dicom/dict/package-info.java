/** The standard data dictionary (PS3.6), loaded from a compact resource generated from the standard's tables. */
@NullMarked
package com.medvisionlab.dicom.dict;

import org.jspecify.annotations.NullMarked;
