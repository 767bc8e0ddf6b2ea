package org.eventtimeline.api;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem ("about:blank": the status says it all)
 * @param title    the status's short name
 * @param status   the HTTP status
 * @param detail   what was wrong with this request, for a person to read
 * @param instance the request path
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
