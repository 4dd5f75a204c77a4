/** The queue's benchmark ({@code bench/ai-queue.sh}): a main, not a test. */
@NullMarked
package com.medvisionlab.secondopinion.bench;

import org.jspecify.annotations.NullMarked;
