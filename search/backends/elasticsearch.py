"""Elasticsearch 8 and 9: the OpenSearch engine's index and queries, through
the official client (which checks that the server is Elasticsearch)."""

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError, helpers

from search.backends.opensearch import OpenSearchBackend


class ElasticsearchBackend(OpenSearchBackend):
    name = "elasticsearch"
    helpers = helpers
    not_found = NotFoundError
    failures = (ApiError, TransportError, OSError)

    def connect(self, hosts, http_auth, timeout, connections=1):
        return Elasticsearch(
            hosts=hosts,
            basic_auth=http_auth,
            request_timeout=timeout,
            max_retries=0,
            connections_per_node=connections,
        )
