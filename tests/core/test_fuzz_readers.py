"""Issue 16: fuzzing the readers and the API's JSON boundary — whatever bytes come in, each input
yields Items or one-line InputErrors, never an exception, and nothing a reader returns holds text
that cannot be written back out as UTF-8."""
from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from xinxi_qc.model import InputError, Item  # noqa: E402
from xinxi_qc.readers import read_bytes  # noqa: E402
from xinxi_qc.readers import jsontext  # noqa: E402

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that broke readers before: BOMs, blank-looking characters, control characters, escapes.
PIECES = st.sampled_from([
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", "\u3000".encode(), "\u00a0".encode(), b"\x0c", b"\x00", b"\r\n",
    b"\n", b'"', b",", b"{", b"}", b"[", b"]", b'\\ud800', b"9" * 50, "标题".encode(), "正文。".encode(),
    "标题".encode("gb18030"), b"# ", b"title,body\n", b'{"title": "t", "body": "b"}', b"PK\x03\x04",
])
BLOBS = st.one_of(st.binary(max_size=400), st.lists(PIECES, max_size=30).map(b"".join))


def _ok(results):
    assert results, "a reader returned nothing at all"
    for r in results:
        assert isinstance(r, (Item, InputError))
        if isinstance(r, InputError):
            assert r.message and "\n" not in r.message
        else:
            (r.title + r.body + str(r.id) + repr(r.meta)).encode("utf-8")


@FAST
@given(BLOBS, st.sampled_from(["a.txt", "a.md", "a.jsonl", "a.csv", "a.docx", "noext"]))
def test_readers_never_raise(data, name):
    results = read_bytes(data, name)
    if name.endswith((".jsonl", ".csv")) and not results:
        return  # a JSONL of blank lines holds no record
    _ok(results)


@FAST
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                    max_leaves=30))
def test_json_boundary_accepts_or_refuses_in_one_line(value):
    import json

    text = json.dumps(value)  # ensure_ascii: lone surrogates arrive as \\udxxx escapes
    try:
        parsed = jsontext.loads(text)
    except jsontext.JSONInputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    json.dumps(parsed, ensure_ascii=False).encode("utf-8")


TEXT = st.text(alphabet=st.sampled_from(list("东湖区新增就业岗位个同比增长。，；：“”《》（）%-\n\u3000\u00a0\x0c")
                                        + list("0123456789年月日ABCX×") + ["\ufeff", "\u200b"]),
               max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT)
def test_check_item_takes_whatever_a_reader_gives(config, title, body):
    from xinxi_qc.engine import check_item

    for result in read_bytes(f"{title}\n{body}".encode("utf-8"), "a.txt"):
        if isinstance(result, Item):
            checked = check_item(result, config.dated())
            assert 0 <= checked.score <= 100
            for f in checked.findings:
                text = result.title if f.field == "title" else result.body
                assert 0 <= f.start <= f.end <= len(text)
