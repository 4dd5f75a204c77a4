package com.medvisionlab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.medvisionlab.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MEDVISION_ADMIN_PASSWORD_PERMANENT keeps the configured first password, so DICOMweb Basic works at once. */
@SpringBootTest(
        properties = {
            TestDatabase.PRIVATE_H2,
            "medvision.admin.initial-password=automation-secret-1",
            "medvision.admin.initial-password-permanent=true"
        })
class FirstStartForAutomationTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    WebApplicationContext context;

    @Test
    void the_configured_password_is_kept_and_accepted_by_http_basic() throws Exception {
        assertThat(users.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.mustChangePassword()).isFalse();
            assertThat(admin.passwordHash()).doesNotContain("automation-secret-1");
        });
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        assertThat(mvc.perform(get("/dicomweb/studies").with(httpBasic("admin", "automation-secret-1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/dicomweb/studies").with(httpBasic("admin", "wrong-password")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }
}
