"""extract: bytes in legacy encodings decode to the right text; charset labels are hints, checked."""
import importlib.util
from pathlib import Path

import pytest

from detente.extract import extract_article
from detente.extract._decode import decode_bytes, to_codec
from detente.records import Article

ENCODINGS = Path(__file__).resolve().parents[1] / "fixtures" / "encodings"
_spec = importlib.util.spec_from_file_location("make_encodings", ENCODINGS / "make_encodings.py")
make_encodings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_encodings)
TEXTS, FILES = make_encodings.TEXTS, make_encodings.FILES


@pytest.mark.parametrize("name", sorted(FILES))
def test_decode_bytes_reads_each_encoding_fixture(name):
    key, _, _ = FILES[name]
    text = decode_bytes((ENCODINGS / name).read_bytes(), is_html=name.endswith(".html"))
    for line in TEXTS[key].splitlines():
        assert line in text


@pytest.mark.parametrize(
    ("key", "encoding", "label"),
    [("korean", "euc-kr", "euc-kr"), ("japanese", "shift_jis", "shift_jis"), ("chinese", "gb18030", "gbk"),
     ("western", "cp1252", "iso-8859-1"), ("western", "cp1252", "utf-8"), ("korean", "euc-kr", "gb2312"),
     ("japanese", "shift_jis", "euc-kr"), ("chinese", "gb18030", "shift_jis")],
)
def test_decode_bytes_checks_the_http_charset_label(key, encoding, label):
    text = decode_bytes(TEXTS[key].encode(encoding), is_html=False, content_type=f"text/plain; charset={label}")
    assert text == TEXTS[key]


def test_decode_bytes_leaves_no_mojibake_under_a_wrong_utf8_label():
    text = decode_bytes((ENCODINGS / "western.cp1252.says-utf-8.html").read_bytes(), is_html=True)
    assert "\u201cmust stand together\u201d" in text and "\u00c9lys\u00e9e" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text) and "\ufffd" not in text


@pytest.mark.parametrize(("label", "codec"), [("ISO-8859-1", "cp1252"), ("EUC-KR", "cp949"), ("Shift_JIS", "cp932"),
                                              ("gb2312", "gb18030"), ("x-sjis", "cp932"), ("nonsense", None)])
def test_to_codec_reads_labels_as_browsers_do(label, codec):
    assert to_codec(label) == codec


def test_extract_article_uses_the_content_type_charset(raw_from_bytes):
    html = make_encodings.to_page(TEXTS["korean"], None).encode("euc-kr")
    result = extract_article(raw_from_bytes(html, "text/html; charset=euc-kr"))
    assert isinstance(result, Article)
    assert "러시아 대사를 초치해" in result.text
