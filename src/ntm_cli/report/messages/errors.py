"""Input and usage errors and warnings, with the fix they suggest."""

from __future__ import annotations

# key -> (Vietnamese, English). Errors are raised as said("error.…", field=value) in the
# lower layers and written in the user's language by report.messages.say().
PHRASES: dict[str, tuple[str, str]] = {
    # How many places and problems a file has (model/errors.condensed)
    "error.same_elsewhere": (
        "{problem} (lỗi này lặp lại ở {count} chỗ khác: {places}, …)",
        "{problem} (the same in {count} more places: {places}, …)",
    ),
    "error.more_problems": (
        "còn {count} lỗi khác trong tệp này chưa được liệt kê (chỉ liệt kê {shown} lỗi đầu);"
        " sửa các lỗi đó rồi chạy lại ntm",
        "{count} more problems in this file are not listed (the first {shown} are);"
        " fix those and run ntm again",
    ),
    "error.left_out": ("lược bớt {count} ký tự", "{count} characters left out"),
    # Output files (report/atomic.py); {reason} is the system's own words
    "error.write_bad_name": (
        "{path}: không ghi được ở đây: {reason}; hãy chọn tên ngắn hơn hoặc đơn giản hơn",
        "{path}: cannot write here: {reason}; choose a shorter or simpler name",
    ),
    "error.write_folder": (
        "{path}: là một thư mục; hãy cho tên tệp cần ghi",
        "{path}: is a folder; give a file name to write",
    ),
    "error.write_exists": (
        "{path}: tệp đã có; thêm --force để ghi đè",
        "{path}: file exists; add --force to overwrite it",
    ),
    "error.write_no_folder": (
        "{path}: thư mục không tồn tại",
        "{path}: folder does not exist",
    ),
    "error.write_here": (
        "{path}: không ghi được ở đây: {reason}",
        "{path}: cannot write here: {reason}",
    ),
    "error.write_failed": (
        "{path}: ghi tệp không được: {reason}",
        "{path}: cannot write: {reason}",
    ),
    # Command-line requests
    "error.xlsx_needs_output": (
        "--format xlsx ghi ra một bảng tính: thêm --output TỆP.xlsx",
        "--format xlsx writes a workbook: add --output FILE.xlsx",
    ),
}

