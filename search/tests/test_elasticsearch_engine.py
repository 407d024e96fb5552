"""The Elasticsearch engine shares the OpenSearch engine's index and queries.
No Elasticsearch node can run here (its analysis module is not on Maven
Central); what can be checked against the real OpenSearch node is that an
operator who points the Elasticsearch engine at it is told why it fails."""

import pytest
from django.conf import settings as django_settings

from search.backends.base import SearchQuery, SearchUnavailable
from search.backends.elasticsearch import ElasticsearchBackend

pytestmark = pytest.mark.services("opensearch")


def test_the_elasticsearch_engine_refuses_a_node_that_is_not_elasticsearch():
    hosts = django_settings.SEARCH_BACKEND["OPTIONS"]["hosts"]
    engine = ElasticsearchBackend(hosts=hosts, index="iris-test-elasticsearch")

    # OpenSearch refuses the Elasticsearch 8 client's media type.
    with pytest.raises(SearchUnavailable, match=r"^elasticsearch at .*not supported"):
        engine.search(SearchQuery(words=["azil"]))
