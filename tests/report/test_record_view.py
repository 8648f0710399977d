"""The record lines printed at the foot of HTML (and Word) reports."""

from __future__ import annotations

import hashlib

from ntm_cli.model.record import RunRecord
from ntm_cli.report.record_view import combined, inputs_digest, record_lines

SHA = "ab" * 32


def test_few_inputs_are_listed_one_by_one_in_vietnamese() -> None:
    record = RunRecord("0.1.0", "2026-12-04T00:00:00Z", (("qd51-2025-xa-ntm", SHA),),
                       (("xa-a.yaml", SHA),))  # fmt: skip
    assert record_lines(record, "vi") == (
        ("Phiên bản ntm", "0.1.0"),
        ("Thời điểm chạy (UTC)", "2026-12-04T00:00:00Z"),
        ("Tệp bộ tiêu chí qd51-2025-xa-ntm", f"SHA-256 {SHA}"),
        ("Tệp đầu vào xa-a.yaml", f"SHA-256 {SHA}"),
    )
    other = RunRecord("0.1.0", "2026-12-04T00:00:00Z", (("qd51-2025-xa-ntm", SHA),),
                      (("xa-b.yaml", SHA),))  # fmt: skip
    assert combined([record, other]).inputs == (("xa-a.yaml", SHA), ("xa-b.yaml", SHA))
    assert combined([record, other]).sets == (("qd51-2025-xa-ntm", SHA),)


def test_a_province_folder_is_one_line_with_the_digest_of_its_sha256sum_list() -> None:
    inputs = tuple((f"xa-{i}.yaml", SHA) for i in range(600))
    record = RunRecord("0.1.0", "2026-12-04T00:00:00Z", (), inputs)
    listing = "".join(f"{SHA}  xa-{i}.yaml\n" for i in range(600)).encode()
    assert inputs_digest(record) == hashlib.sha256(listing).hexdigest()
    assert record_lines(record, "en")[-1] == (
        "600 input files (digest of their sha256sum list)",
        f"SHA-256 {hashlib.sha256(listing).hexdigest()}",
    )
