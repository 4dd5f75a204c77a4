/** The researchers' pages of the AI second opinion: prompt catalog ({@code /ai/prompts}) and batch validation ({@code /ai/batch}). */
@NullMarked
package com.medvisionlab.secondopinion.ui;

import org.jspecify.annotations.NullMarked;
