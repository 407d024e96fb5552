"""What every operation of the read API shares (iris_site.api): the schema at
a stable address, refusals in words, the rate limit of anonymous readers,
CORS for reading from other sites, and Wagtail's API v2 of public content only."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from iris_site.models import ContentPage

pytestmark = pytest.mark.django_db


def test_schema_is_served_at_a_stable_address(client):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["version"] == "1"
    assert "/api/v1/organisations/" in schema["paths"]
    assert all(set(operations) == {"get"} for operations in schema["paths"].values())


def test_unknown_query_parameter_is_refused_by_name(client):
    response = client.get("/api/v1/organisations/", {"contry": "RS"})

    assert response.status_code == 400
    assert response.json() == {"detail": "Unknown query parameter: contry."}


def test_writing_is_not_allowed(client):
    assert client.post("/api/v1/organisations/").status_code == 405


def test_anonymous_readers_beyond_the_limit_wait(client, settings):
    settings.IRIS_API_RATE_LIMIT = "3/m"

    answers = [client.get("/api/v1/organisations/") for _ in range(4)]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    assert answers[-1].json() == {"detail": "Too many requests."}
    assert 0 < int(answers[-1]["Retry-After"]) <= 60
    # Wagtail's API counts against the same limit, with the same answer.
    refused = client.get("/api/wagtail/v2/pages/")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0


def test_other_sites_may_read_but_not_write(client):
    reading = client.get("/api/v1/organisations/", headers={"Origin": "https://example.org"})
    preflight = client.options(
        "/api/v1/organisations/",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"},
    )
    page = client.get("/healthz", headers={"Origin": "https://example.org"})

    assert reading["Access-Control-Allow-Origin"] == "*"
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in page


def test_missing_item_is_a_json_404_not_a_redirect(client):
    response = client.get("/api/v1/organisations/999999")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_wagtail_api_serves_live_public_pages_only(client, home_page):
    public = ContentPage(title="Public page", slug="public")
    home_page.add_child(instance=public)
    private = ContentPage(title="Members' page", slug="members")
    home_page.add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = ContentPage(title="Draft page", slug="draft", live=False)
    home_page.add_child(instance=draft)

    titles = {item["title"] for item in client.get("/api/wagtail/v2/pages/").json()["items"]}

    assert "Public page" in titles
    assert not titles & {"Members' page", "Draft page"}
    assert client.get(f"/api/wagtail/v2/pages/{private.pk}/").status_code == 404


def test_wagtail_api_leaves_out_documents_of_private_collections(client):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Board papers")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    Document = get_document_model()
    Document.objects.create(title="Annual report", file=ContentFile(b"%PDF-", name="a.pdf"))
    secret = Document.objects.create(
        title="Board minutes", collection=private, file=ContentFile(b"%PDF-", name="b.pdf")
    )

    titles = {item["title"] for item in client.get("/api/wagtail/v2/documents/").json()["items"]}

    assert titles == {"Annual report"}
    assert client.get(f"/api/wagtail/v2/documents/{secret.pk}/").status_code == 404
