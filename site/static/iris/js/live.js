/* The live socket every live stream shares (a consultation's threads, a
 * hearing's board): the client half of iris_site.consumers.
 *
 * IrisLive.open(root, {streams, onEvent, onFrame}) reads the socket's address
 * and the last event numbers from the root element's data attributes
 * (data-live-path, data-live-after; other streams as data-live-<stream>-after),
 * keeps the last number seen per stream and sends it when it reconnects, so
 * the server sends what was missed and nothing twice. It shows the state of
 * the connection (data-live-text-<state>), pings every 25 s, treats 35 s of
 * silence as a dead socket, closes on "offline", reconnects on "online" and
 * otherwise with exponential back-off. The feature's script renders the
 * events: onEvent(frame) for each new one, onFrame(frame) for other frames. */
(function () {
    "use strict";

    // Close codes after which trying again would not help (iris_site.consumers.CloseCode).
    var FINAL = [1009, 4400, 4404];
    var HEARTBEAT_MS = 25000;
    var SILENCE_MS = 35000;
    var BACKOFF_MS = 1000;
    var BACKOFF_MAX_MS = 30000;

    function open(root, options) {
        var streams = options.streams || {public: "after"};
        var stateText = root.querySelector("[data-live-state-text]");
        var stale = root.querySelector("[data-live-stale]");
        var announcer = document.querySelector("[data-live-announcer]");
        var last = {};
        Object.keys(streams).forEach(function (stream) {
            var attribute = stream === "public" ? "liveAfter" : "live" + capitalised(stream) + "After";
            if (root.dataset[attribute] !== undefined) {
                last[stream] = Number(root.dataset[attribute]);
            }
        });
        var socket = null;
        var attempt = 0;
        var retry = null;
        var heardAt = 0;

        function capitalised(word) {
            return word.charAt(0).toUpperCase() + word.slice(1);
        }

        function setState(state) {
            root.dataset.liveState = state;
            var text = root.dataset["liveText" + capitalised(state)];
            if (stateText && text) {
                stateText.textContent = text;
            }
        }

        function address() {
            var scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
            var query = Object.keys(last).map(function (stream) {
                return streams[stream] + "=" + last[stream];
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
                options.onEvent(frame);
                if (frame.announce) {
                    announce(frame.announce);
                }
            } else if (frame.type === "stale" && stale) {
                stale.hidden = false;
            } else if (frame.type === "error" && frame.code === "unknown_sequence") {
                last[frame.stream] = frame.sequence;
            } else if (options.onFrame) {
                options.onFrame(frame);
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
    }

    // Server-rendered HTML (the fragment the page itself includes) as a node.
    function fragment(html) {
        var template = document.createElement("template");
        template.innerHTML = html.trim();
        return template.content.firstElementChild;
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

    // Swap a changed fragment in place, keeping the reader's focus in it.
    function replace(existing, html) {
        var hadFocus = existing.contains(document.activeElement);
        var node = fragment(html);
        existing.replaceWith(node);
        if (hadFocus) {
            node.setAttribute("tabindex", "-1");
            node.focus({preventScroll: true});
        }
        return node;
    }

    window.IrisLive = {
        supported: "WebSocket" in window,
        open: open,
        fragment: fragment,
        keepingScroll: keepingScroll,
        replace: replace
    };
}());
