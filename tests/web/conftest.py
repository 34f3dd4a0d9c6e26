"""Fixtures for the web tests: one real archive per session, the app over it, and a test client."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from testimonia.settings import load_settings
from testimonia.web import create_app
from tests.web.archive import Archive, build

with warnings.catch_warnings():
    # Starlette 1.x warns that its TestClient will move to `httpx2`, which is not on PyPI yet;
    # httpx 0.28 still works.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> Iterator[Archive]:
    built = build(tmp_path_factory.mktemp("web-archive"))
    yield built
    built.store.close()


@pytest.fixture(scope="session")
def app(archive):
    return create_app(load_settings({"db": archive.path}, environ={}), archive.store)


@pytest.fixture(scope="session")
def client(app) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)