PHRASES.update(
    {
        # Reading a file (inputs/yaml_text.py, inputs/workbooks.py); {reason}: the system's words
        "file.is_directory": (
            "là thư mục, không phải tệp; hãy chỉ tên một tệp trong đó",
            "is a directory, not a file; name a file inside it",
        ),
        "file.unreadable": ("không đọc được tệp: {reason}", "cannot read file: {reason}"),
        "file.too_large": (
            "tệp quá lớn ({size} > {limit}); hãy chia thành nhiều tệp",
            "file is too large ({size} > {limit}); split it into several files",
        ),
        "file.utf16": (
            "tệp được mã hóa UTF-16; hãy lưu lại dưới dạng UTF-8 (Excel: 'CSV UTF-8')",
            "file is UTF-16 encoded; save it as UTF-8 (Excel: 'CSV UTF-8')",
        ),
        "file.utf16_no_bom": (
            "tệp được mã hóa UTF-16 (không có dấu thứ tự byte); hãy lưu lại dưới dạng UTF-8"
            " (Excel: 'CSV UTF-8')",
            "file is UTF-16 encoded (without a byte-order mark); save it as UTF-8"
            " (Excel: 'CSV UTF-8')",
        ),
        "file.binary": (
            "tệp nhị phân, không phải văn bản; hãy đưa tệp YAML hoặc CSV",
            "file is binary, not text; give a YAML or CSV file",
        ),
        "file.not_utf8": (
            "byte {byte} không phải UTF-8; hãy lưu tệp dưới dạng UTF-8",
            "byte {byte} is not UTF-8; save the file as UTF-8",
        ),
        # YAML syntax and the guards against hostile YAML
        "yaml.alias_bomb": (
            "neo và bí danh (&tên, *tên) làm tệp này phình ra quá {values} giá trị hoặc"
            " {chars} ký tự; hãy viết thẳng các giá trị ra",
            "anchors and aliases (&name, *name) expand this file beyond {values} values or"
            " {chars} characters; write the values out instead",
        ),
        "yaml.alias_loop": (
            "bí danh trỏ vào chính nó; hãy xóa *bí danh đó",
            "an alias refers to itself; remove the *alias",
        ),
        "yaml.long_number": (
            "số có {digits} chữ số là quá dài; hãy kiểm tra lại giá trị",
            "a number of {digits} digits is too long; check the value",
        ),
        "yaml.key_not_text": (
            'khóa phải là chữ đơn giản, ví dụ "14.2"',
            'a mapping key must be plain text, such as "14.2"',
        ),
        "yaml.duplicate_key": (
            "khóa {key} bị lặp: chỉ giữ một trong hai mục",
            "duplicate key {key}: keep one of the two entries",
        ),
        "yaml.tab": (
            "cú pháp YAML: có ký tự tab; hãy thụt lề bằng dấu cách, không dùng tab",
            "YAML syntax: a tab character; indent with spaces, not tabs",
        ),
        "yaml.tag": (
            "không được dùng thẻ YAML {tag}; ntm chỉ đọc giá trị thường: hãy xóa thẻ này",
            "YAML tag {tag} is not allowed; ntm reads plain values only: remove the tag",
        ),
        "yaml.syntax": ("lỗi cú pháp YAML: {problem}", "YAML syntax: {problem}"),
        "yaml.mapping_values": (
            "cú pháp YAML: không được viết `khóa: giá trị` ở chỗ này; hãy kiểm tra thụt lề,"
            " hoặc đặt giá trị có chứa ': ' trong ngoặc kép",
            "YAML syntax: mapping values are not allowed in this context; check the"
            " indentation, or quote a value containing ': '",
        ),
        "yaml.no_colon": (
            "cú pháp YAML: không thấy dấu ':' cần có; sau khóa phải có ': ', hoặc đặt chữ"
            " trong ngoặc kép",
            "YAML syntax: could not find expected ':'; a key needs ': ' after it, or quote"
            " the text",
        ),
        "yaml.no_key": (
            "cú pháp YAML: không thấy khóa cần có; hãy kiểm tra thụt lề của dòng này và dòng trên",
            "YAML syntax: did not find expected key; check the indentation of this line and"
            " the one above",
        ),
        "yaml.no_dash": (
            "cú pháp YAML: không thấy dấu '-' cần có; hãy kiểm tra thụt lề của mục danh sách này",
            "YAML syntax: did not find expected '-' indicator; check the indentation of this"
            " list item",
        ),
        "yaml.two_documents": (
            "cú pháp YAML: gặp thêm một tài liệu; mỗi tệp chỉ chứa một tài liệu: hãy xóa dòng"
            " '---' này hoặc tách tệp",
            "YAML syntax: found another document; a file holds one document: remove this"
            " '---' or split the file",
        ),
        "yaml.unclosed": (
            "cú pháp YAML: tệp kết thúc đột ngột; một dấu ngoặc kép hoặc dấu ngoặc mở trước"
            " đó chưa được đóng{where}",
            "YAML syntax: found unexpected end of stream; a quote or bracket opened earlier"
            " is not closed{where}",
        ),
        "yaml.unclosed_bracket": (
            "cú pháp YAML: không thấy dấu ',' hoặc dấu đóng ngoặc cần có; một dấu ngoặc mở"
            " trước đó chưa được đóng, hoặc thiếu dấu ','{where}",
            "YAML syntax: did not find expected ',' or closing bracket; a bracket opened"
            " earlier is not closed, or a ',' is missing{where}",
        ),
        "yaml.opened_at": (
            " (mở ở dòng {line}, cột {column})",
            " (it starts at line {line}, column {column})",
        ),
        "yaml.undefined_alias": (
            "cú pháp YAML: bí danh chưa được định nghĩa; hãy định nghĩa &neo trước khi dùng"
            " *bí danh, hoặc viết thẳng giá trị ra",
            "YAML syntax: found undefined alias; define the &anchor before using *alias, or"
            " write the value out",
        ),
        "yaml.bad_character": (
            "ký tự {character} không được phép trong YAML; hãy xóa nó",
            "character {character} is not allowed in YAML; delete it",
        ),
        "yaml.too_deep": (
            "lồng quá {depth} cấp; tệp xã và tệp bộ tiêu chí chỉ cần vài cấp",
            "nested more than {depth} levels deep; commune and criteria files need only a"
            " few levels",
        ),
    }
)

