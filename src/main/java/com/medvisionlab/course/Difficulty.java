package com.medvisionlab.course;

public enum Difficulty {
    INTRODUCTORY,
    INTERMEDIATE,
    ADVANCED
}
