/**
 * The engines themselves: vision-language models behind OpenAI-compatible servers ({@code medvision.ai.engines.<id>.*},
 * one Spring AI chat model each) and the registry that lists them beside the researchers' registered classifiers.
 */
@NullMarked
package com.medvisionlab.secondopinion.engine;

import org.jspecify.annotations.NullMarked;
