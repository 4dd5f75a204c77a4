/** Free-text cleaning for descriptors, comments and structured-report text (the Clean Descriptors option). */
@NullMarked
package com.medvisionlab.deid.freetext;

import org.jspecify.annotations.NullMarked;
