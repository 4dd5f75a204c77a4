package com.medvisionlab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import com.medvisionlab.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An empty database gets one RESEARCHER 'admin' whose configured password works once and must be changed. */
@SpringBootTest(properties = {TestDatabase.PRIVATE_H2, "medvision.admin.initial-password=first-start-secret-1"})
class FirstStartTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    UserService userService;

    @Autowired
    WebApplicationContext context;

    @Test
    @WithMockUser(username = "admin")
    void first_start_creates_a_researcher_admin_who_must_change_the_one_time_password() throws Exception {
        assertThat(users.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.role()).isEqualTo(Role.RESEARCHER);
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(admin.passwordHash()).startsWith("{bcrypt}$2a$12$").doesNotContain("first-start-secret-1");
        });
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        mvc.perform(formLogin("/login").user("admin").password("first-start-secret-1"))
                .andExpect(authenticated());
        assertThat(userService.mustChangePassword("admin")).isTrue();
        // The sign-in request above replaced the test's security context; act as admin again.
        TestSecurityContextHolder.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, Role.RESEARCHER.authorities()));

        assertThatThrownBy(() -> userService.changeOwnPassword("admin", "first-start-secret-1", "short"))
                .isInstanceOf(UserManagementException.class)
                .hasMessage("password.error.too-short");
        assertThatThrownBy(() -> userService.changeOwnPassword("admin", "not-the-password", "a-brand-new-passphrase"))
                .isInstanceOf(UserManagementException.class)
                .hasMessage("password.error.current-wrong");
        assertThat(userService.mustChangePassword("admin")).isTrue();
        // The sign-in request above replaced the test's security context; act as admin again.
        TestSecurityContextHolder.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, Role.RESEARCHER.authorities()));

        userService.changeOwnPassword("admin", "first-start-secret-1", "a-brand-new-passphrase");

        assertThat(userService.mustChangePassword("admin")).isFalse();
    }
}
