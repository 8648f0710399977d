"""`--help` texts of every command and option."""

from __future__ import annotations

# key -> (Vietnamese, English)
PHRASES: dict[str, tuple[str, str]] = {
    "help.option.lang": (
        "Ngôn ngữ: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh); cũng đặt được bằng NTM_LANG.",
        "Language: vi (Vietnamese, the default) or en (English); also NTM_LANG.",
    ),
}
