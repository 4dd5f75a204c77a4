package com.medvisionlab.secondopinion;

/** Receives an answer's text as it is generated, in order. */
@FunctionalInterface
public interface OpinionSink {

    void text(String piece);

    OpinionSink NONE = piece -> {};
}
