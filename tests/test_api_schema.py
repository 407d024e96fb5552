"""The read API against its own OpenAPI schema (issue 17): schemathesis makes
at least 200 requests to every operation from the schema served at
/api/v1/openapi.json, on a site seeded with a little of everything, and no
answer is a server error or out of its documented shape."""

import pytest
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode, openapi
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from accounts.tests.factories import OrganisationFactory
from consultations.tests.factories import (
    AnswerFactory,
    CommentFactory,
    ConsultationIndexPageFactory,
    consultation_in,
)
from hearings.tests.factories import HearingIndexPageFactory, HearingPageFactory
from peer_reviews.tests.factories import published, review
from policy_library.tests.factories import LibraryDocumentPageFactory, LibraryIndexPageFactory

pytestmark = pytest.mark.django_db

EXAMPLES = 200
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture
def seeded_site(home_page, settings):
    """A little of everything the API lists, so answers are not all empty."""
    settings.IRIS_API_RATE_LIMIT = "1000000/m"
    index = ConsultationIndexPageFactory(parent=home_page)
    for state in ["open", "closed", "report published"]:
        consultation = consultation_in(state, index)
        comment = CommentFactory(consultation=consultation)
        CommentFactory(consultation=consultation, parent=comment)
        if state == "report published":
            AnswerFactory(comment=comment)
    HearingPageFactory(parent=HearingIndexPageFactory(parent=home_page))
    LibraryDocumentPageFactory(parent=LibraryIndexPageFactory(parent=home_page), countries=["RS"])
    published(review(OrganisationFactory()))


@pytest.fixture
def connection_kept_open():
    """Requests through the WSGI handler, as Django's test client makes them:
    neither their start nor their end closes the test's database connection."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def test_every_operation_keeps_to_the_schema(seeded_site, connection_kept_open):
    schema = openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11

    for operation in operations:
        # Valid requests and requests the schema refuses (wrong types, sizes
        # over the limit), mixed: the second must be a clear 4xx too.
        @given(case=st.one_of(*(operation.as_strategy(mode) for mode in GenerationMode)))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def keeps_to_the_schema(case):
            case.call_and_validate(checks=CHECKS)

        keeps_to_the_schema()
