"""The archive commands end to end, as a person runs them: real processes, real files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import SEED, make_docx, make_pdf


def run(*args, db, check_rc=None, env=None):
    proc = subprocess.run(
        [sys.executable, "-m", "testimonia", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, "TESTIMONIA_DB": str(db), **(env or {})}, timeout=120,
    )
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stdout + proc.stderr
    return proc


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text("date 2024-02-26\nThe government said 613 people were killed.\n")
    (folder / "a.meta.json").write_text(json.dumps({"publisher": "Government of Azerbaijan", "title": "Statement"}))
    (folder / "nested" / "b.md").write_text("# Srebrenica\n\nAbout 8,000 men and boys were killed in July 1995.\n")
    (folder / "c.pdf").write_bytes(make_pdf(["Memorial counted 181 bodies in Ağdam."]))
    (folder / "d.docx").write_bytes(make_docx(["Halabja, 16 March 1988."], title="Halabja"))
    (folder / "e.html").write_bytes(b"<html><head><title>HRW</title></head><body><p>At least 161 civilians.</p><script>x()</script></body></html>")
    return folder


def test_ingest_a_folder_then_list_verify_and_search(tmp_path, inbox):
    db = tmp_path / "t.db"
    run("init", db=db, check_rc=0)
    first = run("ingest", inbox, "--json", db=db, check_rc=0)
    report = json.loads(first.stdout)
    assert (report["added"], report["already_archived"], report["failed"]) == (5, 0, 0)
    again = json.loads(run("ingest", inbox, "--json", db=db, check_rc=0).stdout)
    assert (again["added"], again["already_archived"]) == (0, 5)

    docs = {d["filename"]: d for d in json.loads(run("docs", "--json", db=db, check_rc=0).stdout)}
    assert sorted(docs) == ["a.txt", "b.md", "c.pdf", "d.docx", "e.html"]
    assert docs["a.txt"]["published"] == "2024-02-26"  # from the text's leading date line
    assert docs["a.txt"]["publisher"] == "Government of Azerbaijan"  # from the sidecar
    assert docs["d.docx"]["title"] == "Halabja"
    for name, d in docs.items():
        original = inbox / name if (inbox / name).exists() else inbox / "nested" / name
        import hashlib

        assert d["sha256"] == hashlib.sha256(original.read_bytes()).hexdigest()

    assert run("verify", db=db, check_rc=0).stdout.count("5 intact") == 1
    found = json.loads(run("search", "Ağdam", "--json", db=db, check_rc=0).stdout)
    assert [h["document_id"] for h in found] == [docs["c.pdf"]["id"]]
    assert "script" not in run("text", docs["e.html"]["id"], db=db, check_rc=0).stdout


def test_flags_override_sidecars_and_bad_flags_are_usage_errors(tmp_path, inbox):
    db = tmp_path / "t.db"
    run("ingest", inbox / "a.txt", "--publisher", "Someone Else", "--published", "2024-03-01", db=db, check_rc=0)
    (doc,) = json.loads(run("docs", "--json", db=db).stdout)
    assert (doc["publisher"], doc["published"], doc["title"]) == ("Someone Else", "2024-03-01", "Statement")
    bad = run("ingest", inbox / "a.txt", "--published", "26/02/2024", db=tmp_path / "u.db", check_rc=2)
    assert "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "u.db").exists()  # nothing created for a command that was refused


def test_a_bad_batch_stores_every_good_file_and_says_what_failed(tmp_path, inbox):
    (inbox / "corrupt.pdf").write_bytes(make_pdf(["Some text."])[:300])
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "junk.txt").write_bytes(os.urandom(4096))
    (inbox / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))
    with open(inbox / "big.txt", "wb") as big:
        big.truncate(50_000_001)  # sparse: just over the default limit, refused before it is read
    db = tmp_path / "t.db"
    proc = run("ingest", inbox, db=db, check_rc=1)
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5, proc.stderr
    for name, words in [("corrupt.pdf", "corrupt"), ("empty.txt", "empty"), ("junk.txt", "binary"), ("photo.jpg", "unsupported"), ("big.txt", "larger than")]:
        (line,) = [e for e in errors if f"{name}:" in e]
        assert words in line and "Fix:" in line
    assert "5 added, 0 already archived, 5 failed" in proc.stdout
    assert len(json.loads(run("docs", "--json", db=db).stdout)) == 5
    assert "Traceback" not in proc.stderr


def test_verify_fails_after_one_byte_of_an_original_changes(tmp_path):
    db = tmp_path / "t.db"
    source = SEED
    if not SEED.exists():
        source = tmp_path / "statement.txt"
        source.write_text("A statement long enough to change its hundredth byte. " * 4)
    run("ingest", source, db=db, check_rc=0)
    run("verify", db=db, check_rc=0)
    with sqlite3.connect(db) as conn:
        (doc_id, content) = conn.execute("SELECT document_id, content FROM originals").fetchone()
        flipped = bytearray(content)
        flipped[100] ^= 0x01
        conn.execute("UPDATE originals SET content = ? WHERE document_id = ?", (bytes(flipped), doc_id))
    proc = run("verify", db=db, check_rc=1)
    assert f"ALTERED {doc_id}" in proc.stdout
    assert "1 problem" in proc.stdout


def test_commands_without_an_archive_say_how_to_make_one(tmp_path):
    proc = run("docs", db=tmp_path / "none.db", check_rc=1)
    assert "testimonia init" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "none.db").exists()


def test_text_prints_exactly_the_decoded_file(tmp_path):
    path = tmp_path / "t.txt"
    original = " date 2026-02-26 first line\r\nsecond – line “quoted”\n\n"
    path.write_bytes(original.encode("utf-8"))
    proc = subprocess.run([sys.executable, "-m", "testimonia", "text", str(path)], capture_output=True)
    assert proc.stdout.decode("utf-8") == original


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_mid_batch_leaves_every_committed_document_intact(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    count = 1500
    for i in range(count):
        (folder / f"doc{i:05d}.txt").write_text(f"Document {i}. " + "The sources disagree on the figures. " * 60)
    db = tmp_path / "t.db"
    run("init", db=db, check_rc=0)
    child = subprocess.Popen(
        [sys.executable, "-m", "testimonia", "ingest", str(folder)],
        env={**os.environ, "TESTIMONIA_DB": str(db)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline:
        with sqlite3.connect(db, timeout=10) as conn:
            stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        if stored >= 50:
            break
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with sqlite3.connect(db) as conn:
        after_kill = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        orphans = conn.execute("SELECT count(*) FROM documents d LEFT JOIN originals o ON o.document_id = d.id WHERE o.document_id IS NULL").fetchone()[0]
    assert 50 <= after_kill < count, "the kill must land mid-batch for this test to mean anything"
    assert orphans == 0
    run("verify", db=db, check_rc=0)
    rerun = json.loads(run("ingest", folder, "--json", db=db, check_rc=0).stdout)
    assert (rerun["already_archived"], rerun["added"]) == (after_kill, count - after_kill)
    assert "verified 1500" in run("verify", db=db, check_rc=0).stdout
