package com.medvisionlab.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in; a locked or disabled account is refused by Spring Security before the password. */
@Service
@Transactional(readOnly = true)
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    DatabaseUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.role().authorities())
                .disabled(!user.enabled())
                .accountLocked(user.lockedAt(clock.instant()))
                .build();
    }
}
