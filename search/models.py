"""The database engine's index: one row per live page that apps offer to
search, the values it is counted under, and (created by the migrations, per
database) a full-text table of its folded and stemmed terms."""

from django.db import models


class SearchEntry(models.Model):
    key = models.CharField(max_length=64, unique=True)
    page_id = models.BigIntegerField(db_index=True)
    content_type = models.CharField(max_length=100)
    url = models.CharField(max_length=500)
    language = models.CharField(max_length=10)
    date = models.DateTimeField(null=True, db_index=True)
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    files = models.TextField(blank=True)
    type = models.CharField(max_length=100, blank=True)
    year = models.PositiveSmallIntegerField(null=True)
    # When the page was read (search.documents.IndexEntry.version).
    version = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "search entry"
        verbose_name_plural = "search entries"

    def __str__(self):
        return self.title


class SearchFacet(models.Model):
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=30)
    value = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["name", "value", "entry"])]
        constraints = [
            models.UniqueConstraint(fields=["entry", "name", "value"], name="unique_search_facet")
        ]

    def __str__(self):
        return f"{self.name}={self.value}"


class SearchTerm(models.Model):
    """The words of indexed titles: what "did you mean" proposes."""

    term = models.CharField(max_length=100, unique=True)

    def __str__(self):
        return self.term
