// Swagger UI from this server's own copy (npm swagger-ui-dist), reading the app's OpenAPI description.
(function () {
  'use strict';
  var host = document.getElementById('swagger-ui');
  if (!host) { return; }
  if (typeof SwaggerUIBundle === 'undefined') {
    host.textContent = 'Swagger UI is missing (run scripts/build_static.sh). The OpenAPI description is at ' + host.getAttribute('data-spec') + '.';
    return;
  }
  SwaggerUIBundle({
    url: host.getAttribute('data-spec'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null, // the default validator is an outside service
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
})();
