/** Human-readable text dumps of datasets, in the spirit of dcmtk's dcmdump. */
package com.medvisionlab.dicom.dump;
