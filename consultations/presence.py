"""How many people are reading a consultation now, across every process.

The store is a swappable backend named in ``settings.LIVE_THREADS["READERS"]``
(``{"CLASS": ..., "OPTIONS": ...}``): in one process the sockets are counted in
memory; with Redis every socket is a member of a sorted set that expires unless
its socket refreshes it, so a process that dies stops being counted within
``expiry`` seconds. Changes are announced to the readers at most once per
``ANNOUNCE_DELAY`` per process: a hundred people arriving at once cost a few
announcements, not a hundred times a hundred frames."""

import asyncio
import functools
import time
import weakref
from collections import defaultdict

import redis.asyncio
from channels.layers import get_channel_layer
from django.conf import settings
from django.utils.module_loading import import_string


class LocalReaders:
    """The sockets of this process: right while the site runs as one process."""

    refresh_every = None

    def __init__(self):
        self.channels = defaultdict(set)

    async def join(self, consultation_id, channel):
        self.channels[consultation_id].add(channel)

    async def refresh(self, consultation_id, channel):
        """Nothing to refresh: a socket is counted until it closes."""

    async def leave(self, consultation_id, channel):
        self.channels[consultation_id].discard(channel)
        if not self.channels[consultation_id]:
            del self.channels[consultation_id]

    async def count(self, consultation_id):
        return len(self.channels.get(consultation_id, ()))


class RedisReaders:
    """The sockets of every process, in Redis: one sorted set per
    consultation, each socket's channel name scored with the time it stops
    counting unless refreshed."""

    def __init__(self, url, expiry=90, prefix="iris:readers:"):
        self.url = url
        self.expiry = expiry
        self.prefix = prefix
        self.refresh_every = expiry / 3
        # A Redis client belongs to the event loop it was made in.
        self.clients = weakref.WeakKeyDictionary()

    def client(self):
        loop = asyncio.get_running_loop()
        if loop not in self.clients:
            self.clients[loop] = redis.asyncio.from_url(self.url)
        return self.clients[loop]

    def key(self, consultation_id):
        return f"{self.prefix}{consultation_id}"

    async def join(self, consultation_id, channel):
        await self.refresh(consultation_id, channel)

    async def refresh(self, consultation_id, channel):
        key = self.key(consultation_id)
        async with self.client().pipeline(transaction=False) as pipe:
            pipe.zadd(key, {channel: time.time() + self.expiry})
            pipe.expire(key, self.expiry)
            await pipe.execute()

    async def leave(self, consultation_id, channel):
        await self.client().zrem(self.key(consultation_id), channel)

    async def count(self, consultation_id):
        key = self.key(consultation_id)
        async with self.client().pipeline(transaction=False) as pipe:
            pipe.zremrangebyscore(key, "-inf", time.time())
            pipe.zcard(key)
            _removed, count = await pipe.execute()
        return count


@functools.cache
def readers():
    """The readers backend the settings name, made once per process."""
    config = settings.LIVE_THREADS["READERS"]
    return import_string(config["CLASS"])(**config.get("OPTIONS", {}))


class ReadersAnnouncer:
    """Tells a consultation's readers how many they are, soon after it changes."""

    def __init__(self):
        self.pending = {}

    async def changed(self, consultation_id, group):
        delay = settings.LIVE_THREADS["READERS_ANNOUNCE_DELAY"]
        if not delay:
            await self.announce(consultation_id, group)
        elif group not in self.pending:
            self.pending[group] = asyncio.create_task(
                self.announce_later(delay, consultation_id, group)
            )

    async def announce_later(self, delay, consultation_id, group):
        await asyncio.sleep(delay)
        del self.pending[group]
        await self.announce(consultation_id, group)

    async def announce(self, consultation_id, group):
        count = await readers().count(consultation_id)
        await get_channel_layer().group_send(group, {"type": "live.readers", "count": count})


announcer = ReadersAnnouncer()
