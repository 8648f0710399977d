"""`--help` texts of every command and option."""

from __future__ import annotations

# key -> (Vietnamese, English). cli/ reads them with help_text(key), in NTM_LANG's language.
PHRASES: dict[str, tuple[str, str]] = {
    "help.option.lang": (
        "Ngôn ngữ: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh); cũng đặt được bằng NTM_LANG.",
        "Language: vi (Vietnamese, the default) or en (English); also NTM_LANG.",
    ),
    "help.option.help": ("Hiện hướng dẫn này rồi thoát.", "Show this message and exit."),
    "help.option.version": ("In phiên bản của ntm rồi thoát.", "Print ntm's version and exit."),
    "help.option.sets_dir": (
        "Thư mục bộ tiêu chí YAML bổ sung (ghi nhiều lần được; cũng đặt được bằng NTM_SETS_PATH).",
        "Extra folder of criteria-set YAML files (repeatable; also NTM_SETS_PATH).",
    ),
    "help.option.output": (
        "Ghi ra tệp này (an toàn: không bao giờ ghi dở) thay vì ra màn hình.",
        "Write to this file (atomically) instead of standard output.",
    ),
    "help.option.force": (
        "Ghi đè tệp --output nếu tệp đã có.",
        "Overwrite the --output file if it exists.",
    ),
    "help.option.force_file": ("Ghi đè tệp đã có.", "Overwrite an existing file."),
    "help.option.format": ("Định dạng kết quả.", "Output format."),
    "help.option.set": (
        "Mã bộ tiêu chí (xem `ntm sets list`); dùng thay cho criteria_set ghi trong tệp.",
        "Criteria set id (see `ntm sets list`); overrides criteria_set in the files.",
    ),
    # Words shown for option values, instead of Python types
    "help.metavar.file": ("TỆP", "FILE"),
    "help.metavar.files": ("TỆP...", "FILE..."),
    "help.metavar.dir": ("THƯ_MỤC", "DIR"),
    "help.metavar.number": ("SỐ", "N"),
    "help.metavar.text": ("CHỮ", "TEXT"),
    "help.metavar.id": ("MÃ", "ID"),
    "help.metavar.name": ("TÊN", "NAME"),
    "help.metavar.year": ("NĂM", "YEAR"),
    "help.metavar.group": ("NHÓM", "GROUP"),
    "help.metavar.region": ("VÙNG", "REGION"),
    "help.metavar.kind": ("LOẠI", "KIND"),
    "help.metavar.set_or_file": ("TỆP_HOẶC_MÃ", "FILE_OR_ID"),
    # Words of the help screens themselves (typer's and click's own)
    "help.usage": ("Cách dùng: ", "Usage: "),
    "help.usage_options": ("[TÙY_CHỌN]", "[OPTIONS]"),
    "help.usage_command": ("LỆNH [THAM_SỐ]...", "COMMAND [ARGS]..."),
    "help.panel_arguments": ("Tham số", "Arguments"),
    "help.panel_options": ("Tùy chọn", "Options"),
    "help.panel_commands": ("Lệnh", "Commands"),
    "help.panel_error": ("Lỗi", "Error"),
    "help.default": ("[mặc định: {}]", "[default: {}]"),
    "help.required": ("[bắt buộc]", "[required]"),
    "help.envvar": ("[biến môi trường: {}]", "[env var: {}]"),
    "help.aborted": ("Đã dừng.", "Aborted."),
    # The last resort of cli/app.main; both say "internal error", which tests look for.
    "help.internal_error": (
        "ntm: lỗi nội bộ (internal error): {error}; hãy chạy lại với NTM_DEBUG=1 và báo lỗi này",
        "ntm: internal error: {error}; rerun with NTM_DEBUG=1 and report it",
    ),
    "help.kind_argument": ("tham số", "argument"),
    "help.kind_option": ("tùy chọn", "option"),
    "help.usage_missing": ("Thiếu {kind} {hint}.", "Missing {kind} {hint}."),
    "help.usage_no_option": ("Không có tùy chọn {name}", "No such option: {name}"),
    "help.usage_possible": (" (có thể là: {names})", " (Possible options: {names})"),
    "help.not_one_of": (
        "{value} không phải một trong các giá trị {choices}",
        "{value} is not one of {choices}",
    ),
    "help.usage_bad_value": (
        "Giá trị không hợp lệ cho {hint}: {problem}",
        "Invalid value for {hint}: {problem}",
    ),
    "help.try_help": (
        "Xem [blue]'{command_path} {help_option}'[/] để biết cách dùng.",
        "Try [blue]'{command_path} {help_option}'[/] for help.",
    ),
    # ntm and its commands
    "help.app": (
        "Đánh giá xã theo Bộ tiêu chí quốc gia về nông thôn mới (NTM).",
        "Evaluate Vietnamese communes against the national new-countryside (NTM) criteria.",
    ),
    "help.cmd.evaluate": (
        "Chấm xã theo một bộ tiêu chí và chỉ ra những gì còn thiếu.\n\n"
        "Định dạng: table (màn hình), json, text (văn bản báo cáo), markdown, csv, html (một"
        " trang độc lập, in được khổ A4), xlsx (bảng tính in được; cần --output). --output ghi"
        " tệp an toàn (tệp CSV có BOM cho Excel).\n\n"
        "Mã thoát 0 khi mọi xã đạt bộ tiêu chí của mình, 1 khi có tiêu chí chưa đạt (chưa đạt,"
        " thiếu số liệu hoặc chưa xác định được ngưỡng), 2 khi dữ liệu đầu vào lỗi. Với"
        " --verify: 0 khi số liệu vẫn khớp, 1 khi có chỗ khác, 2 khi dữ liệu đầu vào lỗi.",
        "Score communes against a criteria set and show the gaps.\n\n"
        "Formats: table (terminal), json, text (report prose), markdown, csv, html (one"
        " self-contained page, printable on A4), xlsx (a workbook that prints; needs"
        " --output). --output writes a file atomically (CSV files get a BOM for Excel).\n\n"
        "Exit code 0 when every commune meets its set, 1 when any criterion is not met"
        " (unmet, missing data or undetermined threshold), 2 for bad input. With --verify: 0"
        " when the figures still agree, 1 when some differ, 2 for bad input.",
    ),
    "help.cmd.batch": (
        "Chấm nhiều xã một lúc và báo cáo số liệu của tỉnh.\n\n"
        "Cho biết số xã đạt chuẩn, số tiêu chí đạt bình quân mỗi xã, các xã dưới --floor, các"
        " tiêu chí chưa đạt nhiều nhất và các xã gần đạt chuẩn nhất, kèm kết quả từng xã. Một"
        " tệp lỗi không làm dừng cả lượt chấm: tệp đó được liệt kê là lỗi và các xã khác vẫn"
        " được chấm. Mã thoát 2 nếu có lỗi dữ liệu đầu vào, nếu không thì 1 nếu có xã chưa"
        " đạt bộ tiêu chí của mình, còn lại 0.",
        "Score many communes at once and report the province's figures.\n\n"
        "Shows communes meeting the standard, average criteria met per commune, communes"
        " under --floor, the most-missed criteria and the communes closest to the standard,"
        " with every commune's result. A bad file never stops the batch: it is listed as an"
        " error and the other communes are still scored. Exit code 2 if any input error,"
        " else 1 if any commune does not meet its set, else 0.",
    ),
    "help.cmd.diff": (
        "So sánh hai lần đánh giá: tiêu chí và chỉ tiêu mới đạt, sụt giảm hoặc thay đổi.\n\n"
        "Mỗi bên được đọc như đầu vào của `ntm batch` (tệp YAML một hay nhiều xã, bảng tính"
        " CSV/XLSX, thư mục, mẫu tên tệp); các xã được ghép theo tên và huyện (hai tệp một"
        " xã được so trực tiếp). Tiêu chí chỉ được so trong cùng một bộ (hoặc một bộ mở rộng"
        " bộ đó, hoặc bộ có khai báo `continues:`); khác bộ thì kết quả hai bên được đặt cạnh"
        " nhau. Xã đã đạt chuẩn mà sụt giảm một tiêu chí được cảnh báo rõ: xã có nguy cơ bị"
        " thu hồi quyết định công nhận (QĐ 18/2022).\n\n"
        "Mã thoát 1 khi có tiêu chí hoặc chỉ tiêu so sánh được bị sụt giảm, 0 nếu không, 2 khi"
        " dữ liệu đầu vào lỗi.",
        "Compare two assessments: criteria and indicators gained, lost (sụt giảm) or"
        " changed.\n\n"
        "Each side is read like `ntm batch` inputs (YAML files with one or many communes,"
        " CSV/XLSX sheets, folders, globs); communes are matched by name and district (two"
        " single communes are compared directly). Criteria are compared only within one set"
        " (or a set extending it, or one whose file declares `continues:`); across sets each"
        " side's result is shown side by side. A commune that met the standard and has lost a"
        " criterion is flagged loudly: it risks losing its recognition (QĐ 18/2022).\n\n"
        "Exit code 1 when a comparable criterion or indicator was lost, 0 otherwise, 2 for"
        " bad input.",
    ),
    "help.cmd.validate": (
        "Kiểm tra tệp và liệt kê mọi lỗi dạng tệp:dòng:cột: nội dung, không chấm điểm.\n\n"
        "Tệp có `criteria:` và thông tin bộ tiêu chí (decision, scheme...) được kiểm tra như"
        " một bộ tiêu chí, tệp có `district:` mà không có `commune:` như tệp của huyện, các"
        " tệp khác như số liệu xã. Mã thoát 0 khi mọi tệp đều đúng, 2 nếu không. Để xem các"
        " ngưỡng chưa biết và nguồn còn thiếu của một bộ, dùng `ntm sets check`.",
        "Check files and list every problem as file:line:col: message, without scoring.\n\n"
        "A file holding `criteria:` and set metadata (decision, scheme...) is checked as a"
        " criteria set, one with `district:` and no `commune:` as a district file, any other"
        " as commune data. Exit code 0 when all files are clean, 2 otherwise. For unknown"
        " thresholds and missing sources in a set, see `ntm sets check`.",
    ),
    "help.cmd.template": (
        "Tạo tệp số liệu trống liệt kê mọi chỉ tiêu của một bộ, kèm yêu cầu của từng chỉ"
        " tiêu.\n\n"
        "Điền giá trị, rồi chạy `ntm validate TỆP` và `ntm evaluate TỆP`. Với --lang en, chú"
        " thích và nhãn bằng tiếng Anh; khóa và giá trị (đạt / chưa đạt / na) giữ nguyên.",
        "Write a blank data file listing every indicator of a set, with its requirement.\n\n"
        "Fill in the values, then `ntm validate FILE` and `ntm evaluate FILE`. With --lang en"
        " the comments and labels are in English; keys and values (đạt / chưa đạt / na) stay"
        " the same.",
    ),
    "help.cmd.schema": (
        "In JSON Schema của tệp xã hoặc của bộ tiêu chí (sinh từ mô hình dữ liệu).\n\n"
        "Trình soạn thảo có YAML language server dùng nó để gợi ý khóa và báo lỗi.",
        "Print the JSON Schema of a commune file or a criteria set (generated from the"
        " models).\n\n"
        "Editors with the YAML language server use it to complete keys and flag mistakes.",
    ),
    "help.cmd.sets": ("Liệt kê và xem các bộ tiêu chí.", "List and inspect criteria sets."),
    "help.cmd.sets_list": (
        "Liệt kê mọi bộ tiêu chí: các bộ có sẵn và các bộ trong --sets-dir / NTM_SETS_PATH.",
        "List every criteria set: bundled ones and those in --sets-dir / NTM_SETS_PATH.",
    ),
    "help.cmd.sets_show": (
        "Xem một bộ tiêu chí: tiêu chí, chỉ tiêu, ngưỡng theo vùng/nhóm xã và năm, nguồn.",
        "Show a set: criteria, indicators, thresholds per region/group and year, sources.",
    ),
    "help.cmd.sets_check": (
        "Kiểm tra một bộ tiêu chí và liệt kê mọi ngưỡng chưa biết hoặc chưa có nguồn.\n\n"
        "Cũng liệt kê các tiêu chí chưa có danh sách chỉ tiêu và, với bộ mở rộng bộ khác,"
        " những thay đổi được ghi là chưa biết. Mã thoát 0 khi không thiếu gì, 1 khi còn"
        " thiếu, 2 khi tệp không phải bộ tiêu chí hợp lệ (mỗi lỗi dạng tệp:dòng:cột).",
        "Validate a set and list every threshold that is unknown or has no source.\n\n"
        "Also lists criteria without an indicator list and, for a set that extends another,"
        " changes that are recorded as unknown. Exit code 0 when nothing is missing, 1 when"
        " anything is, 2 when the file is not a valid set (each problem as file:line:col).",
    ),
    "help.cmd.sets_diff": (
        "Cho biết bộ B thay đổi gì so với bộ A (ví dụ bộ của tỉnh so với bộ quốc gia).",
        "Show what set B changes from set A (e.g. a provincial set from the national one).",
    ),
    # Options and arguments of each command
    "help.batch.paths": (
        "Thư mục (tìm cả thư mục con các tệp .yaml/.yml/.csv/.xlsx/.xls/.ods), mẫu tên tệp"
        " như 'data/**/*.yaml', tệp YAML (một hay nhiều xã) và bảng tính CSV/XLSX/XLS/ODS"
        " (mỗi dòng một xã).",
        "Folders (searched recursively for .yaml/.yml/.csv/.xlsx/.xls/.ods), globs such as"
        " 'data/**/*.yaml', YAML files (one or many communes) and CSV/XLSX/XLS/ODS sheets"
        " (one row per commune).",
    ),
    "help.batch.set": (
        "Mã bộ tiêu chí cho mọi xã (nếu không thì bộ ghi trong từng tệp).",
        "Criteria set id for every commune (else each file's own).",
    ),
    "help.batch.format": (
        "Định dạng kết quả (xlsx và docx cần --output).",
        "Output format (xlsx and docx need --output).",
    ),
    "help.batch.jobs": (
        "Số tiến trình chấm song song (mặc định: số CPU; 1 là chấm ngay trong tiến trình này).",
        "Worker processes (default: number of CPUs; 1 runs in this process).",
    ),
    "help.batch.quiet": (
        "Không hiện thanh tiến độ trên luồng lỗi chuẩn.",
        "No progress bar on standard error.",
    ),
    "help.diff.old": (
        "Lần đánh giá trước: một tệp YAML, một bảng tính (CSV, XLSX, XLS, ODS), một thư mục"
        " hoặc một mẫu tên tệp.",
        "The earlier assessment: a YAML file, a sheet (CSV, XLSX, XLS, ODS), a folder or a glob.",
    ),
    "help.diff.new": (
        "Lần đánh giá sau, ở một trong các dạng trên.",
        "The later assessment, in any of the same forms.",
    ),
    "help.diff.set": (
        "Mã bộ tiêu chí cho cả hai bên; dùng thay cho bộ ghi trong tệp.",
        "Criteria set id for both sides; overrides the files.",
    ),
    "help.evaluate.files": (
        "Số liệu xã: tệp YAML hoặc bảng tính (CSV, XLSX, XLS, ODS: mỗi dòng một xã), thư"
        " mục hoặc mẫu tên tệp.",
        "Commune data: YAML files or sheets (CSV, XLSX, XLS, ODS: one commune a row),"
        " folders or globs.",
    ),
    "help.evaluate.unmet_only": (
        "Chỉ hiện các tiêu chí và chỉ tiêu chưa đạt.",
        "Show only criteria and indicators not met.",
    ),
    "help.evaluate.plan": (
        "Liệt kê các chỉ tiêu chưa đạt theo thứ tự ưu tiên: trước là các chỉ tiêu được đánh"
        " dấu không cần đầu tư, sau đó là các chỉ tiêu có khoảng cách tương đối nhỏ nhất.",
        "List the unmet indicators in priority order: those tagged as needing no investment"
        " first, then the smallest relative gap.",
    ),
    "help.evaluate.commune": (
        "Chỉ chấm xã có tên này (không phân biệt dấu và chữ hoa), ví dụ một dòng của bảng"
        " tính cả tỉnh.",
        "Score only the commune of this name (accents and case do not matter), e.g. one row"
        " of a province sheet.",
    ),
    "help.evaluate.communes": (
        "Chế độ huyện: thư mục chứa các tệp xã của huyện; TỆP là tệp của huyện (tổng hợp"
        " theo QĐ 320: tỷ lệ xã đạt từng bộ tiêu chí xã).",
        "District mode: folder of the district's commune files; FILE is the district file"
        " (QĐ 320 roll-up: share of communes meeting each commune set).",
    ),
    "help.evaluate.ladder": (
        "Chấm thêm các mức cao hơn của giai đoạn (NTM -> nâng cao -> kiểu mẫu), cho biết mức"
        " cao nhất đã đạt và mức kế tiếp còn thiếu gì.",
        "Also score the higher tiers of the period (NTM -> nâng cao -> kiểu mẫu) and show"
        " the highest tier reached and what the next one lacks.",
    ),
    "help.schema.kind": (
        "`commune` (tệp xã), `district` (tệp của huyện theo QĐ 320), `province` (tệp của"
        " tỉnh) hoặc `criteria-set` (bộ tiêu chí).",
        "`commune`, `district` (QĐ 320 district files), `province` (province files) or"
        " `criteria-set`.",
    ),
    "help.schema.output": (
        "Tệp cần ghi (in ra màn hình nếu bỏ trống).",
        "File to write (stdout when omitted).",
    ),
    "help.sets.id": ("Mã bộ tiêu chí (xem `ntm sets list`).", "Set id (see `ntm sets list`)."),
    "help.sets.check_target": (
        "Một tệp bộ tiêu chí YAML, hoặc mã của một bộ đã có.",
        "A criteria-set YAML file, or the id of a known set.",
    ),
    "help.sets.first": (
        "Mã bộ tiêu chí: bộ gốc (hoặc mã duy nhất được ghi).",
        "Set id: the parent (or the only id given).",
    ),
    "help.sets.second": (
        "Mã bộ cần so sánh; mặc định: so bộ gốc của FIRST với FIRST.",
        "Set id to compare; default: FIRST's parent vs FIRST.",
    ),
    "help.template.region": (
        "Mã hoặc tên vùng (btb, 'Bắc Trung Bộ'): hiện yêu cầu của vùng đó.",
        "Region code or name (btb, 'Bắc Trung Bộ'): show its requirements.",
    ),
    "help.template.group": (
        "Nhóm xã 1-3 (với bộ tiêu chí chia theo nhóm xã).",
        "Commune group 1-3 (sets with groups).",
    ),
    "help.template.year": (
        "Năm đánh giá; yêu cầu có thể khác nhau theo năm.",
        "Assessment year; requirements can differ by year.",
    ),
    "help.template.year_default": (
        "năm nay, trong giai đoạn của bộ tiêu chí",
        "this year, kept within the set's period",
    ),
    "help.template.format_default": (
        "xlsx khi --output có đuôi .xlsx, nếu không thì yaml",
        "xlsx when --output ends in .xlsx, else yaml",
    ),
    "help.template.format": (
        "yaml (một xã) hoặc xlsx (nhiều xã).",
        "yaml (one commune) or xlsx (many).",
    ),
    "help.template.output": (
        "Tệp cần ghi (in YAML ra màn hình nếu bỏ trống).",
        "File to write (YAML is printed when omitted).",
    ),
    "help.validate.files": (
        "Tệp xã hoặc tệp của huyện (YAML), hoặc bộ tiêu chí.",
        "Commune or district files (YAML), or criteria sets.",
    ),
    "help.validate.set": (
        "Kiểm tra số liệu xã theo bộ này (mặc định: bộ criteria_set ghi trong tệp, nếu không"
        " có thì bộ quốc gia của năm đánh giá).",
        "Check communes against this set (default: the file's criteria_set, else the"
        " national set for its year).",
    ),
    "help.validate.quiet": (
        "Chỉ in lỗi, không in một dòng cho mỗi tệp đúng.",
        "Print problems only, no line per good file.",
    ),
}
