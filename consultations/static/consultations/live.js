/* Live comment threads: the consultation page's socket.
 *
 * The page works without this script. With it, new comments, replies,
 * moderation decisions and answers appear in place, rendered by the server
 * (the fragment the page itself includes), and are announced politely to
 * screen readers. Every event carries a number per stream; the script keeps
 * the last number seen and sends it when it reconnects, so the server sends
 * what was missed and nothing twice. */
(function () {
    "use strict";

    var root = document.querySelector("[data-live-path]");
    if (!root || !("WebSocket" in window)) {
        return;
    }
    var announcer = document.querySelector("[data-live-announcer]");
    var readers = root.querySelector("[data-live-readers]");
    var stateText = root.querySelector("[data-live-state-text]");
    var awaiting = root.querySelector("[data-live-awaiting]");
    var stale = root.querySelector("[data-live-stale]");

    // Close codes after which trying again would not help (consumers.CloseCode).
    var FINAL = [1009, 4400, 4404];
    var STREAM_KEYS = {public: "after", moderators: "moderators_after"};
    var HEARTBEAT_MS = 25000;
    var SILENCE_MS = 35000;
    var BACKOFF_MS = 1000;
    var BACKOFF_MAX_MS = 30000;

    var last = {public: Number(root.dataset.liveAfter || 0)};
    if (root.dataset.liveModeratorsAfter !== undefined) {
        last.moderators = Number(root.dataset.liveModeratorsAfter);
    }
    var socket = null;
    var attempt = 0;
    var retry = null;
    var heardAt = 0;

    function setState(state) {
        root.dataset.liveState = state;
        var text = root.dataset["liveText" + state.charAt(0).toUpperCase() + state.slice(1)];
        if (stateText && text) {
            stateText.textContent = text;
        }
    }

    function address() {
        var scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
        var query = Object.keys(last).map(function (stream) {
            return STREAM_KEYS[stream] + "=" + last[stream];
        });
        return scheme + "//" + window.location.host + root.dataset.livePath + "?" + query.join("&");
    }

    function connect() {
        clearTimeout(retry);
        if (socket || !navigator.onLine) {
            return;
        }
        setState("connecting");
        socket = new WebSocket(address());
        socket.addEventListener("open", function () {
            attempt = 0;
            heardAt = Date.now();
            setState("open");
        });
        socket.addEventListener("message", function (message) {
            heardAt = Date.now();
            handle(JSON.parse(message.data));
        });
        socket.addEventListener("close", function (closing) {
            socket = null;
            if (FINAL.indexOf(closing.code) !== -1) {
                setState("stopped");
            } else if (!navigator.onLine) {
                setState("offline");
            } else {
                setState("reconnecting");
                // Exponential back-off with jitter: readers of a restarted
                // server do not all come back in the same second.
                var ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_MS * Math.pow(2, attempt));
                attempt += 1;
                retry = setTimeout(connect, ceiling / 2 + Math.random() * ceiling / 2);
            }
        });
    }

    function handle(frame) {
        if (frame.type === "event") {
            if (!(frame.stream in last) || frame.sequence <= last[frame.stream]) {
                return;
            }
            last[frame.stream] = frame.sequence;
            if (frame.stream === "public") {
                keepingScroll(function () { show(frame); });
            } else if (awaiting) {
                awaiting.textContent = frame.awaiting_label;
                awaiting.hidden = false;
            }
            if (frame.announce) {
                announce(frame.announce);
            }
        } else if (frame.type === "readers" && readers) {
            readers.textContent = frame.label;
        } else if (frame.type === "stale" && stale) {
            stale.hidden = false;
        } else if (frame.type === "error" && frame.code === "unknown_sequence") {
            last[frame.stream] = frame.sequence;
        }
    }

    function fragment(html) {
        var template = document.createElement("template");
        template.innerHTML = html.trim();
        return template.content.firstElementChild;
    }

    function show(frame) {
        var existing = document.getElementById("comment-" + frame.comment);
        var thread = document.getElementById("comments-" + (frame.part || "draft"));
        if (frame.kind === "comment_removed") {
            if (existing) {
                existing.remove();
            }
        } else if (existing) {
            var hadFocus = existing.contains(document.activeElement);
            var node = fragment(frame.html);
            existing.replaceWith(node);
            if (hadFocus) {
                node.setAttribute("tabindex", "-1");
                node.focus({preventScroll: true});
            }
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
                item.appendChild(fragment(frame.html));
                replies.appendChild(item);
            }
        } else if (thread) {
            var threads = thread.querySelector(".threads");
            if (!threads) {
                threads = document.createElement("ol");
                threads.className = "threads";
                var more = thread.querySelector(".part-comments__more");
                thread.insertBefore(threads, more);
            }
            var entry = document.createElement("li");
            entry.className = "thread";
            entry.appendChild(fragment(frame.html));
            threads.appendChild(entry);
        }
        if (frame.counts && thread) {
            var count = thread.querySelector(".part-comments__count");
            if (count) {
                // A part without comments shows no count at all.
                count.textContent = frame.counts.comments ? frame.counts.label : "";
            }
        }
    }

    // What the reader looks at stays where it is when something above it grows.
    function keepingScroll(change) {
        var anchor = document.elementFromPoint(window.innerWidth / 2, 1);
        var before = anchor ? anchor.getBoundingClientRect().top : 0;
        change();
        if (anchor && anchor.isConnected) {
            var moved = anchor.getBoundingClientRect().top - before;
            if (moved) {
                window.scrollBy(0, moved);
            }
        }
    }

    function announce(text) {
        if (!announcer) {
            return;
        }
        announcer.textContent = "";
        window.setTimeout(function () { announcer.textContent = text; }, 50);
    }

    // A socket can die without a close (a laptop asleep, a proxy gone):
    // silence after a ping means it is gone.
    window.setInterval(function () {
        if (!socket || socket.readyState !== WebSocket.OPEN) {
            return;
        }
        if (Date.now() - heardAt > SILENCE_MS) {
            socket.close();
        } else {
            socket.send(JSON.stringify({type: "ping"}));
        }
    }, HEARTBEAT_MS);

    window.addEventListener("offline", function () {
        if (socket) {
            socket.close();
        }
        setState("offline");
    });
    window.addEventListener("online", function () {
        attempt = 0;
        connect();
    });

    root.hidden = false;
    connect();
}());
