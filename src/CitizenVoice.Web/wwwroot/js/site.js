// Progressive enhancement for the portal. Every page works without this file; it only hides fields that do not
// apply, counts characters, fills the commune field from the picker and wires the print button.
// Loaded as a file with `defer` because the Content-Security-Policy forbids inline scripts.
(function () {
    "use strict";

    function kindForm(form) {
        var kindInputs = form.querySelectorAll("input[name='kind']");
        if (kindInputs.length === 0) {
            return;
        }

        function update() {
            var checked = form.querySelector("input[name='kind']:checked");
            var kind = checked ? checked.value : "";
            form.querySelectorAll("[data-show-for-kind]").forEach(function (section) {
                var kinds = section.getAttribute("data-show-for-kind").split(" ");
                section.hidden = kinds.indexOf(kind) < 0;
            });
            form.querySelectorAll("[data-nojs-note]").forEach(function (note) {
                note.hidden = true;
            });
            if (kind !== "phan-anh") {
                var anonymous = form.querySelector("input[name='anonymous']");
                if (anonymous) {
                    anonymous.checked = false;
                }
            }
        }

        kindInputs.forEach(function (input) {
            input.addEventListener("change", update);
        });
        update();
    }

    function characterCounts(root) {
        root.querySelectorAll("[data-count-for]").forEach(function (counter) {
            var field = document.getElementById(counter.getAttribute("data-count-for"));
            if (!field) {
                return;
            }

            var template = counter.getAttribute("data-template") || "{0}";
            function update() {
                counter.textContent = template.replace("{0}", field.value.length.toLocaleString(document.documentElement.lang));
            }

            field.addEventListener("input", update);
            update();
        });
    }

    function communePicker() {
        // A picked suggestion (a radio named communeCode) puts its name into the text field the citizen typed in.
        document.addEventListener("change", function (event) {
            var option = event.target;
            if (!option.matches || !option.matches("input[name='communeCode']")) {
                return;
            }

            var field = document.getElementById("commune");
            if (field && option.checked) {
                field.value = option.getAttribute("data-name") || field.value;
            }
        });
    }

    function printButtons() {
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function (event) {
                event.preventDefault();
                window.print();
            });
        });
    }

    function focusErrorSummary() {
        var summary = document.querySelector(".error-summary");
        if (summary) {
            summary.focus();
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("form[data-submission-form]").forEach(kindForm);
        characterCounts(document);
        communePicker();
        printButtons();
        focusErrorSummary();
        document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });
    });
})();