PHRASES.update(
    {
        # Lists in running text
        "list.one": ("{item}", "{item}"),
        "list.or": ("{items} hoặc {last}", "{items} or {last}"),
        "list.and": ("{items} và {last}", "{items} and {last}"),
        # File shapes (inputs/files.py)
        "file.empty": (
            "tệp trống (hoặc chỉ có chú thích); `ntm template` tạo sẵn một tệp mẫu để điền",
            "file is empty (or only comments); `ntm template` writes a starting point",
        ),
        "file.too_many_communes": (
            "{count} xã trong một tệp (tối đa {limit}: cả nước có 3.321 xã); hãy chia thành"
            " nhiều tệp hoặc dùng một bảng tính",
            "{count} communes in one file (at most {limit}: all of Vietnam is 3,321); split"
            " it into several files or give a sheet",
        ),
        "file.communes_not_a_list": (
            "`communes:` phải là một danh sách các xã",
            "`communes:` must be a list of communes",
        ),
        "file.not_a_commune": (
            "cần một bảng `khóa: giá trị` của một xã (commune:, year:, ...)",
            "expected a commune mapping (commune:, year:, ...)",
        ),
        "file.no_communes": ("tệp không có xã nào", "no communes in file"),
        "file.is_a_set": (
            "đây là một bộ tiêu chí, không phải số liệu xã; hãy đưa thư mục của nó qua"
            " --sets-dir (hoặc kiểm tra bằng `ntm sets check TỆP`)",
            "this is a criteria set, not commune data; pass its folder with --sets-dir"
            " (or check it with `ntm sets check FILE`)",
        ),
        "file.is_a_district": (
            "đây là tệp của huyện, không phải số liệu xã; hãy chấm bằng"
            " `ntm evaluate TỆP --communes THƯ_MỤC`",
            "this is a district file, not commune data; score it with"
            " `ntm evaluate FILE --communes DIR`",
        ),
        "set.not_a_mapping": (
            "bộ tiêu chí phải là một bảng `khóa: giá trị` có id, title, criteria",
            "a criteria set is a mapping with id, title, criteria",
        ),
        # pydantic's complaints, by error type, with the field path
        "pydantic.at": ("{path}: {problem}", "{path}: {problem}"),
        "pydantic.with_hint": ("{problem}; {hint}", "{problem}; {hint}"),
        "pydantic.unknown_key": ("khóa không hợp lệ {key}", "unknown key {key}"),
        "pydantic.unknown_key_expected": (
            "khóa không hợp lệ {key}; các khóa được dùng: {allowed}",
            "unknown key {key}; expected one of: {allowed}",
        ),
        "pydantic.missing": ("thiếu khóa bắt buộc {key}", "missing required key {key}"),
        "pydantic.empty": (
            "giá trị trống; hãy điền vào (hoặc xóa dòng này nếu khóa không bắt buộc)",
            "empty value; fill it in (or delete the line if the key is optional)",
        ),
        "pydantic.other": ("giá trị không hợp lệ ({msg})", "{msg}"),
        "pydantic.expected": ("giá trị phải là {expected}", "Input should be {expected}"),
        "pydantic.greater_than_equal": (
            "giá trị phải lớn hơn hoặc bằng {bound}",
            "Input should be greater than or equal to {bound}",
        ),
        "pydantic.greater_than": (
            "giá trị phải lớn hơn {bound}",
            "Input should be greater than {bound}",
        ),
        "pydantic.less_than_equal": (
            "giá trị phải nhỏ hơn hoặc bằng {bound}",
            "Input should be less than or equal to {bound}",
        ),
        "pydantic.less_than": ("giá trị phải nhỏ hơn {bound}", "Input should be less than {bound}"),
        "pydantic.string_too_short": (
            "chữ phải có ít nhất {bound} ký tự",
            "String should have at least {bound} characters",
        ),
        "pydantic.string_too_long": (
            "chữ chỉ được có tối đa {bound} ký tự",
            "String should have at most {bound} characters",
        ),
        "pydantic.too_short": (
            "danh sách phải có ít nhất {bound} mục",
            "List should have at least {bound} items",
        ),
        "pydantic.too_long": (
            "danh sách chỉ được có tối đa {bound} mục",
            "List should have at most {bound} items",
        ),
        "pydantic.string_type": ("giá trị phải là chữ", "Input should be a valid string"),
        "pydantic.int_type": ("giá trị phải là số nguyên", "Input should be a valid integer"),
        "pydantic.int_parsing": (
            "giá trị phải là số nguyên, không đọc được chữ này thành số",
            "Input should be a valid integer, unable to parse string as an integer",
        ),
        "pydantic.int_from_float": (
            "giá trị phải là số nguyên, không được có phần thập phân",
            "Input should be a valid integer, got a number with a fractional part",
        ),
        "pydantic.bool_type": (
            "giá trị phải là đúng hoặc sai",
            "Input should be a valid boolean",
        ),
        "pydantic.bool_parsing": (
            "giá trị phải là đúng hoặc sai, không hiểu được giá trị này",
            "Input should be a valid boolean, unable to interpret input",
        ),
        "pydantic.float_type": ("giá trị phải là một số", "Input should be a valid number"),
        "pydantic.float_parsing": (
            "giá trị phải là một số, không đọc được chữ này thành số",
            "Input should be a valid number, unable to parse string as a number",
        ),
        "pydantic.dict_type": (
            "giá trị phải là một bảng `khóa: giá trị`",
            "Input should be a valid dictionary",
        ),
        "pydantic.list_type": ("giá trị phải là một danh sách", "Input should be a valid list"),
        "pydantic.model_type": (
            "giá trị phải là một bảng `khóa: giá trị`",
            "Input should be a valid dictionary",
        ),
        "pydantic.finite_number": (
            "giá trị phải là một số hữu hạn",
            "Input should be a finite number",
        ),
        "pydantic.date_type": ("giá trị phải là một ngày", "Input should be a valid date"),
        "pydantic.date_parsing": (
            "giá trị phải là một ngày (năm-tháng-ngày, ví dụ 2025-06-30)",
            "Input should be a valid date (year-month-day, such as 2025-06-30)",
        ),
        "pydantic.date_from_datetime_parsing": (
            "giá trị phải là một ngày (năm-tháng-ngày, ví dụ 2025-06-30)",
            "Input should be a valid date (year-month-day, such as 2025-06-30)",
        ),
        "pydantic.hint_text": (
            "hãy viết chữ (đặt trong ngoặc kép nếu trông giống một số)",
            "write text (quote it if it looks like a number)",
        ),
        "pydantic.hint_whole": (
            "hãy viết một số nguyên, ví dụ 2025",
            "write a whole number, such as 2025",
        ),
        "pydantic.hint_bool": ("hãy viết true hoặc false", "write true or false"),
        "pydantic.hint_number": (
            "hãy viết một số, ví dụ 87.5",
            "write a number, such as 87.5",
        ),
        "pydantic.hint_mapping": (
            "hãy viết các dòng `khóa: giá trị` thụt lề dưới khóa này",
            "write `key: value` lines indented under this key",
        ),
        "pydantic.hint_list": (
            "hãy viết một danh sách (các dòng `- mục` hoặc [a, b])",
            "write a list (`- item` lines or [a, b])",
        ),
        # Values in commune data (model/values.py, model/sets.py, model/regions.py, groups)
        "value.too_large": (
            "{start}... ({digits} chữ số) quá lớn để làm giá trị; hãy kiểm tra lại số",
            "{start}... ({digits} digits) is too large to be a value; check the number",
        ),
        "value.not_finite": ("{value} không phải số hữu hạn", "{value} is not a finite number"),
        "value.not_a_number": ("{value} không phải là số", "{value} is not a number"),
        "value.mixed_separators": (
            "{value} dùng lẫn '.' và ',' theo cách không thành một số",
            "{value} mixes '.' and ',' in a way that is not a number",
        ),
        "value.ambiguous": (
            "{value} không rõ nghĩa: có thể là {whole} (dấu phân cách hàng nghìn) hoặc {point}"
            " (dấu thập phân); gõ {whole} cho số nguyên, hoặc {comma} cho số thập phân",
            "{value} is ambiguous: it may mean {whole} (thousands separator) or {point}"
            " (decimal point); type {whole} for the whole number, or {comma} for the decimal",
        ),
        "value.achieved_over_total": (
            "số đạt (achieved: {achieved}) lớn hơn tổng số (total: {total})",
            "achieved ({achieved}) is more than total ({total})",
        ),
        "value.count_unknown_key": (
            "khóa không hợp lệ; một số đếm được viết {achieved: N, total: M}",
            "unknown key; a count is written {achieved: N, total: M}",
        ),
        "value.count_missing": (
            "còn thiếu; một số đếm được viết {achieved: N, total: M}",
            "missing; a count is written {achieved: N, total: M}",
        ),
        "value.not_a_value": (
            "ntm không đọc được giá trị {value}; hãy viết một số (87.5), đạt / chưa đạt, na,"
            " hoặc {{achieved: N, total: M}}",
            "{value} is not a value ntm reads; write a number (87.5), đạt / chưa đạt, na,"
            " or {{achieved: N, total: M}}",
        ),
        "value.list_not_a_value": (
            "danh sách không phải là giá trị ntm đọc được; hãy viết một số (87.5), đạt / chưa"
            " đạt, na, hoặc {achieved: N, total: M}",
            "a list is not a value ntm reads; write a number (87.5), đạt / chưa đạt, na,"
            " or {achieved: N, total: M}",
        ),
        "value.empty": (
            "giá trị trống; hãy viết một số, đạt / chưa đạt hoặc na, hoặc xóa dòng này",
            "empty value; write a number, đạt / chưa đạt or na, or delete the line",
        ),
        "value.empty_status": (
            "trạng thái trống; hãy viết đạt, cơ bản đạt hoặc chưa đạt, hoặc xóa dòng này",
            "empty status; write đạt, cơ bản đạt or chưa đạt, or delete the line",
        ),
        "value.not_a_status": (
            "{value} không phải trạng thái tiêu chí; hãy viết đạt, cơ bản đạt hoặc chưa đạt",
            "{value} is not a criterion status; write đạt, cơ bản đạt or chưa đạt",
        ),
        "value.unknown_region": (
            "vùng {value} không có trong danh sách; hãy dùng một mã {codes} hoặc tên vùng"
            " tiếng Việt, ví dụ 'Bắc Trung Bộ'",
            "unknown region {value}; use one of {codes} or a Vietnamese name such as"
            " 'Bắc Trung Bộ'",
        ),
        "value.not_a_group": (
            "{value} không phải nhóm xã; hãy viết 1, 2 hoặc 3 (nhóm 1, Nhóm I cũng được)",
            "{value} is not a commune group; write 1, 2 or 3 (nhóm 1, Nhóm I also work)",
        ),
        "value.not_an_area": (
            "{value} không phải khu vực; hãy viết I, II hoặc III (khu vực của xã theo {source})",
            "{value} is not an area class; write I, II or III (khu vực of the commune under"
            " {source})",
        ),
        "value.group_contradicts_area": (
            "nhóm {group} mâu thuẫn với khu_vuc {area}: theo QĐ 51/2025/QĐ-TTg, xã khu vực"
            " {area} thuộc nhóm 3; hãy viết nhóm 3 hoặc xóa một trong hai dòng",
            "group {group} contradicts khu_vuc {area}: under QĐ 51/2025/QĐ-TTg a region {area}"
            " commune is group 3; write group 3 or remove one of the two lines",
        ),
        "value.group_3_area_i": (
            "nhóm 3 mâu thuẫn với khu_vuc I: theo QĐ 51/2025/QĐ-TTg, nhóm 3 là các xã khu vực"
            " II và III; hãy viết nhóm 1 hoặc 2, hoặc sửa khu_vuc",
            "group 3 contradicts khu_vuc I: under QĐ 51/2025/QĐ-TTg group 3 is the region II"
            " and III communes; write group 1 or 2, or correct khu_vuc",
        ),
        # Criteria-set files (model/sets.py)
        "set.candidates_need_unknown": (
            "có các giá trị ứng viên (nguồn không khớp nhau) thì phải ghi value: unknown;"
            " không được tự chọn một giá trị",
            "candidates (disagreeing sources) need value: unknown; do not pick one silently",
        ),
        "set.target_set": (
            "`set:` ghi bộ tiêu chí được tham chiếu; bắt buộc với loại meets_set và"
            " share_meeting_set, không dùng cho các loại khác",
            "`set:` names the referenced set; it is required for kinds meets_set and"
            " share_meeting_set and not allowed for other kinds",
        ),
        "set.threshold_true": (
            "ngưỡng của chỉ tiêu loại {kind} là true (đạt)",
            "a {kind} indicator's threshold value is true (đạt)",
        ),
        "set.threshold_numeric": (
            "chỉ tiêu loại {kind} cần ngưỡng là số, không phải true",
            "a {kind} indicator needs a numeric threshold, not true",
        ),
        "set.percent_outside": (
            "ngưỡng phần trăm {value} nằm ngoài khoảng 0–100",
            "percent threshold {value} is outside 0–100",
        ),
        "set.rules_overlap": (
            "hai quy tắc ngưỡng cùng mức cụ thể chồng lên nhau; hãy thu hẹp một quy tắc bằng"
            " regions/groups/years",
            "two threshold rules of the same specificity overlap; narrow one of them with"
            " regions/groups/years",
        ),
        "set.period_backwards": (
            "năm kết thúc giai đoạn trước năm bắt đầu",
            "period end is before its start",
        ),
        "set.criterion_twice": (
            "mã tiêu chí {id} xuất hiện hai lần",
            "criterion id {id} appears twice",
        ),
        "set.indicator_twice": (
            "mã chỉ tiêu {id} xuất hiện hai lần",
            "indicator id {id} appears twice",
        ),
        "set.regions_in": (
            "chỉ tiêu {id}: dùng regions trong một bộ tiêu chí loại {scheme}",
            "indicator {id}: regions used in a {scheme} set",
        ),
        "set.groups_in": (
            "chỉ tiêu {id}: dùng groups trong một bộ tiêu chí loại {scheme}",
            "indicator {id}: groups used in a {scheme} set",
        ),
        "set.at_least_too_many": (
            "tiêu chí {id}: at_least {at_least} lớn hơn số chỉ tiêu của nó ({count})",
            "criterion {id}: at_least {at_least} is more than its {count} indicators",
        ),
        "set.continues_unknown": (
            "continues.criteria: {ids} không phải tiêu chí của bộ này; các tiêu chí: {known}",
            "continues.criteria: {ids} not a criterion of this set; its criteria: {known}",
        ),
    }
)

