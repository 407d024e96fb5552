"""Every public page carries a search box in its header that works by
keyboard and without JavaScript: a plain GET form to the search page."""

import pytest
from bs4 import BeautifulSoup

from search.tests.factories import WebPageFactory, result_titles

pytestmark = pytest.mark.django_db


def header_search(response):
    return BeautifulSoup(response.content, "html.parser").select_one("header form[role=search]")


@pytest.mark.parametrize("path", ["/en/", "/de/", "/en/accounts/login/"])
def test_every_page_has_a_labelled_search_box_in_its_header(client, translated_home, path):
    form = header_search(client.get(path))

    language = path.split("/")[1]
    assert form["method"] == "get"
    assert form["action"] == f"/{language}/search/"
    field = form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": field["id"]}).get_text(strip=True)
    assert form.find("datalist", id=field["list"])["data-url"] == f"/{language}/search/suggestions/"
    assert form.find("button", type="submit")


def test_the_header_box_searches_as_the_search_page_does(
    committed, client, translated_home, web_pages_searchable
):
    with committed():
        WebPageFactory(parent=translated_home["en"], title="Asylum procedure")
    form = header_search(client.get("/en/"))

    response = client.get(form["action"], {form.find("input")["name"]: "asylum"})

    assert result_titles(response) == ["Asylum procedure"]


def test_the_search_page_keeps_one_search_box(client, translated_home):
    page = BeautifulSoup(client.get("/en/search/?q=asylum").content, "html.parser")

    assert header_search(client.get("/en/search/")) is None
    assert len(page.select("form[role=search]")) == 1
    ids = [element["id"] for element in page.select("[id]")]
    assert len(ids) == len(set(ids))
