#!/usr/bin/env python3
"""Build samples/corpus/archive/eastgate-2025-03.warc.gz from samples/tools/warc-pages/*.html.

Standard library only. Output is deterministic (fixed dates, name-based UUIDs,
gzip mtime 0), so re-running the script yields a byte-identical file.

Layout of the archive (each record is its own gzip member):
  1. warcinfo
  2. request   for the first page
  3. response  for the first page   (WARC-Concurrent-To the request)
  4. response  for each further page

The target URI of a page is taken from its <link rel="canonical" href="...">.
"""
import base64
import gzip
import hashlib
import io
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "warc-pages"
OUT = HERE.parent / "corpus" / "archive" / "eastgate-2025-03.warc.gz"

CRAWL_START = datetime(2025, 3, 19, 6, 12, 3, tzinfo=timezone.utc)
IP = "192.0.2.44"  # TEST-NET-1, documentation address
CRLF = b"\r\n"


def rec_id(kind, uri):
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, "parallax-sample:%s:%s" % (kind, uri))


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_date(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def record(headers, block):
    """Serialize one WARC record (header block, CRLF, content block, CRLF CRLF) and gzip it."""
    lines = ["WARC/1.0"]
    for name, value in headers:
        lines.append("%s: %s" % (name, value))
    lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    raw = head + block + CRLF + CRLF
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    return buf.getvalue()


def canonical(html_text, path):
    m = re.search(r'<link\s+rel="canonical"\s+href="([^"]+)"', html_text)
    if not m:
        sys.exit("no <link rel=\"canonical\"> in %s" % path)
    return m.group(1)


def main():
    pages = sorted(PAGES.glob("*.html"))
    if not pages:
        sys.exit("no pages in %s" % PAGES)

    info_uri = OUT.name
    info_id = rec_id("warcinfo", info_uri)
    info_block = (
        "software: parallax samples/tools/make_warc.py (python3, stdlib only)\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "isPartOf: parallax-sample-corpus\r\n"
        "description: Fictional Eastgate Radio pages for the Parallax sample corpus\r\n"
        "robots: obey\r\n"
        "http-header-user-agent: parallax-sample-crawler/1.0 (+https://parallax.example/bot)\r\n"
    ).encode("utf-8")

    out = bytearray()
    out += record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", warc_date(CRAWL_START)),
        ("WARC-Filename", info_uri),
        ("WARC-Record-ID", info_id),
        ("Content-Type", "application/warc-fields"),
    ], info_block)

    for i, page in enumerate(pages):
        body = page.read_bytes()
        uri = canonical(body.decode("utf-8"), page)
        when = CRAWL_START + timedelta(seconds=7 * i + 2)
        host = re.match(r"https?://([^/]+)", uri).group(1)
        path = uri[len("https://") + len(host):] or "/"
        resp_id = rec_id("response", uri)

        concurrent = []
        if i == 0:
            req_id = rec_id("request", uri)
            req_block = (
                "GET %s HTTP/1.1\r\n"
                "Host: %s\r\n"
                "User-Agent: parallax-sample-crawler/1.0 (+https://parallax.example/bot)\r\n"
                "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
                "Accept-Language: en\r\n"
                "Connection: close\r\n"
                "\r\n" % (path, host)
            ).encode("ascii")
            out += record([
                ("WARC-Type", "request"),
                ("WARC-Target-URI", uri),
                ("WARC-Date", warc_date(when)),
                ("WARC-Record-ID", req_id),
                ("WARC-Concurrent-To", resp_id),
                ("WARC-Warcinfo-ID", info_id),
                ("WARC-IP-Address", IP),
                ("WARC-Block-Digest", sha1_b32(req_block)),
                ("Content-Type", "application/http; msgtype=request"),
            ], req_block)
            concurrent = [("WARC-Concurrent-To", req_id)]

        http_head = (
            "HTTP/1.1 200 OK\r\n"
            "Date: %s\r\n"
            "Server: nginx\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            "Content-Length: %d\r\n"
            "Cache-Control: max-age=300\r\n"
            "X-Content-Type-Options: nosniff\r\n"
            "Connection: close\r\n"
            "\r\n" % (format_datetime(when, usegmt=True), len(body))
        ).encode("ascii")
        block = http_head + body
        out += record([
            ("WARC-Type", "response"),
            ("WARC-Target-URI", uri),
            ("WARC-Date", warc_date(when)),
            ("WARC-Record-ID", resp_id),
        ] + concurrent + [
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-IP-Address", IP),
            ("WARC-Block-Digest", sha1_b32(block)),
            ("WARC-Payload-Digest", sha1_b32(body)),
            ("Content-Type", "application/http; msgtype=response"),
        ], block)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(bytes(out))
    print("wrote %s (%d bytes, %d pages)" % (OUT, len(out), len(pages)))


if __name__ == "__main__":
    main()
