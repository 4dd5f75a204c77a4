/** Null-safety is declared once per package: nothing is null unless marked {@code @Nullable}. */
@NullMarked
package com.medvisionlab.launcher;

import org.jspecify.annotations.NullMarked;
