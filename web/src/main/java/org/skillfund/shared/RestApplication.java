package org.skillfund.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under {@code /skillfund/api}; every resource is versioned below it. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Skillfund API",
            version = "v1",
            description =
                "Training product catalogue and audit trail of the Skillfund vocational training"
                    + " funding scheme. Errors are RFC 9457 application/problem+json."))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "Skillfund user name and password")
public class RestApplication extends Application {}
