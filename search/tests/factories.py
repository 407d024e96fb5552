"""Builders for the search tests: plain Wagtail pages, which this app offers
to search itself, as any feature app offers its own page model."""

import re

from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from accounts.tests.factories import PageFactory
from iris_site import hooks


class WebPageFactory(PageFactory):
    class Meta:
        model = Page


def offer_web_pages():
    return hooks.SearchableContent(model=Page, label="Web page")


def search(client, query=None, language="en", **params):
    """The search page as a reader in ``language`` asks for it."""
    with translation.override(language):
        url = reverse("search_results")
    if query is not None:
        params["q"] = query
    return client.get(url, params)


def result_titles(response):
    return re.findall(
        r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )
