package com.medvisionlab.course;

import com.medvisionlab.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who asks to read, as far as cases go: an author (AUTHOR_CASES), a signed-in user known by name, or a guest.
 *
 * @param username null for a guest
 */
record Reader(@Nullable String username, boolean author) {

    static final Reader GUEST = new Reader(null, false);

    static Reader of(@Nullable Authentication who) {
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return GUEST;
        }
        boolean author = who.getAuthorities().stream()
                .anyMatch(a -> Permission.AUTHOR_CASES.name().equals(a.getAuthority()));
        return new Reader(who.getName(), author);
    }

    static Reader current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The name audit and ownership use; {@code system} for code running without a user (e.g. seeding). */
    static String currentName() {
        var name = current().username();
        return name == null ? "system" : name;
    }

    boolean guest() {
        return username == null;
    }
}
