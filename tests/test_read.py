"""Reading messy inputs: every bad file is skipped or repaired with one clear reason (no spaCy here)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.read import Problem, read_corpus
from kg.read.formats import ReadError, clean_text, decode, read_file
from tests.conftest import write_file

ARTICLE = (
    "Berlin, 3 March 2022 — Germany’s chancellor met the French president in Paris on Tuesday. "
    "The “talks” were ‘constructive’, said Olaf Scholz… Café owners ﬁnally agreed."
)


def _only_record(path: Path):
    records, problems = read_file(path)
    assert len(records) == 1 and problems == []
    return records[0]


# Encodings ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("cp1252", errors="ignore"),  # cp1252 has no "ﬁ": dropped
        ("\ufeff" + ARTICLE).encode("utf-16-le"),
        ("\ufeff" + ARTICLE).encode("utf-16-be"),
        ARTICLE.encode("utf-16-le"),  # no BOM
        ARTICLE.encode("utf-32"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
    ],
    ids=["cp1252", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "utf32-bom", "utf8-bom"],
)
def test_encodings_are_detected(data):
    text = decode(data)
    expected = ARTICLE if not data.startswith(b"Berlin") else ARTICLE.replace("ﬁ", "")
    assert text == expected


def test_mojibake_is_repaired_but_the_authors_characters_are_not_touched():
    mangled = ARTICLE.encode("utf-8").decode("cp1252", errors="ignore")  # UTF-8 read as cp1252 upstream
    assert "â€™" in mangled
    repaired = decode(mangled.encode("utf-8"))
    assert "Germany’s" in repaired and "Café" in repaired and "â€" not in repaired
    # Correct text goes through unchanged: curly quotes, ellipsis, ligature, em dash.
    assert decode(ARTICLE.encode("utf-8")) == ARTICLE


def test_control_characters_become_spaces_one_for_one():
    text = "NATO\x00met\x01in\x0bBrussels\x1f.\ud800\ufffe\tok\r\n"
    cleaned = clean_text(text)
    assert cleaned == "NATO met in Brussels .  \tok\r\n"
    assert len(cleaned) == len(text)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "a PDF file, not text"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP/Office file, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "binary content, not text"),
    ],
    ids=["empty", "blank", "pdf", "docx", "binary"],
)
def test_unreadable_files_raise_one_clear_reason(tmp_path, data, reason):
    path = write_file(tmp_path, "article.txt", data)
    with pytest.raises(ReadError) as err:
        read_file(path)
    assert str(err.value) == reason


# HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Talks stall | Daily News</title>
<meta property="article:published_time" content="2022-02-21T10:00:00Z">
<script>var menu = "MENU_SCRIPT";</script><style>.x{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<article><h1>Talks stall in Geneva</h1>
<p>Russia and the United States met in Geneva on Monday to discuss the crisis in Ukraine.
The talks ended without agreement, officials said.</p>
<p>NATO said on 15 February 2022 that it would send more troops to Poland.</p></article>
<footer>Copyright Daily News. All rights reserved.</footer></body></html>"""


def test_html_keeps_the_article_title_and_date_and_drops_scripts_and_menus(tmp_path):
    record = _only_record(write_file(tmp_path, "page.html", PAGE))
    assert "Russia and the United States met in Geneva" in record.text
    assert "NATO said on 15 February 2022" in record.text
    for noise in ("MENU_SCRIPT", "color:red", "World news", "Sport", "Copyright"):
        assert noise not in record.text
    assert record.title == "Talks stall in Geneva"
    assert (record.published, record.published_source) == ("2022-02-21", "html-meta")


def test_html_date_from_a_time_element_and_a_date_after_today_is_kept(tmp_path):
    # htmldate's default upper bound is today's date: kg pins it, so the result never depends on the day.
    page = (
        "<html><head><title>Budget</title></head><body><article><time datetime='2031-06-03'>3 June</time>"
        "<p>The German government agreed to buy gas from Norway on Tuesday, the ministry said in Berlin.</p>"
        "</article></body></html>"
    )
    record = _only_record(write_file(tmp_path, "page.htm", page))
    assert record.published == "2031-06-03"
    assert "agreed to buy gas from Norway" in record.text


def test_html_without_an_article_body_is_skipped(tmp_path):
    page = "<html><head><title>Home</title><script>track()</script></head><body><nav><a>Home</a></nav></body></html>"
    with pytest.raises(ReadError, match="HTML page with no main text"):
        read_file(write_file(tmp_path, "index.html", page))


def test_html_with_only_a_paragraph_is_read(tmp_path):
    record = _only_record(write_file(tmp_path, "short.html", "<p>Germany agreed to buy gas from Norway.</p>"))
    assert record.text == "Germany agreed to buy gas from Norway."


# Markdown ----------------------------------------------------------------------------------

