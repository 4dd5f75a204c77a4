package com.medvisionlab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void annotation_constants_name_exactly_the_permissions() throws Exception {
        var constants = Arrays.stream(Permission.Names.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .toList();
        assertThat(constants).hasSize(Permission.values().length);
        for (var field : constants) {
            assertThat(Permission.valueOf(field.getName()).name()).isEqualTo(field.get(null));
        }
    }

    @Test
    void only_researchers_manage_users_read_the_audit_trail_and_monitor() {
        for (var permission : new Permission[] {
            Permission.MANAGE_USERS,
            Permission.READ_AUDIT,
            Permission.MONITOR_SYSTEM,
            Permission.AUTHOR_CASES,
            Permission.GRADE
        }) {
            assertThat(Arrays.stream(Role.values()).filter(role -> role.can(permission)))
                    .containsExactly(Role.RESEARCHER);
        }
    }

    @Test
    void guests_only_see_published_cases() {
        assertThat(Role.GUEST.permissions()).containsExactly(Permission.VIEW_PUBLISHED_CASES);
    }

    @Test
    void authorities_are_the_role_plus_its_permissions() {
        assertThat(Role.STUDENT.authorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "ROLE_STUDENT", "VIEW_PUBLISHED_CASES", "VIEW_COURSE_CASES", "SUBMIT_FINDINGS", "RUN_AI");
    }
}
