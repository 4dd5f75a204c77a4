/** Free-text cleaning for descriptors, comments and structured-report text (the Clean Descriptors option). */
package com.medvisionlab.deid.freetext;
