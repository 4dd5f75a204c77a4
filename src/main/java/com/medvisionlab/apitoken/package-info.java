/**
 * Personal API tokens: a signed-in user creates named tokens with an expiry on their profile page
 * ({@code profile/tokens}), sees each secret once, and may revoke them. Only the SHA-256 of a token is stored.
 * {@link com.medvisionlab.apitoken.ApiTokenService#authenticate(String)} turns a presented token into the owner's
 * authentication (their current role and permissions), for machine clients such as DICOMweb ({@code Bearer}).
 */
@NullMarked
package com.medvisionlab.apitoken;

import org.jspecify.annotations.NullMarked;
