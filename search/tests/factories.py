"""Builders for the search tests: plain Wagtail pages, which this app offers
to search itself, as any feature app offers its own page model."""

from wagtail.models import Page

from accounts.tests.factories import PageFactory
from iris_site import hooks


class WebPageFactory(PageFactory):
    class Meta:
        model = Page


def offer_web_pages():
    return hooks.SearchableContent(model=Page, label="Web page")
