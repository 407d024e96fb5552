"""Upload bench: the server's memory while hostile files go through the
draft import (the form its view runs: the upload checks, then the text read
in a capped child process).

    .venv/bin/python bench/uploads.py [--gib 4]

Prints, for each file, how long it took, what the official is told, and how
much the process's resident memory (now and at its peak) grew: the issue's
bar is under 300 MB more than before.
"""

import argparse
import os
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")

MB = 1024 * 1024


def memory():
    """Resident and peak resident size of this process, in bytes."""
    fields = {}
    with open("/proc/self/status") as status:
        for line in status:
            name, _colon, value = line.partition(":")
            if name in {"VmRSS", "VmHWM"}:
                fields[name] = int(value.split()[0]) * 1024
    return fields["VmRSS"], fields["VmHWM"]


def pdf_stream_bomb(unpacked):
    """A one-page PDF whose content stream inflates to ``unpacked`` bytes."""
    packer = zlib.compressobj(1)
    chunk = b" " * MB
    stream = b"".join(packer.compress(chunk) for _chunk in range(unpacked // MB)) + packer.flush()
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
    ) + (
        b"4 0 obj << /Length %d /Filter /FlateDecode >> stream\n" % len(stream)
        + stream
        + b"\nendstream endobj\ntrailer << /Root 1 0 R /Size 5 >>\nstartxref\n0\n%%EOF\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gib", type=int, default=1, help="unpacked size of the bombs, in GiB")
    arguments = parser.parse_args()

    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile

    from consultations.draft_import.forms import DraftUploadForm
    from iris_site.tests import hostile_files

    unpacked = arguments.gib * hostile_files.GIB
    files = {
        f"zip bomb .docx ({arguments.gib} GiB unpacked)": (
            "nacrt.docx",
            hostile_files.zip_bomb_docx(unpacked),
        ),
        f"PDF stream bomb ({arguments.gib} GiB unpacked)": ("nacrt.pdf", pdf_stream_bomb(unpacked)),
        "100,000 files in a .docx": ("nacrt.docx", hostile_files.many_entries_docx()),
        "bit-flipped PDF": ("nacrt.pdf", hostile_files.bit_flipped_pdf()),
    }
    rss_before, peak_before = memory()
    print(f"before: resident {rss_before / MB:.0f} MB, peak {peak_before / MB:.0f} MB")
    for label, (name, data) in files.items():
        started = time.perf_counter()
        form = DraftUploadForm(files={"file": SimpleUploadedFile(name, data)})
        outcome = "accepted" if form.is_valid() else " ".join(form.errors["file"])
        seconds = time.perf_counter() - started
        rss, peak = memory()
        print(
            f"{label}: {len(data) / MB:.1f} MB uploaded, {seconds:.2f} s, "
            f"resident +{(rss - rss_before) / MB:.1f} MB, peak +{(peak - peak_before) / MB:.1f} MB"
            f"\n    {outcome[:160]}"
        )


if __name__ == "__main__":
    main()
