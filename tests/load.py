"""Many readers at once against a site served on this machine, for the
concurrency test and the benches: asyncio clients sharing one httpx pool,
each fetching the next address as soon as its last answer came. Bounded in
time and in count; loopback addresses only."""

import asyncio
import logging
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from ipaddress import ip_address
from urllib.parse import urlsplit

import httpx

LOOPBACK_NAMES = {"localhost"}


@dataclass
class Load:
    """What the clients saw: each answer's time, the statuses, and the
    requests that got no answer at all, by the error's name."""

    seconds: float = 0.0
    durations: list = field(default_factory=list)  # milliseconds
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)

    @property
    def per_second(self):
        return len(self.durations) / self.seconds if self.seconds else 0.0

    def percentile(self, share):
        if not self.durations:
            return float("nan")
        ordered = sorted(self.durations)
        return ordered[min(len(ordered) - 1, round(share * len(ordered)) - 1)]

    @property
    def median(self):
        return statistics.median(self.durations) if self.durations else float("nan")

    @property
    def server_errors(self):
        return sum(count for status, count in self.statuses.items() if status >= 500)

    @property
    def failures(self):
        """Server errors and requests without an answer."""
        return self.server_errors + sum(self.errors.values())


def require_loopback(base_url):
    host = urlsplit(base_url).hostname or ""
    if host not in LOOPBACK_NAMES and not ip_address(host).is_loopback:
        raise ValueError(f"load is only ever sent to this machine, not to {host}")


async def _run(base_url, send, clients, seconds, max_requests, headers):
    load = Load()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    timeout = httpx.Timeout(120.0, connect=30.0, pool=None)
    sent = 0
    async with httpx.AsyncClient(
        base_url=base_url, limits=limits, timeout=timeout, headers=headers
    ) as http:
        deadline = time.monotonic() + seconds

        async def client(number):
            nonlocal sent
            turn = number
            while time.monotonic() < deadline and sent < max_requests:
                sent += 1
                start = time.perf_counter()
                try:
                    response = await send(http, turn)
                except httpx.HTTPError as error:
                    load.errors[type(error).__name__] += 1
                    continue
                finally:
                    turn += clients
                load.durations.append((time.perf_counter() - start) * 1000)
                load.statuses[response.status_code] += 1

        started = time.monotonic()
        await asyncio.gather(*(client(number) for number in range(clients)))
        load.seconds = time.monotonic() - started
    return load


def send_concurrently(base_url, send, clients, seconds, max_requests=1_000_000, headers=None):
    """``clients`` clients each await ``send(http, turn)`` (an httpx request
    on the shared ``http`` client; ``turn`` counts 0, 1, 2... over all of
    them) one after the other for ``seconds``, at most ``max_requests`` in all."""
    require_loopback(base_url)
    # httpx logs each request at INFO: thousands of lines, and time taken from the clients.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return asyncio.run(_run(base_url, send, clients, seconds, max_requests, headers))


def read_concurrently(base_url, paths, clients, seconds, max_requests=1_000_000, headers=None):
    """``clients`` readers GET ``paths`` in turn for ``seconds`` (at most
    ``max_requests`` requests in all) from the site at ``base_url``."""

    def read(http, turn):
        return http.get(paths[turn % len(paths)])

    return send_concurrently(base_url, read, clients, seconds, max_requests, headers)
