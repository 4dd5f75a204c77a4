/** The standard data dictionary (PS3.6), loaded from a compact resource generated from the standard's tables. */
package com.medvisionlab.dicom.dict;
