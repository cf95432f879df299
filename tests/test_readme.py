"""The README's command reference is the CLI's own --help (dev/readme_reference.py writes it)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_command_reference_matches_help():
    proc = subprocess.run([sys.executable, str(ROOT / "dev" / "readme_reference.py"), "--check"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