PHRASES.update(
    {
        # A commune's data against its set (scoring/checks.py)
        "set.unknown": (
            "không có bộ tiêu chí {id}; `ntm sets list` liệt kê các mã",
            "unknown criteria set {id}; `ntm sets list` shows the ids",
        ),
        "check.qualitative": (
            "chỉ tiêu {id} là chỉ tiêu định tính; hãy viết đạt hoặc chưa đạt",
            "indicator {id} is qualitative; write đạt or chưa đạt",
        ),
        "check.negative": (
            "{value} là số âm; {id} không thể nhỏ hơn 0",
            "{value} is negative; {id} cannot be below 0",
        ),
        "check.over_100": (
            "{value}% là không thể với {id}; tỷ lệ phần trăm nằm trong khoảng 0–100",
            "{value}% is impossible for {id}; percentages are 0–100",
        ),
        "check.not_whole": (
            "{value} không phải số nguyên đơn vị",
            "{value} is not a whole number of units",
        ),
        "check.needs_number": (
            "chỉ tiêu {id} cần một số ({kind}), không phải đạt/chưa đạt",
            "indicator {id} needs a number ({kind}), not đạt/chưa đạt",
        ),
        "check.count_not_percent": (
            "chỉ tiêu {id} là loại {kind}, không phải tỷ lệ phần trăm; hãy ghi một số thay vì"
            " achieved/total",
            "indicator {id} is a {kind}, not a percentage; give one number instead of"
            " achieved/total",
        ),
        "check.missing_region": (
            "thiếu vùng: bộ tiêu chí {id} có ngưỡng theo vùng; hãy thêm `region:` với một mã"
            " {codes}",
            "missing region: set {id} has thresholds by region; add `region:` with one of {codes}",
        ),
        "check.missing_group": (
            "thiếu nhóm xã: bộ tiêu chí {id} có ngưỡng theo nhóm xã; hãy thêm `group:` 1, 2"
            " hoặc 3 (QĐ 51/2025/QĐ-TTg: 1 là xã ven đô, 3 là xã khu vực II/III, 2 là các xã"
            " còn lại), hoặc `khu_vuc: II` / `III` cho xã khu vực II/III",
            "missing group: set {id} has thresholds by commune group; add `group:` 1, 2 or 3"
            " (QĐ 51/2025/QĐ-TTg: 1 near-urban, 3 region II/III communes, 2 the others), or"
            " `khu_vuc: II` / `III` for a region II/III commune",
        ),
        "check.unknown_indicator": (
            "bộ tiêu chí {id} không có chỉ tiêu {key};{guess} các mã có: {known}",
            "unknown indicator {key} for set {id};{guess} known ids: {known}",
        ),
        "check.did_you_mean": (
            " có phải ý bạn là {guess}?",
            " did you mean {guess}?",
        ),
        "check.unknown_criterion": (
            "bộ tiêu chí {id} không có tiêu chí {key}; các tiêu chí: {known}",
            "unknown criterion {key} for set {id}; criteria are {known}",
        ),
    }
)

