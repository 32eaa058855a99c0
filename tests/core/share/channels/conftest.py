"""Channel fixtures: a recording HTTP server on 127.0.0.1 and the published API descriptions.

Specs from ../shared/data/specs (Discourse OpenAPI, Mastodon OpenAPI, Matrix event schemas) and
copies in specs/ (Adaptive Card 1.5, Mattermost posts.yaml) validate what Ponder sends.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ponder.core.share.channels.transport import Http
from shared_data import missing_shared_data

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
sys.path.insert(0, str(REPO / "tests" / "peers"))
SHARED_DATA = Path(os.environ.get("PONDER_SHARED_DATA", REPO.parent / "shared" / "data"))
SPECS = SHARED_DATA / "specs"

from recording_server import RecordingServer, Sleeps  # noqa: E402


@pytest.fixture
def recorder() -> Iterator[RecordingServer]:
    server = RecordingServer()
    yield server
    server.close()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def http(sleeps: Sleeps) -> Http:
    return Http(timeout=0.5, max_wait=30.0, attempts=3, sleep=sleeps)


def _openapi_validator(path: Path, pointer: str) -> jsonschema.protocols.Validator:
    if not path.exists():
        missing_shared_data(path)
    document = json.loads(path.read_text("utf-8"))
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    return jsonschema.Draft202012Validator({"$ref": f"urn:spec#{pointer}"}, registry=registry)


def request_schema(path: str) -> str:
    escaped = path.replace("~", "~0").replace("/", "~1")
    return f"/paths/{escaped}/post/requestBody/content/application~1json/schema"


@pytest.fixture(scope="session")
def discourse_posts() -> jsonschema.protocols.Validator:
    """discourse/discourse_api_docs @ 6737ac2 (MIT): the `POST /posts.json` body."""
    return _openapi_validator(SPECS / "discourse" / "openapi.json", request_schema("/posts.json"))


@pytest.fixture(scope="session")
def mastodon_statuses() -> jsonschema.protocols.Validator:
    """abraham/mastodon-openapi @ 89b11e7 (MIT): the `POST /api/v1/statuses` body."""
    spec = SPECS / "mastodon" / "schema.json"
    return _openapi_validator(spec, request_schema("/api/v1/statuses"))


@pytest.fixture(scope="session")
def matrix_text_content() -> jsonschema.protocols.Validator:
    """matrix-org/matrix-spec @ d0ba2aa (Apache-2.0): the content of an `m.text` message."""
    path = SPECS / "matrix" / "data" / "event-schemas" / "schema" / "m.room.message$m.text.yaml"
    if not path.exists():
        missing_shared_data(path)
    schema = yaml.safe_load(path.read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema["properties"]["content"])


@pytest.fixture(scope="session")
def mattermost_create_post() -> jsonschema.protocols.Validator:
    """mattermost/mattermost api/v4/source/posts.yaml (copy in specs/): `POST /api/v4/posts`."""
    document = yaml.safe_load((HERE / "specs" / "mattermost-posts.yaml").read_text("utf-8"))
    operation = document["/api/v4/posts"]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def adaptive_card() -> jsonschema.protocols.Validator:
    """microsoft/AdaptiveCards schemas/1.5.0/adaptive-card.json (copy in specs/, MIT)."""
    path = HERE / "specs" / "adaptive-card-1.5.json"
    schema = json.loads(path.read_text("utf-8"))
    return jsonschema.Draft6Validator(schema)


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real Synapse on 127.0.0.1 (its venv is created on first use; see tests/peers)."""
    import synapse_peer

    server = synapse_peer.start(tmp_path_factory.mktemp("synapse"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def mastodon_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`mastodon_mock serve --in-memory` (PyPI mastodon_mock): 500 characters, Idempotency-Key."""
    import share_peers

    with share_peers.mastodon_mock(tmp_path_factory.mktemp("mastodon")) as base:
        yield base
