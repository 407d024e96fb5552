"""Writes of the shell that feature apps share."""

from django.db import transaction
from wagtail.models import Locale


class WriteOriginalText:
    """Writes the words of a record that is one row for every language (an
    organisation's description, a speaker's role) as first written, which
    wagtail-localize translates from: editors keep writing them on the
    record's own form, and the translations then show as out of date.
    Clearing the words removes them in every language."""

    def __init__(self, versions, field, text):
        self.versions = versions
        self.field = field
        self.text = text.strip()

    @transaction.atomic
    def execute(self):
        original = self.versions.order_by("pk").first()
        if not self.text:
            self.versions.all().delete()
        elif original is None:
            self.versions.create(locale=Locale.get_default(), **{self.field: self.text})
        elif getattr(original, self.field) != self.text:
            setattr(original, self.field, self.text)
            original.save(update_fields=[self.field])
