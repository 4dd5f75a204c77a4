/** Human-readable text dumps of datasets, in the spirit of dcmtk's dcmdump. */
@NullMarked
package com.medvisionlab.dicom.dump;

import org.jspecify.annotations.NullMarked;
