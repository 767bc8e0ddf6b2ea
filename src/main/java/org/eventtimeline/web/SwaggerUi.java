package org.eventtimeline.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Swagger UI at {@code /q/swagger-ui/}: the page is a static file that loads Swagger UI's webjar over
 * {@code /openapi}; this sends the address without its slash there too.
 */
@ApplicationScoped
public class SwaggerUi {

    void route(@Observes Router router) {
        router.get("/q/swagger-ui").handler(context -> {
            if (context.request().path().endsWith("/")) {
                context.next();
            } else {
                context.redirect("/q/swagger-ui/");
            }
        });
    }
}
