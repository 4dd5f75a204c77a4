package com.medvisionlab.course;

/** Moving a case set or case one place in its list. */
public enum Move {
    UP,
    DOWN
}
