// Back-office enhancements. Every page works without this file. htmx requests that are not form posts still need
// the antiforgery token: it is read from the page's meta tag and sent as a header.
(function () {
    "use strict";
    // Fast-entry forms (the reception desk): Enter in a one-line field moves to the next field, as officers expect
    // from paper-like forms; in the field marked data-last-field it saves. Without this script, Enter simply saves.
    document.addEventListener("keydown", function (event) {
        var field = event.target;
        if (event.key !== "Enter" || event.shiftKey || event.ctrlKey || event.altKey || !field.form
            || !field.form.hasAttribute("data-enter-advances") || !field.matches("input:not([type=submit]):not([type=button]):not([type=file]), select")) {
            return;
        }

        if (field.hasAttribute("data-last-field")) {
            return;
        }

        event.preventDefault();
        var focusable = Array.prototype.filter.call(
            field.form.querySelectorAll("input, select, textarea, button"),
            function (el) { return !el.disabled && el.tabIndex >= 0 && el.offsetParent !== null && el.type !== "hidden"; });
        var next = focusable[focusable.indexOf(field) + 1];
        if (next) {
            next.focus();
        }
    });

    document.addEventListener("htmx:configRequest", function (event) {
        var meta = document.querySelector("meta[name='csrf-token']");
        if (meta) {
            event.detail.headers["X-CSRF-TOKEN"] = meta.getAttribute("content");
        }
    });
})();
