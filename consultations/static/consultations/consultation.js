/* The consultation page, which works without this script: on wide screens
 * the table of contents opens beside the draft, where it stays in view (on
 * phones it stays folded above it); and a change of language keeps the part
 * or comment the reader is at. Parts and comments keep their ids in every
 * translation, but a #fragment never reaches the server that builds the
 * language links, so it is added to them here. */
(function () {
    "use strict";

    var contents = document.querySelector("[data-contents]");
    var wide = window.matchMedia("(min-width: 64rem)");

    function fitContents() {
        if (contents) {
            contents.open = wide.matches;
        }
    }

    function keepFragment() {
        var links = document.querySelectorAll(".language-switcher a[hreflang]");
        Array.prototype.forEach.call(links, function (link) {
            link.hash = window.location.hash;
        });
    }

    fitContents();
    wide.addEventListener("change", fitContents);
    keepFragment();
    window.addEventListener("hashchange", keepFragment);
}());
