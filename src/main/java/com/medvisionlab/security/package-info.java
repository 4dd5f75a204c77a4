/**
 * Who may do what: the permission table ({@link com.medvisionlab.security.Role}, {@link com.medvisionlab.security.Permission}),
 * local accounts with lockout and forced password changes ({@link com.medvisionlab.security.UserService}), and the
 * Spring Security / Vaadin configuration that enforces the table on every view and HTTP endpoint.
 */
@NullMarked
package com.medvisionlab.security;

import org.jspecify.annotations.NullMarked;