PHRASES.update(
    {
        # Services (run/)
        "error.batch_temporary": (
            "{path}: không giữ được JSON của lượt chấm trong một tệp tạm: {reason}; hãy giải"
            " phóng chỗ trống ở đó hoặc đặt TMPDIR sang thư mục khác",
            "{path}: cannot keep the batch's JSON in a temporary file: {reason}; free some"
            " space there or set TMPDIR to another folder",
        ),
        "set.id_not_file_name": (
            "id {id} khác tên tệp; hãy đặt tên tệp là {name}.yaml để --sets-dir tìm thấy",
            "id {id} differs from the file name; name the file {name}.yaml so --sets-dir finds it",
        ),
        "district.commune_file_missing": (
            "không tìm thấy tệp xã {name} (đường dẫn tính từ thư mục của tệp này)",
            "commune file {name} not found (paths are relative to this file)",
        ),
        "district.not_a_district": (
            "tệp của huyện có `district:` (và không có `commune:`), tệp của tỉnh có"
            " `province:` và `commune_files:`; xem README, mục District và Province",
            "a district file has `district:` (and no `commune:`), a province file"
            " `province:` and `commune_files:`; see README, District and Province",
        ),
        "error.evaluate_too_many": (
            "{count} xã: `ntm evaluate` chỉ hiện tối đa {limit} xã một lần (mỗi xã với mọi"
            " chỉ tiêu); hãy dùng `ntm batch` cho cả tỉnh, hoặc --commune TÊN cho một xã",
            "{count} communes: `ntm evaluate` shows at most {limit} at once (each with every"
            " indicator); use `ntm batch` for a province, or --commune NAME for one",
        ),
        "error.no_such_commune": (
            "--commune {name}: không có xã nào tên này trong các tệp",
            "--commune {name}: no commune of that name in these files",
        ),
        "error.no_such_commune_closest": (
            "--commune {name}: không có xã nào tên này trong các tệp; tên gần nhất: {closest}",
            "--commune {name}: no commune of that name in these files; closest: {closest}",
        ),
    }
)