def test_markdown_front_matter_date_parsed_by_yaml_as_a_date(tmp_path):
    text = "---\ntitle: Talks in Delhi\ndate: 2022-02-21\nurl: https://example.org/a\n---\nIndia and Pakistan met.\n"
    record = _only_record(write_file(tmp_path, "a.md", text))
    assert (record.title, record.published, record.url) == ("Talks in Delhi", "2022-02-21", "https://example.org/a")
    # The front matter is blanked, not cut: offsets into the text are offsets into the file.
    assert len(record.text) == len(text) and record.text.count("\n") == text.count("\n")
    assert record.text.strip() == "India and Pakistan met."
    assert record.text.index("India") == text.index("India")


def test_markdown_front_matter_with_crlf_line_ends_and_no_front_matter(tmp_path):
    text = "---\r\ntitle: T\r\ndate: 2022-02-21 10:30:00\r\n---\r\nBody.\r\n"
    record = _only_record(write_file(tmp_path, "a.md", text))
    assert (record.text.strip(), record.published, len(record.text)) == ("Body.", "2022-02-21 10:30:00", len(text))
    for plain in ("----- Original message -----\nBody.\n", "---\nno closing line\n", "Body.\n---\nmore\n"):
        assert _only_record(write_file(tmp_path, "b.md", plain)).text == plain


@pytest.mark.parametrize(
    "front, warning",
    [
        ("title: [unclosed\n", "front matter ignored (invalid YAML: expected ',' or ']', but got '<stream end>')"),
        ("date: 2022-02-30\n", "front matter ignored (invalid YAML: day is out of range for month)"),
        ("- a list\n- not a mapping\n", "front matter ignored (not a mapping of keys to values)"),
        ("!!python/object/apply:os.system ['echo owned']\n",
         "front matter ignored (invalid YAML: could not determine a constructor for the tag "
         "'tag:yaml.org,2002:python/object/apply:os.system')"),
    ],
    ids=["unclosed", "impossible-date", "list", "python-tag"],
)
def test_broken_front_matter_is_a_warning_and_the_body_is_kept(tmp_path, front, warning):
    record = _only_record(write_file(tmp_path, "a.md", f"---\n{front}---\nBrazil and Argentina met in Rio.\n"))
    assert record.text.strip() == "Brazil and Argentina met in Rio."
    assert record.warnings == [warning]


# JSONL -------------------------------------------------------------------------------------

def test_jsonl_reports_each_broken_line_and_keeps_the_rest(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "NATO met in Brussels.", "published": "2022-04-05"}),
        "{broken",
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "c", "title": "no text"}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"text": "Japan and China met.\u2028Then\u2029more.", "id": None}, ensure_ascii=False),
    ]
    records, problems = read_file(write_file(tmp_path, "dump.jsonl", "\n".join(lines) + "\n"))
    assert [(r.id, r.line) for r in records] == [("a", 1), ("7", 7)]
    assert records[1].text == "Japan and China met.\u2028Then\u2029more."
    assert problems == [
        (2, "invalid JSON (Expecting property name enclosed in double quotes)"),
        (4, 'no "text" string in the record'),
        (5, 'no "text" string in the record'),
        (6, "invalid JSON (nested too deeply)"),
    ]


def test_jsonl_with_no_readable_line_is_one_skipped_file(tmp_path):
    with pytest.raises(ReadError, match=r"no readable JSON line \(invalid JSON .* at line 1\)"):
        read_file(write_file(tmp_path, "dump.jsonl", "not json\nnor this\n"))


# Folders, metadata, the corpus ---------------------------------------------------------------

