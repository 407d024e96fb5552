/* A hearing's live board (the shell's iris/js/live.js keeps the connection
 * and the numbers). The page works without this script; with it, posts,
 * votes, answers and hidden posts appear in place as they happen, rendered
 * by the server (the fragment the page itself includes). */
(function () {
    "use strict";

    var root = document.querySelector("[data-live-path]");
    var list = document.getElementById("board-posts");
    if (!root || !list || !window.IrisLive || !IrisLive.supported) {
        return;
    }
    var empty = document.querySelector("[data-board-empty]");

    function show(frame) {
        var existing = document.getElementById("board-post-" + frame.post);
        if (existing) {
            IrisLive.replace(existing, frame.html);
            return;
        }
        var item = document.createElement("li");
        item.className = "board__item";
        item.appendChild(IrisLive.fragment(frame.html));
        list.appendChild(item);
        if (empty) {
            empty.hidden = true;
        }
    }

    IrisLive.open(root, {
        streams: {public: "after"},
        onEvent: function (frame) {
            if (frame.html) {
                IrisLive.keepingScroll(function () { show(frame); });
            }
        }
    });
}());
