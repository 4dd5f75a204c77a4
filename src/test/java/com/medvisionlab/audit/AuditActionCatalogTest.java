package com.medvisionlab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.base.AccessAuditAction;
import com.medvisionlab.base.AuditableAction;
import com.medvisionlab.base.AuditableActions;
import com.medvisionlab.base.BundleTranslations;
import com.medvisionlab.base.SupportedLanguage;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

class AuditActionCatalogTest {

    enum Clashing implements AuditableAction {
        SIGN_IN
    }

    @Test
    void actions_of_all_modules_are_listed_by_name() {
        var catalog = new AuditActionCatalog(
                List.of(AuditableActions.of(SignInAuditAction.class), AuditableActions.of(AccessAuditAction.class)));

        assertThat(catalog.all())
                .extracting(AuditableAction::name)
                .containsExactly("ACCESS_DENIED", "SIGN_IN", "SIGN_IN_FAILED", "SIGN_OUT");
    }

    @Test
    void an_action_name_declared_by_two_modules_is_refused() {
        assertThatThrownBy(() -> new AuditActionCatalog(
                        List.of(AuditableActions.of(SignInAuditAction.class), AuditableActions.of(Clashing.class))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SIGN_IN is declared twice");
    }

    /** The filter shows display names; a module's new action without one would show "!key!". */
    @Test
    void every_action_of_the_portal_has_a_display_name_in_both_languages() {
        var translations = new BundleTranslations();
        var missing = new TreeSet<String>();
        for (var action : portalActions()) {
            for (var language : SupportedLanguage.values()) {
                var label = translations.getTranslation("audit.action." + action.name(), language.locale());
                if (label.startsWith("!")) {
                    missing.add(language + " " + action.name());
                }
            }
        }
        assertThat(portalActions()).extracting(AuditableAction::name).contains("USER_CREATED", "SIGN_IN");
        assertThat(missing).isEmpty();
    }

    /** Every enum implementing {@link AuditableAction} in the application's main code. */
    static List<AuditableAction> portalActions() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditableAction.class));
        return scanner.findCandidateComponents("com.medvisionlab").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
                .filter(type -> type.isEnum()
                        && !type.getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toString()
                                .contains("test-classes"))
                .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(AuditableAction.class::cast))
                .toList();
    }
}
