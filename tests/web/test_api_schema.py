"""Property-based tests of the API against its own OpenAPI document (schemathesis): for generated valid
and invalid requests, no 5xx, documented status codes and content types, and the error shape for 4xx.

Bounded: a few examples per operation, so the whole file runs in well under a minute.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import content_type_conformance, not_a_server_error, status_code_conformance


@pytest.fixture(scope="module")
def api_schema(demo_sqlite):
    from chronik.web.app import create_app

    return schemathesis.openapi.from_asgi("/openapi.json", create_app(demo_sqlite))


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_api_keeps_its_openapi_contract(case):
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error, status_code_conformance, content_type_conformance])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message", "field"}, body
        assert body["error"]["status"] == response.status_code
