package com.medvisionlab.security;

import com.medvisionlab.base.AuditableActions;
import com.medvisionlab.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.core.GrantedAuthorityDefaults;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Enforces the permission table on HTTP requests and Vaadin views. Permissions are authorities with no role
 * prefix, so {@code @RolesAllowed("MANAGE_USERS")} on a view means "needs MANAGE_USERS". Services use
 * {@code @PreAuthorize("hasAuthority(...)")}; JSR-250 method security stays off because it would proxy the views.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String BCRYPT = "bcrypt";
    static final int BCRYPT_STRENGTH = 12;

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers("/actuator", "/actuator/**").hasAuthority(Permission.MONITOR_SYSTEM.name()));
        http.anonymous(anonymous -> anonymous.principal("guest").authorities(Role.GUEST.authorities()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    static GrantedAuthorityDefaults noRolePrefix() {
        return new GrantedAuthorityDefaults("");
    }

    /** Delegating, so the hash format can change later while old hashes keep working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(BCRYPT_STRENGTH)));
    }

    @Bean
    AuditableActions userAuditActions() {
        return AuditableActions.of(UserAuditAction.class);
    }

    /** Publishes denials (HTTP and method security) as events, which the audit trail records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