PHRASES.update(
    {
        # Which files ntm reads (inputs/read.py)
        "kind.not_read": (
            "ntm không đọc tệp {suffix}; ntm đọc số liệu xã từ YAML (.yaml, .yml), CSV (.csv)"
            " và bảng tính (.xlsx, .xls, .ods): {hint}",
            "ntm does not read {suffix} files; it reads commune data from YAML (.yaml, .yml),"
            " CSV (.csv) and workbooks (.xlsx, .xls, .ods): {hint}",
        ),
        "kind.hint_xlsb": (
            "hãy lưu bảng tính dưới dạng .xlsx (Excel Workbook)",
            "save the workbook as .xlsx (Excel Workbook)",
        ),
        "kind.hint_xltx": (
            "hãy lưu biểu mẫu thành một bảng tính .xlsx",
            "save the template as an .xlsx workbook",
        ),
        "kind.hint_numbers": ("hãy xuất ra .xlsx hoặc CSV", "export it as .xlsx or CSV"),
        "kind.hint_fods": ("hãy lưu dưới dạng .ods hoặc .xlsx", "save it as .ods or .xlsx"),
        "kind.hint_tsv": (
            "hãy lưu dưới dạng CSV (văn bản phân cách bằng tab được đọc từ tệp .csv)",
            "save it as CSV (tab-separated text is read from a .csv file)",
        ),
        "kind.hint_txt": (
            "hãy lưu dưới dạng CSV, hoặc đổi đuôi thành .yaml nếu tệp chứa YAML",
            "save it as CSV, or rename it to .yaml if it holds YAML",
        ),
        "kind.hint_template": (
            "`ntm template --format xlsx` (hoặc yaml) tạo một tệp để điền",
            "`ntm template --format xlsx` (or yaml) writes a file to fill in",
        ),
        "kind.empty_folder": (
            "ở đây không có tệp .yaml, .yml, .csv, .xlsx, .xls hay .ods nào",
            "no .yaml, .yml, .csv, .xlsx, .xls or .ods files here",
        ),
        "kind.no_match": ("không có tệp đầu vào nào khớp", "no input file matches"),
        "kind.no_such_file": ("không có tệp hay thư mục này", "no such file or folder"),
        # Criteria sets found and loaded (inputs/registry.py)
        "set.id_taken": (
            "mã bộ tiêu chí '{id}' trùng mã một bộ có sẵn, nên ntm không biết dùng bộ nào;"
            " hãy đặt cho bộ của bạn một mã riêng (tên tệp và `id:`), ví dụ {id}-tinh, và"
            " ghi `extends: {id}` trong đó để bổ sung cho bộ có sẵn",
            "set id '{id}' is a bundled set's id, so ntm would not know which to use; give"
            " your set its own id (file name and `id:`), e.g. {id}-tinh, and write"
            " `extends: {id}` in it to complete the bundled set",
        ),
        "set.id_twice": (
            "mã bộ tiêu chí '{id}' cũng được định nghĩa trong {other}; hãy đổi tên một tệp",
            "set id '{id}' is also defined in {other}; rename one file",
        ),
        "set.no_folder": (
            "{folder}: thư mục bộ tiêu chí không tồn tại",
            "{folder}: criteria-set folder does not exist",
        ),
        "set.overrides_need_extends": (
            "`overrides:` cần `extends: <mã bộ>` chỉ bộ tiêu chí mà nó sửa đổi",
            "`overrides:` needs `extends: <set id>` naming the set it changes",
        ),
        "set.unknown_reference": (
            "{what}: không có bộ tiêu chí {id}; các bộ có: {known} (thêm thư mục của bộ bằng"
            " --sets-dir hoặc NTM_SETS_PATH)",
            "{what}: unknown criteria set {id}; known: {known} (add its folder with"
            " --sets-dir or NTM_SETS_PATH)",
        ),
        "set.cycle": (
            "{what}: tham chiếu vòng {cycle}; hãy bỏ một mắt xích",
            "{what}: reference cycle {cycle}; break one of the links",
        ),
        "set.reference_no_indicator": (
            "bộ {id} không có chỉ tiêu {indicator}; các chỉ tiêu của bộ: {known}",
            "indicator {indicator} is not in set {id}; its indicators: {known}",
        ),
        "set.continues_no_criterion": (
            "bộ {id} không có tiêu chí {key}; các tiêu chí của bộ: {known}",
            "criterion {key} is not in set {id}; its criteria: {known}",
        ),
        "set.no_national": (
            "không có bộ tiêu chí quốc gia nào cho năm {year}; hãy chỉ một bộ bằng --set",
            "no national criteria set is bundled for {year}; name one with --set",
        ),
    }
)

