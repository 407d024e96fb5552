/* Live comment threads: the consultation page's socket (the shell's
 * iris/js/live.js keeps the connection and the numbers).
 *
 * The page works without this script. With it, new comments, replies,
 * moderation decisions and answers appear in place, rendered by the server
 * (the fragment the page itself includes), and are announced politely to
 * screen readers. */
(function () {
    "use strict";

    var root = document.querySelector("[data-live-path]");
    if (!root || !window.IrisLive || !IrisLive.supported) {
        return;
    }
    var readers = root.querySelector("[data-live-readers]");
    var awaiting = root.querySelector("[data-live-awaiting]");
    // Narrowed to the threads begun in one language (?language=), the page
    // takes no new thread in another, nor the counts of every language.
    var language = new URLSearchParams(window.location.search).get("language");

    function inLanguageShown(html) {
        var text = IrisLive.fragment(html).querySelector(".comment__text");
        return !language || !text || text.lang === language;
    }

    function show(frame) {
        var existing = document.getElementById("comment-" + frame.comment);
        var thread = document.getElementById("comments-" + (frame.part || "draft"));
        if (frame.kind === "comment_removed") {
            if (existing) {
                existing.remove();
            }
        } else if (existing) {
            IrisLive.replace(existing, frame.html);
        } else if (frame.parent) {
            var parent = document.getElementById("comment-" + frame.parent);
            var parentThread = parent && parent.closest(".thread");
            if (parentThread) {
                var replies = parentThread.querySelector(".thread__replies");
                if (!replies) {
                    replies = document.createElement("ol");
                    replies.className = "thread__replies";
                    parentThread.appendChild(replies);
                }
                var item = document.createElement("li");
                item.appendChild(IrisLive.fragment(frame.html));
                replies.appendChild(item);
            }
        } else if (thread && inLanguageShown(frame.html)) {
            var threads = thread.querySelector(".threads");
            if (!threads) {
                threads = document.createElement("ol");
                threads.className = "threads";
                var more = thread.querySelector(".part-comments__more");
                thread.insertBefore(threads, more);
            }
            var entry = document.createElement("li");
            entry.className = "thread";
            entry.appendChild(IrisLive.fragment(frame.html));
            threads.appendChild(entry);
        }
        if (frame.counts && thread && !language) {
            var count = thread.querySelector(".part-comments__count");
            if (count) {
                // A part without comments shows no count at all.
                count.textContent = frame.counts.comments ? frame.counts.label : "";
            }
        }
    }

    IrisLive.open(root, {
        streams: {public: "after", moderators: "moderators_after"},
        onEvent: function (frame) {
            if (frame.stream === "public") {
                IrisLive.keepingScroll(function () { show(frame); });
            } else if (awaiting) {
                awaiting.textContent = frame.awaiting_label;
                awaiting.hidden = false;
            }
        },
        onFrame: function (frame) {
            if (frame.type === "readers" && readers) {
                readers.textContent = frame.label;
            }
        }
    });
}());
