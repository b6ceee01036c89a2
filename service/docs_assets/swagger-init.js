// Starts Swagger UI on /docs. A file, not an inline script, so the page runs under a
// Content-Security-Policy without 'unsafe-inline' scripts.
window.addEventListener("DOMContentLoaded", () => {
  const root = document.body.dataset.root || "";
  window.ui = SwaggerUIBundle({
    url: root + "/openapi.json",
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
  });
});
