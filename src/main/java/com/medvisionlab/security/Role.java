package com.medvisionlab.security;

import static com.medvisionlab.security.Permission.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The permission table: the single source of truth for who may do what. Anonymous visitors are {@link #GUEST}.
 */
public enum Role {
    /** Instructor, case author and administrator. */
    RESEARCHER(EnumSet.allOf(Permission.class)),
    /** Reads course cases blind, commits findings, then may ask the AI for a second opinion. */
    STUDENT(EnumSet.of(VIEW_PUBLISHED_CASES, VIEW_COURSE_CASES, SUBMIT_FINDINGS, RUN_AI)),
    /** Anyone without an account: published demo cases only. */
    GUEST(EnumSet.of(VIEW_PUBLISHED_CASES));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** {@code ROLE_<name>} plus one authority per permission. */
    public List<GrantedAuthority> authorities() {
        return Stream.concat(Stream.of("ROLE_" + name()), permissions.stream().map(Permission::name))
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    /** Message key of the role's display name. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
