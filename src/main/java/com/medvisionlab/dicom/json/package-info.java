/** The DICOM JSON model (PS3.18 Annex F). */
package com.medvisionlab.dicom.json;
