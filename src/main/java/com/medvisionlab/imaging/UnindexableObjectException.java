package com.medvisionlab.imaging;

/** The dataset lacks what every indexed object must have (its UIDs), or has a UID that cannot be one. */
public class UnindexableObjectException extends RuntimeException {

    UnindexableObjectException(String message) {
        super(message);
    }
}
