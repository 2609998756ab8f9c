package com.minicrm.adapter.in.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's OpenAPI identity and its API-key scheme, so Swagger UI can send the key. */
@OpenAPIDefinition(info = @Info(title = "Mini CRM API", version = "1",
        description = "Ingest customers and orders, build segments, run campaigns."))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key: 'Authorization: Bearer <key>'. Each operation lists the scope the key needs"
                + " (ingest, read or manage); a key without it gets 403.")
public class ApiDefinition extends Application {}
