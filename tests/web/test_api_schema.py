"""Property-based tests of the API against its own OpenAPI document (schemathesis): for generated valid
and invalid requests, no 5xx, documented status codes and content types, and the error shape for 4xx.

Bounded: a few examples per operation, so the whole file runs in well under a minute.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import content_type_conformance, not_a_server_error, status_code_conformance

# Driven through hypothesis directly rather than schemathesis' pytest plugin, whose fixture
# integration breaks with new pytest releases.
_SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@pytest.fixture(scope="module")
def api_schema(demo_sqlite):
    from chronik.web.app import create_app

    return schemathesis.openapi.from_asgi("/openapi.json", create_app(demo_sqlite))


def test_the_api_keeps_its_openapi_contract(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10, "every endpoint is in the OpenAPI document"
    for operation in operations:
        _SETTINGS(given(case=operation.as_strategy())(_check))()


def _check(case) -> None:
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error, status_code_conformance, content_type_conformance])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message", "field"}, body
        assert body["error"]["status"] == response.status_code
