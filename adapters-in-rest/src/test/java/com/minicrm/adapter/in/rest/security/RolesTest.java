package com.minicrm.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.apikey.ApiKeyScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.security.Principal;
import org.junit.jupiter.api.Test;

class RolesTest {
    @Test
    void theRoleNamesAreTheScopesOwnNames() {
        assertThat(Roles.INGEST).isEqualTo(ApiKeyScope.INGEST.value());
        assertThat(Roles.READ).isEqualTo(ApiKeyScope.READ.value());
        assertThat(Roles.MANAGE).isEqualTo(ApiKeyScope.MANAGE.value());
    }

    @RolesAllowed(Roles.READ)
    static class Resource {
        public void list() {}

        @RolesAllowed(Roles.MANAGE)
        public void create() {}
    }

    @Test
    void aRefusalNamesTheMethodsScopeOrElseTheClasss() throws NoSuchMethodException {
        Principal key = () -> "api-key:shop sync";
        assertThat(RequiredScope.refusal(info(Resource.class.getMethod("create")), key)).contains("API key lacks the 'manage' scope");
        assertThat(RequiredScope.refusal(info(Resource.class.getMethod("list")), key)).contains("'read' scope");
        assertThat(RequiredScope.refusal(info(Object.class.getMethod("toString")), key)).doesNotContain("scope");
        assertThat(RequiredScope.refusal(info(Resource.class.getMethod("create")), () -> "asha@example.com"))
                .startsWith("Signed-in marketers may not use this operation").contains("'manage' scope");
    }

    private static ResourceInfo info(Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return method.getDeclaringClass();
            }
        };
    }
}
