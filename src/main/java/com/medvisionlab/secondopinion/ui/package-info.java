/**
 * The AI second opinion in the browser: {@link com.medvisionlab.secondopinion.ui.SecondOpinionPanel} (pick an engine,
 * ask about a case, watch the answer stream in, cancel), which the case page embeds, and a page hosting it on its
 * own (published as the {@code ui} named interface of the second-opinion module for that reason); and the
 * researchers' pages: the prompt catalog ({@code /ai/prompts}) and batch validation ({@code /ai/batch}).
 */
@NullMarked
@NamedInterface("ui")
package com.medvisionlab.secondopinion.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
