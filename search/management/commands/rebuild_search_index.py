"""Rebuild the search index from the live pages, without downtime: the engine
fills a new index (a new alias target, or one database transaction) and
search answers from the old one until it is complete."""

from django.core.management.base import BaseCommand, CommandError

from search.backends import SearchUnavailable, get_backend
from search.documents import entry_for, live_pages


class Command(BaseCommand):
    help = "Rebuild the site search index from the live pages."

    def handle(self, *args, **options):
        backend = get_backend()
        counted = {"pages": 0}

        def entries():
            for page in live_pages().iterator(chunk_size=200):
                entry = entry_for(page)
                if entry is not None:
                    counted["pages"] += 1
                    yield entry

        try:
            backend.rebuild(entries())
        except SearchUnavailable as error:
            raise CommandError(f"The search engine did not answer: {error}") from error
        self.stdout.write(f"Indexed {counted['pages']} pages with the {backend.name} engine.")
