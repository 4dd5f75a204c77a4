package com.medvisionlab.apitoken;

/**
 * A token just created: the secret is shown to its owner this once and never again. {@link #toString()} hides it so
 * it cannot leak into a log by accident.
 */
public record CreatedToken(TokenSummary summary, String secret) {

    @Override
    public String toString() {
        return "CreatedToken[" + summary.name() + ", secret hidden]";
    }
}
