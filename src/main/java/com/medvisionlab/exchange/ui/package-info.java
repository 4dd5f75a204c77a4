/** The researchers' page to export a case set as an archive and import one into a course. */
@NullMarked
package com.medvisionlab.exchange.ui;

import org.jspecify.annotations.NullMarked;