PHRASES.update(
    {
        # A set that extends another (inputs/extends.py)
        "extends.partial_overlap": (
            "quy tắc ngưỡng {new} chồng một phần lên quy tắc kế thừa {old}; hãy ghi lại đúng"
            " các bộ chọn của quy tắc kế thừa, hoặc dùng replace_thresholds: true",
            "threshold rule {new} partly overlaps the inherited rule {old}; repeat the"
            " inherited rule's selectors exactly, or use replace_thresholds: true",
        ),
        "extends.no_criteria": (
            "bộ tiêu chí có `extends` lấy các tiêu chí từ bộ gốc; hãy sửa chúng trong"
            " `overrides:` (remove, criteria, indicators, add) thay vì `criteria:`",
            "a set that `extends` another takes its criteria from it; change them under"
            " `overrides:` (remove, criteria, indicators, add) instead of `criteria:`",
        ),
        "extends.overrides_mapping": (
            "`overrides:` phải là một bảng `khóa: giá trị` (remove, criteria, ...)",
            "`overrides:` is a mapping (remove, criteria, ...)",
        ),
        "extends.missing_criterion": (
            "bộ {id} không có tiêu chí {item}; các tiêu chí có: {known}",
            "criterion {item} is not in {id}; known: {known}",
        ),
        "extends.missing_indicator": (
            "bộ {id} không có chỉ tiêu {item}; các chỉ tiêu có: {known}",
            "indicator {item} is not in {id}; known: {known}",
        ),
        "extends.criterion_exists": (
            "tiêu chí {id} đã có trong {parent}; hãy sửa nó trong overrides.criteria hoặc"
            " chọn mã khác",
            "criterion {id} already exists in {parent}; patch it under overrides.criteria or"
            " pick another id",
        ),
        "extends.indicator_exists": (
            "chỉ tiêu {id} đã có; hãy sửa nó trong overrides.indicators hoặc chọn mã khác",
            "indicator {id} already exists; patch it under overrides.indicators or pick another id",
        ),
        # Workbooks (inputs/workbooks.py); {detail}: the reader library's own words
        "workbook.not_regular": (
            "không phải tệp thông thường; hãy lưu bảng tính thành một tệp",
            "not a regular file; save the workbook as a file",
        ),
        "workbook.part_too_large": (
            "tệp quá lớn: phần {part} khi giải nén chiếm {size} (> {limit})",
            "file is too large: {part} unpacks to {size} (> {limit})",
        ),
        "workbook.no_sheet": ("bảng tính không có trang nào", "the workbook has no sheet"),
        "workbook.password": (
            "bảng tính được bảo vệ bằng mật khẩu; hãy lưu một bản không có mật khẩu",
            "the workbook is protected by a password; save a copy without one",
        ),
        "workbook.unreadable": (
            "không đọc được bảng tính {kind} ({detail}); hãy mở bằng Excel hoặc LibreOffice"
            " rồi lưu lại dưới dạng {kind}",
            "not a readable {kind} workbook ({detail}); open it in Excel or LibreOffice and"
            " save it again as {kind}",
        ),
        "workbook.no_formats": (
            "không đọc được định dạng ô của bảng tính này ({detail}), nên không phân biệt"
            " được ô phần trăm; hãy mở bằng Excel hoặc LibreOffice rồi lưu lại",
            "cannot read the cell formats of this workbook ({detail}), so percent cells"
            " cannot be told apart; open it in Excel or LibreOffice and save it again",
        ),
    }
)

