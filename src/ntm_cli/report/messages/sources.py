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
    "schema.title": (
        "Tệp số liệu xã — bộ tiêu chí {set}: {name}",
        "Commune data file — criteria set {set}: {name}",
    ),
    "schema.description": (
        "Một xã, một danh sách xã, hoặc `communes:` với các khoá dùng chung; yêu cầu ghi"
        " cho năm {year}. Kiểm tra đầy đủ: ntm validate TỆP.",
        "One commune, a list of communes, or `communes:` with shared keys; requirements"
        " shown for {year}. Full check: ntm validate FILE.",
    ),
    "schema.shape_one": ("Một xã", "One commune"),
    "schema.shape_list": ("Danh sách xã", "A list of communes"),
    "schema.shape_shared": (
        "Danh sách `communes:` với các khoá dùng chung (tỉnh, năm, bộ tiêu chí…)",
        "A `communes:` list with shared keys (province, year, criteria set…)",
    ),
    "schema.indicator": (
        "đơn vị: {unit} — yêu cầu: {required} — loại: {kind}",
        "unit: {unit} — required: {required} — kind: {kind}",
    ),
    "schema.kind_percent": (
        "số phần trăm (87,5), hoặc {achieved: N, total: M}, hoặc na",
        "a percentage (87.5), or {achieved: N, total: M}, or na",
    ),
    "schema.kind_number": ("một số, hoặc na", "a number, or na"),
    "schema.kind_count": ("một số đếm, hoặc na", "a count, or na"),
    "schema.kind_qualitative": ("đạt / chưa đạt, hoặc na", "đạt / chưa đạt, or na"),
    "schema.kind_meets_set": (
        "đạt / chưa đạt (tính từ bộ tiêu chí được nhắc đến khi có số liệu)",
        "đạt / chưa đạt (computed from the referenced set when its data is given)",
    ),
    "schema.kind_share_meeting_set": (
        "tỷ lệ % số xã đạt bộ tiêu chí được nhắc đến",
        "% of communes meeting the referenced set",
    ),
    "schema.count": ("Số đạt trên tổng số", "Achieved out of a total"),
    "schema.region_values": (
        "Vùng: mã ({codes}) hoặc tên vùng",
        "Region: a code ({codes}) or the region's name",
    ),
    "schema.field_commune": ("Tên xã (bắt buộc)", "Commune name (required)"),
    "schema.field_district": ("Huyện (bộ tiêu chí trước 2026)", "District (sets before 2026)"),
    "schema.field_province": ("Tỉnh", "Province"),
    "schema.field_code": ("Mã đơn vị hành chính của xã", "Administrative code of the commune"),
    "schema.field_region": ("Vùng", "Region"),
    "schema.field_khu_vuc": (
        "Khu vực theo Nghị định 272/2025/NĐ-CP (I, II, III)",
        "Area class under Decree 272/2025/NĐ-CP (I, II, III)",
    ),
    "schema.field_group": ("Nhóm xã (1, 2, 3)", "Commune group (1, 2, 3)"),
    "schema.field_year": ("Năm đánh giá", "Assessment year"),
    "schema.field_criteria_set": ("Mã bộ tiêu chí", "Criteria set id"),
    "schema.field_extremely_disadvantaged": (
        "Xã đặc biệt khó khăn",
        "Extremely disadvantaged commune",
    ),
    "schema.field_safe_zone": ("Xã an toàn khu", "Safe-zone commune"),
    "schema.field_indicators": ("Số liệu các chỉ tiêu", "Indicator values"),
    "schema.field_criteria": (
        "Kết quả tiêu chí đã đánh giá (đạt / chưa đạt / cơ bản đạt)",
        "Declared criterion results (đạt / chưa đạt / cơ bản đạt)",
    ),
    "schema.field_other_sets": (
        "Số liệu cho bộ tiêu chí khác (nâng cao, kiểu mẫu), theo mã bộ",
        "Values for other sets (advanced, model), by set id",
    ),
    "schema.field_formed_from": (
        "Các xã cũ hợp thành xã này (sáp nhập)",
        "The former communes this one was formed from (merger)",
    ),
    "schema.field_notes": ("Ghi chú", "Notes"),
    "schema.help_set": (
        "Bộ tiêu chí: lược đồ riêng của bộ (vùng hoặc nhóm, từng chỉ tiêu có tên, đơn vị,"
        " yêu cầu); chỉ dùng với `commune`.",
        "Criteria set: a schema for that set (region or group, each indicator with its"
        " name, unit, requirement); commune only.",
    ),
    "schema.help_year": (
        "Năm có yêu cầu ghi trong lược đồ (mặc định: năm nay, trong giai đoạn của bộ).",
        "Year whose requirements the schema shows (default: this year, within the set's period).",
    ),
    "schema.set_needs_commune": (
        "--set chỉ dùng với `ntm schema commune`",
        "--set goes with `ntm schema commune` only",
    ),
    "schema.set_not_commune_level": (
        "bộ tiêu chí {id} dành cho cấp {level}, không phải xã: dùng `ntm schema district`"
        " hoặc `ntm schema province`",
        "set {id} is for a {level}, not a commune: use `ntm schema district` or"
        " `ntm schema province`",
    ),
    "table.folded_missing": (
        "chưa có số liệu: {ids} ({count} chỉ tiêu) — dùng kết quả đã khai",
        "no data: {ids} ({count}) — the declared result is used",
    ),
}
