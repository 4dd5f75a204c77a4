package com.medvisionlab.course;

import com.medvisionlab.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a user (or a guest) into the security context as the sign-in would. */
public final class SignedIn {

    private SignedIn() {}

    public static String as(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(authentication(username, role));
        return username;
    }

    public static Authentication authentication(String username, Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null, role.authorities());
    }

    public static Authentication guest() {
        return new AnonymousAuthenticationToken("key", "guest", Role.GUEST.authorities());
    }

    public static void asGuest() {
        SecurityContextHolder.getContext().setAuthentication(guest());
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
