/**
 * The AI second opinion: engines behind one interface ({@link com.medvisionlab.secondopinion.SecondOpinionEngine}: a
 * vision-language model on an OpenAI-compatible server such as MedGemma on vLLM, or a TorchScript classifier run in
 * process by DJL), the images and prompts sent to them, a queue with bounded concurrency per engine, every answer
 * recorded and audited, and batch runs that validate an engine against cases' reference findings. Only de-identified
 * data ever reaches an engine. Every answer is a model's output for education only.
 */
@NullMarked
package com.medvisionlab.secondopinion;

import org.jspecify.annotations.NullMarked;
