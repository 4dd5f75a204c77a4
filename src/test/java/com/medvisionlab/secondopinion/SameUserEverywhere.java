package com.medvisionlab.secondopinion;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * {@code @WithMockUser} signs in through the test context's {@link SecurityContextHolderStrategy} bean (Vaadin's,
 * one per context), while the services read the static holder, which with several cached test contexts may hold
 * another context's strategy. Copies the user there too, so both agree (in the running portal they are the same).
 */
final class SameUserEverywhere {

    private SameUserEverywhere() {}

    static void mirror(ApplicationContext context) {
        var own = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContextHolder.getContext().setAuthentication(own.getContext().getAuthentication());
    }

    static void clear() {
        SecurityContextHolder.clearContext();
    }
}