def test_corpus_of_bad_inputs(tmp_path, monkeypatch):
    src = tmp_path / "in"
    write_file(src, "good.txt", ARTICLE)
    write_file(src, "zcopy.txt", ARTICLE.upper().replace(" ", "  "))  # same normalised text
    write_file(src, "empty.txt", b"")
    write_file(src, "report.txt", b"%PDF-1.4\n")
    write_file(src, "image.png", b"\x89PNG")
    write_file(src, "a.md", "Japan and China signed a deal in Tokyo.")
    write_file(src, "a.txt", "India and Pakistan held talks in Delhi.")
    write_file(src, "control.txt", "Iran\x07 and Iraq\x1b met\x0c in Baghdad.".encode("utf-16"))
    write_file(src, "locked.txt", "Spain and Portugal met in Madrid.")
    write_file(src, ".hidden.txt", "never read")
    write_file(src, "sub/deep.txt", "Chile and Peru met in Lima.")
    write_file(tmp_path, "secret.txt", "outside the input folder")
    (src / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (src / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (src / "alias.txt").symlink_to(src / "a.txt")
    (src / "loop").symlink_to(src)
    os.mkfifo(src / "pipe.txt")  # reading it would block forever
    write_file(src, "metadata.json", json.dumps({
        "good.txt": {"published": "2022-03-01", "title": "Good\x01 title"},
        "a.md": {"published": "someday"},
        "../secret.txt": {"published": "2020-01-01"},
        "/etc/passwd": {"published": "2020-01-01"},
        "..\\secret.txt": {"published": "2020-01-01"},
        "sub/deep.txt": {"published": "2020-01-01"},
        "missing.txt": {"published": "2020-01-01"},
    }))
    real_read_bytes = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus(["in", "in/a.txt", "nowhere"])

    assert {d.id: d.path for d in corpus.documents} == {
        "a": "in/a.md", "a~2": "in/a.txt", "control": "in/control.txt", "good": "in/good.txt",
        "sub/deep": "in/sub/deep.txt",
    }
    good = next(d for d in corpus.documents if d.id == "good")
    assert (good.text, good.title, good.published, good.published_source) == (
        ARTICLE, "Good title", "2022-03-01", "metadata.json")
    assert next(d for d in corpus.documents if d.id == "control").text == "Iran  and Iraq  met  in Baghdad."
    assert [str(p) for p in corpus.skipped] == [
        "in/dangling.txt: broken symbolic link",
        "in/empty.txt: empty file",
        "in/image.png: unsupported file type (kg reads .txt, .md, .markdown, .html, .htm, .jsonl)",
        "in/leak.txt: symbolic link to a file outside the input folder",
        "in/locked.txt: cannot open (Permission denied)",
        "in/loop: symbolic link to a folder, not followed",
        "in/pipe.txt: not a regular file",
        "in/report.txt: a PDF file, not text",
        "nowhere: no such file or folder",
    ]
    assert [str(p) for p in corpus.warnings] == [
        "in/a.md: publication date 'someday' not understood; ignored",
        "in/a.txt: id 'a' already taken; this document is 'a~2'",
        "in/metadata.json: metadata entry '../secret.txt' ignored (points outside the folder)",
        "in/metadata.json: metadata entry '..\\\\secret.txt' ignored (points outside the folder)",
        "in/metadata.json: metadata entry '/etc/passwd' ignored (points outside the folder)",
        "in/metadata.json: metadata entry 'missing.txt' ignored (names no file in the folder)",
        "in/metadata.json: metadata entry 'sub/deep.txt' ignored "
        "(names a file in a sub-folder; give it in that folder's metadata file)",
    ]
    assert corpus.duplicates == [("in/zcopy.txt", "in/good.txt")]
    # in/a.txt named twice (in the folder and on its own) is one file, read once: no duplicate reported.


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    write_file(tmp_path, "in/ok.txt", "Chile and Peru met in Lima.")
    write_file(tmp_path, "in/private/x.txt", "never listed")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "private":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus(["in"])
    assert [d.id for d in corpus.documents] == ["ok"]
    assert corpus.skipped == [Problem("in/private", "cannot read folder (Permission denied)")]


def test_folder_without_supported_files_and_missing_inputs(tmp_path, monkeypatch):
    write_file(tmp_path, "notes/scan.pdf", b"%PDF-1.4")
    (tmp_path / "void").mkdir()
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus(["void", "notes", "missing.txt", "notes/scan.pdf"])
    assert corpus.documents == []
    assert [str(p) for p in corpus.skipped] == [
        "missing.txt: no such file or folder",
        "notes: no supported files in this folder (.txt, .md, .markdown, .html, .htm, .jsonl)",
        "notes/scan.pdf: unsupported file type (kg reads .txt, .md, .markdown, .html, .htm, .jsonl)",
        "void: no supported files in this folder (.txt, .md, .markdown, .html, .htm, .jsonl)",
    ]


def test_corpus_is_the_same_whatever_the_input_order(tmp_path, monkeypatch):
    for name, text in [("b.txt", "Chile met Peru."), ("a.txt", "Chile met Peru."), ("c.md", "Iran met Iraq.")]:
        write_file(tmp_path / "x", name, text)
        write_file(tmp_path / "y", name, text + " Again.")
    monkeypatch.chdir(tmp_path)
    one, two = read_corpus(["x", "y"]), read_corpus(["y", "x"])
    assert [d.to_dict() for d in one.documents] == [d.to_dict() for d in two.documents]
    assert one.duplicates == two.duplicates and one.warnings == two.warnings
    assert len({d.id for d in one.documents}) == len(one.documents)


def test_the_output_folder_is_never_read_back(tmp_path, monkeypatch):
    write_file(tmp_path, "a.txt", "Chile and Peru met in Lima.")
    write_file(tmp_path, "out/graph.html", "<html><body><p>Rendered graph of Chile and Peru.</p></body></html>")
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus([".", "out/graph.html"], exclude="out")
    assert [d.path for d in corpus.documents] == ["a.txt"]
    assert [str(p) for p in corpus.skipped] == [
        "out/graph.html: in the output folder; kg does not read its own outputs"]


def test_file_names_and_ids_that_are_not_clean_text_become_printable(tmp_path, monkeypatch):
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(folder + b"/caf\xe9 \x07.txt", "w") as handle:  # a Latin-1 file name with a BEL in it
        handle.write("Chile and Peru met in Lima.")
    write_file(tmp_path / "in", "dump.jsonl", json.dumps({"id": "a\nb\ud800", "text": "Iran met Iraq."}) + "\n")
    monkeypatch.chdir(tmp_path)
    corpus = read_corpus(["in"])
    assert [(d.id, d.path) for d in corpus.documents] == [
        ("caf\\xe9 \\x07", "in/caf\\xe9 \\x07.txt"), ("dump#a\\x0ab\\ud800", "in/dump.jsonl")]
    for document in corpus.documents:
        (document.id + document.path).encode("utf-8")  # no surrogate left: writable anywhere
