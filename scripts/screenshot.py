"""Screenshot the rendered report in headless Chromium (Debian package `chromium`), to look at it as a reader.

Usage: python scripts/screenshot.py reports/report.html reports/report.png [--height 4000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=4000)
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("chromium not found: `apt-get install chromium` (Debian) to take screenshots", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", f"--screenshot={args.png.resolve()}",
               f"--window-size={args.width},{args.height}", args.html.resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    print(args.png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
