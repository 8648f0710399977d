"""Citations of thresholds, the JSON Schema and the terminal table."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {
    "sources.boundary": (
        "{required} (có nguồn ghi “{wording}”)",
        "{required} (a source says “{wording}”)",
    ),
    "sources.no_regional_split": (
        "mọi vùng (nguồn không chia theo vùng)",
        "all regions (the sources give no regional split)",
    ),
    "sources.unsplit": (
        "{required} (nguồn không chia theo vùng)",
        "{required} (no regional split in the sources)",
    ),
    "sources.confidence_high": ("độ tin cậy cao", "high confidence"),
    "sources.confidence_medium": ("độ tin cậy trung bình", "medium confidence"),
    "sources.confidence_low": ("độ tin cậy thấp", "low confidence"),
    "sources.evidence_heading": (
        "Ghi chép tra cứu (không dùng để trích dẫn)",
        "Research trail (not for citation)",
    ),
    "sources.help_evidence": (
        "Hiện cả ghi chép tra cứu đằng sau mỗi nguồn (không dùng để trích dẫn).",
        "Also show the research trail behind each source (not for citation).",
    ),
}
