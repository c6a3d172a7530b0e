"""Issue 16 through the Flask test client: bad uploads and bad API JSON answer 400 with a Chinese
message, never 500."""
from __future__ import annotations

import io

import pytest

from .conftest import PASSWORD, login, post_form


@pytest.fixture
def writer(client, state):
    state.accounts.create_user("w", PASSWORD, "writer", "hh", "张三")
    login(client, "w")
    return client


@pytest.fixture
def token(state):
    return state.accounts.create_token("测试")


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", "　　\n\u00a0".encode("utf-8")])
def test_blank_upload_is_refused_not_500(writer, data):
    resp = post_form(writer, "/check", {"file": (io.BytesIO(data), "draft.txt")},
                     content_type="multipart/form-data")
    assert resp.status_code == 400 and "文件是空的" in resp.get_data(as_text=True)
