// Back-office enhancements. Every page works without this file. htmx requests that are not form posts still need
// the antiforgery token: it is read from the page's meta tag and sent as a header.
(function () {
    "use strict";
    document.addEventListener("htmx:configRequest", function (event) {
        var meta = document.querySelector("meta[name='csrf-token']");
        if (meta) {
            event.detail.headers["X-CSRF-TOKEN"] = meta.getAttribute("content");
        }
    });
})();
