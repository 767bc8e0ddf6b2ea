// Swagger UI over the service's own contract (a script file, not inline, so a strict Content-Security-Policy allows it)
window.ui = SwaggerUIBundle({ url: "/openapi", dom_id: "#swagger-ui", deepLinking: true });
