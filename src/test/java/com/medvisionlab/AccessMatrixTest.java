package com.medvisionlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.medvisionlab.security.Permission;
import com.medvisionlab.security.Role;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every view route and every HTTP endpoint, tried as every kind of visitor, against the permission table in
 * {@link Role}. Routes and endpoints are discovered, not listed, so a new one without an access rule fails here.
 */
@SpringBootTest
class AccessMatrixTest {

    /** Who knocks: anonymous visitors are guests. */
    enum Visitor {
        GUEST(Role.GUEST),
        STUDENT(Role.STUDENT),
        RESEARCHER(Role.RESEARCHER);

        final Role role;

        Visitor(Role role) {
            this.role = role;
        }

        boolean signedIn() {
            return this != GUEST;
        }

        Set<String> authorities() {
            return role.authorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
        }
    }

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void every_view_is_open_exactly_to_the_roles_the_permission_table_allows() {
        var views = routeClasses();
        assertThat(views).as("discovered views").isNotEmpty();
        var checker = new AccessAnnotationChecker();
        var mismatches = new TreeSet<String>();
        for (var view : views) {
            for (var visitor : Visitor.values()) {
                boolean expected = expectedViewAccess(view, visitor);
                Principal principal = visitor.signedIn() ? () -> "someone" : null;
                var authorities = visitor.authorities();
                boolean actual = checker.hasAccess(view, principal, authorities::contains);
                if (expected != actual) {
                    mismatches.add("%s as %s: expected %s, enforced %s"
                            .formatted(
                                    view.getSimpleName(),
                                    visitor,
                                    expected ? "allowed" : "denied",
                                    actual ? "allowed" : "denied"));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void the_known_views_are_discovered() {
        assertThat(routeClasses())
                .extracting(Class::getSimpleName)
                .contains("HomeView", "LoginView", "ChangePasswordView", "UserManagementView", "AuditLogView");
    }

    @Test
    void every_http_endpoint_is_open_exactly_to_the_roles_the_permission_table_allows() throws Exception {
        var endpoints = httpEndpoints();
        assertThat(endpoints).as("discovered endpoints").contains("/actuator/health", "/actuator/prometheus");
        var mismatches = new TreeSet<String>();
        for (var path : endpoints) {
            var required = requiredPermission(path);
            for (var visitor : Visitor.values()) {
                boolean expected = !INTERNAL_ONLY.contains(path)
                        && required.map(visitor.role::can).orElse(true);
                var request = get(path);
                if (visitor.signedIn()) {
                    request.with(user(visitor.name().toLowerCase()).authorities(visitor.role.authorities()));
                }
                var result = mvc.perform(request).andReturn();
                boolean actual = !denied(result);
                if (expected != actual) {
                    mismatches.add("GET %s as %s: expected %s, got HTTP %d"
                            .formatted(
                                    path,
                                    visitor,
                                    expected ? "allowed" : "denied",
                                    result.getResponse().getStatus()));
                }
                if (!expected && visitor.signedIn()) {
                    assertThat(result.getResponse().getStatus())
                            .as("GET %s as %s", path, visitor)
                            .isEqualTo(403);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Targets of internal error dispatches only; a direct request is refused to everyone. */
    private static final Set<String> INTERNAL_ONLY = Set.of("/error");

    /** The HTTP side of the permission table: which permission each endpoint needs (empty = public). */
    private static Optional<Permission> requiredPermission(String path) {
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            return Optional.of(Permission.MONITOR_SYSTEM);
        }
        if (INTERNAL_ONLY.contains(path)) {
            return Optional.empty();
        }
        if (path.equals("/dicomweb") || path.startsWith("/dicomweb/")) {
            // GET is reading (search/retrieve); which studies is the study scope's decision, tested in dicomweb
            return Optional.of(Permission.VIEW_PUBLISHED_CASES);
        }
        return fail(
                "Endpoint %s is not classified in AccessMatrixTest.requiredPermission: decide who may call it", path);
    }

    private static boolean denied(MvcResult result) {
        var response = result.getResponse();
        if (response.getStatus() == 401 || response.getStatus() == 403) {
            return true;
        }
        var location = response.getRedirectedUrl();
        return response.getStatus() / 100 == 3 && location != null && location.contains("/login");
    }

    private static boolean expectedViewAccess(Class<?> view, Visitor visitor) {
        var anonymous = view.isAnnotationPresent(AnonymousAllowed.class);
        var permitAll = view.isAnnotationPresent(PermitAll.class);
        var rolesAllowed = view.getAnnotation(RolesAllowed.class);
        var denyAll = view.isAnnotationPresent(DenyAll.class);
        long rules = Arrays.asList(anonymous, permitAll, rolesAllowed != null, denyAll).stream()
                .filter(b -> b)
                .count();
        if (rules != 1) {
            return fail("View %s must carry exactly one access annotation, has %d", view.getName(), rules);
        }
        if (anonymous) {
            return true;
        }
        if (permitAll) {
            return visitor.signedIn();
        }
        if (denyAll) {
            return false;
        }
        var permissions = Arrays.stream(rolesAllowed.value())
                .map(name -> {
                    try {
                        return Permission.valueOf(name);
                    } catch (IllegalArgumentException unknown) {
                        return fail("View %s requires '%s', which is not a Permission", view.getName(), name);
                    }
                })
                .toList();
        // Guests are anonymous, and Vaadin lets anonymous visitors only into @AnonymousAllowed views.
        assertThat(permissions)
                .as("%s requires a guest permission; mark it @AnonymousAllowed instead", view.getName())
                .noneMatch(Role.GUEST::can);
        return visitor.signedIn() && permissions.stream().anyMatch(visitor.role::can);
    }

    private static Set<Class<?>> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("com.medvisionlab").stream()
                .map(bean ->
                        ClassUtils.resolveClassName(bean.getBeanClassName(), AccessMatrixTest.class.getClassLoader()))
                .collect(Collectors.toSet());
    }

    private Set<String> httpEndpoints() {
        return context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .flatMap(info -> info.getPatternValues().stream())
                .map(pattern -> pattern.replaceAll("\\{\\*[^}]*}", "sample")
                        .replaceAll("\\{[^}]*}", "sample")
                        .replace("/**", "/sample"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
