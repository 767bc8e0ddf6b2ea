package org.eventtimeline.web;

import java.io.InputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /embed?person=…&year=…}: a page that draws one timeline, to put in an iframe. The page reads its filters
 * from its own address; every script and stylesheet it needs comes from this service.
 */
@Path("/embed")
public class EmbedResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public InputStream page() {
        return EmbedResource.class.getClassLoader().getResourceAsStream("META-INF/resources/assets/embed.html");
    }
}
