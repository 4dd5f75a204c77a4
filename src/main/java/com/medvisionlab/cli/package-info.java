/**
 * The command-line tools inside the portal's jar ({@code dump}, {@code render}, {@code deid},
 * {@code rotate-keys}): a small declarative argument parser and localized messages from the {@code messages} bundle,
 * without Spring so a run starts fast.
 */
@NullMarked
package com.medvisionlab.cli;

import org.jspecify.annotations.NullMarked;
