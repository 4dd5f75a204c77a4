/** The case page: the case's text, the image viewer with the annotations the reader may see, save and submit. */
@NullMarked
package com.medvisionlab.reading.ui;

import org.jspecify.annotations.NullMarked;
