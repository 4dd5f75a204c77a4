/** Authoring and reading views: courses, case sets, the case editor, a student's courses and the demo cases. */
@NullMarked
package com.medvisionlab.course.ui;

import org.jspecify.annotations.NullMarked;
