#!/usr/bin/env python3
"""Trunk post-build hook: adds a strict Content-Security-Policy to the release index.html.

Trunk injects an inline bootstrap <script type="module">; rather than allowing
'unsafe-inline', the policy names each inline script by its SHA-256 hash, computed here
after the build. WebAssembly compilation needs 'wasm-unsafe-eval' and nothing more.
"""
import base64
import hashlib
import os
import re
import sys

POLICY = (
    "default-src 'none'; "
    "script-src 'self' {hashes} 'wasm-unsafe-eval'; "
    "style-src 'self'; "
    # The Editor measures a picked image through an object URL (blob:).
    "img-src 'self' blob:; "
    "connect-src 'self'; "
    "manifest-src 'self'; "
    "base-uri 'none'; "
    "form-action 'none'; "
    "object-src 'none'"
)

def main() -> int:
    # The development server injects its live-reload script after this hook runs, with
    # content this hook cannot hash; the policy is for what gets deployed.
    if os.environ.get("TRUNK_PROFILE", "release") != "release":
        return 0
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    if "Content-Security-Policy" in html:
        return 0
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = " ".join(
        "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
        for s in scripts
        if s.strip()
    )
    meta = '<meta http-equiv="Content-Security-Policy" content="%s" />' % POLICY.format(hashes=hashes)
    html, count = re.subn(r'(<meta charset="utf-8"\s*/?>)', r"\1\n    " + meta, html, count=1)
    if count != 1:
        print("csp.py: no <meta charset> to place the policy after", file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return 0

if __name__ == "__main__":
    sys.exit(main())
