package com.medvisionlab.dicomweb;

import com.medvisionlab.apitoken.ApiTokenService;
import com.medvisionlab.base.AuditableActions;
import com.medvisionlab.security.Permission;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The DICOMweb filter chain, ahead of the Vaadin one: stateless (no session created or saved, no CSRF token, no
 * sign-in page), HTTP Basic against the portal's accounts or a personal API token, guests for requests without
 * credentials. Reads (GET, HEAD) also accept the browser's existing portal session, read-only ({@link
 * SessionReadOnlyContext}), so the page's viewer reads as the signed-in user. The routes
 * demand the permissions of the table in {@link Role}; which studies come from the study scope in the controllers.
 */
@Configuration(proxyBeanMethods = false)
class DicomWebSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain dicomWebFilterChain(
            HttpSecurity http,
            ApiTokenService tokens,
            UserService users,
            MessageSource messageSource,
            ApplicationEventPublisher events)
            throws Exception {
        var messages = new DicomWebMessages(messageSource);
        var entryPoint = new DicomWebEntryPoint(messages);
        AccessDeniedHandler denied =
                (request, response, refused) -> messages.send(request, response, 403, "dicomweb.error.forbidden");
        http.securityMatcher(DicomWebRoute.BASE + "/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new SessionReadOnlyContext()))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> anonymous.principal("guest").authorities(Role.GUEST.authorities()))
                .httpBasic(basic -> basic.realmName(DicomWebEntryPoint.REALM).authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .addFilterAfter(new DicomWebAuditFilter(events), SecurityContextHolderFilter.class)
                .addFilterBefore(
                        new BearerTokenFilter(tokens::authenticate, entryPoint), BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new PasswordChangePendingFilter(users::mustChangePassword, messages),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.POST, DicomWebRoute.BASE + "/studies", DicomWebRoute.BASE + "/studies/*")
                        .hasAuthority(Permission.UPLOAD_STUDIES.name())
                        .requestMatchers(HttpMethod.GET, DicomWebRoute.BASE + "/**")
                        .hasAnyAuthority(Permission.VIEW_PUBLISHED_CASES.name(), Permission.VIEW_COURSE_CASES.name())
                        .requestMatchers(HttpMethod.HEAD, DicomWebRoute.BASE + "/**")
                        .hasAnyAuthority(Permission.VIEW_PUBLISHED_CASES.name(), Permission.VIEW_COURSE_CASES.name())
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    @Bean
    AuditableActions dicomWebAuditActions() {
        return AuditableActions.of(DicomWebAuditAction.class);
    }
}