PHRASES.update(
    {
        # Command-line requests (cli/)
        "error.option": ("{option}: {problem}", "{option}: {problem}"),
        "error.district_formats": (
            "chế độ huyện chỉ ghi --format table hoặc json ra đầu ra chuẩn",
            "district mode writes --format table or json to standard output",
        ),
        "error.district_one_file": (
            "chế độ huyện nhận một tệp của huyện (và --communes THƯ_MỤC)",
            "district mode takes one district file (and --communes DIR)",
        ),
        "error.extends_nothing": (
            "bộ {id} không mở rộng bộ nào khác; hãy ghi hai bộ: A B",
            "set {id} extends no other set; name two sets: A B",
        ),
        "error.region_and_group": (
            "chỉ ghi --region hoặc --group, không ghi cả hai",
            "give --region or --group, not both",
        ),
        "error.no_regions": (
            "bộ {id} không có ngưỡng theo vùng; hãy bỏ --region",
            "set {id} has no regional thresholds; drop --region",
        ),
        "error.no_groups": (
            "bộ {id} không có nhóm xã; hãy bỏ --group",
            "set {id} has no commune groups; drop --group",
        ),
        "error.implausible_year": (
            "--year {year} không phải một năm hợp lý",
            "--year {year} is not a plausible year",
        ),
        "error.name_format": (
            "{path}: tên tệp không khớp với --format {format}",
            "{path}: the file name does not fit --format {format}",
        ),
        "error.xlsx_level_huyen": (
            "bộ {id} dành cho huyện; hãy dùng biểu mẫu YAML",
            "set {id} is for a district; use the YAML template",
        ),
        "error.xlsx_level_tinh": (
            "bộ {id} dành cho tỉnh; hãy dùng biểu mẫu YAML",
            "set {id} is for a province; use the YAML template",
        ),
        "error.xlsx_level_thon": (
            "bộ {id} dành cho thôn; hãy dùng biểu mẫu YAML",
            "set {id} is for a village; use the YAML template",
        ),
        "error.xlsx_template_output": (
            "biểu mẫu XLSX cần --output TỆP.xlsx",
            "an XLSX template needs --output FILE.xlsx",
        ),
    }
)

PHRASES.update(
    {
        # Spreadsheets (inputs/sheets.py)
        "sheet.not_whole": (
            "{what} phải là số nguyên, không phải {value}",
            "{what} must be a whole number, not {value}",
        ),
        "sheet.write_a_value": (
            "{problem}; hãy viết một số, đạt / chưa đạt hoặc na",
            "{problem}; write a number, đạt / chưa đạt or na",
        ),
        "sheet.date_not_value": (
            "{value} là ngày hoặc giờ, không phải giá trị chỉ tiêu",
            "{value} is a date or time, not an indicator value",
        ),
        "sheet.not_yes_no": (
            "{value} không phải có/không; hãy viết có hoặc không (true / false)",
            "{value} is not yes/no; write có or không (true / false)",
        ),
        "sheet.value_without_header": (
            "có giá trị trong một cột không có tiêu đề; hãy thêm tiêu đề hoặc xóa ô",
            "value in a column without a header; add a header or clear the cell",
        ),
        "sheet.value_and_count": (
            "chỉ tiêu {id} được ghi cả dạng giá trị lẫn dạng số đếm ({id}.achieved /"
            " {id}.total); hãy giữ một",
            "indicator {id} is given both as a value and as a count ({id}.achieved /"
            " {id}.total); keep one",
        ),
        "sheet.half_count": (
            "đã điền {given} nhưng {missing} còn trống",
            "{given} is filled in but {missing} is empty",
        ),
        "sheet.required_empty": ("ô {key} còn trống", "{key} is empty"),
        "sheet.too_large": (
            "tệp quá lớn (hơn 100 MB)",
            "file is too large (more than 100 MB)",
        ),
        "sheet.unclosed_quote": (
            'dấu ngoặc kép (") mở ở dòng này không được đóng, nên mọi dòng bên dưới sẽ thành'
            " một ô; hãy đóng hoặc xóa dấu ngoặc kép",
            'a quote (") opened in this row is never closed, so every row below it would be'
            " one cell; close the quote or remove it",
        ),
        "sheet.csv": ("CSV: {problem}", "CSV: {problem}"),
        "sheet.suffix": (
            "bảng tính phải là tệp .csv, .xlsx, .xls hoặc .ods",
            "a spreadsheet must be .csv, .xlsx, .xls or .ods",
        ),
        "sheet.no_rows": (
            "không có xã nào: bảng tính có dòng tiêu đề nhưng không có dòng số liệu",
            "no communes: the sheet has a header but no rows",
        ),
    }
)

PHRASES.update(
    {
        # A merged commune's former communes (inputs/read.py, model/sets.py)
        "former.file_or_record": (
            "xã cũ được ghi bằng `file: xa-cu.yaml` (tệp số liệu của xã) hoặc một bản ghi có"
            " `commune:` và `indicators:` của xã",
            "a former commune is `file: xa-cu.yaml` (its data file) or a record with"
            " `commune:` and its `indicators:`",
        ),
        "former.not_both": (
            "chỉ ghi số liệu của xã cũ trong tệp của xã hoặc ở đây, không ghi cả hai",
            "give the former commune's values in its file or here, not both",
        ),
        "set.floor_too_high": (
            "floor.value {value} lớn hơn số tiêu chí của bộ ({count})",
            "floor.value {value} is more than the set's {count} criteria",
        ),
    }
)
