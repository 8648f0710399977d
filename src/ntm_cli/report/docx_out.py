"""Word documents (`--format docx`): the report as an office attaches it to a báo cáo.

Times New Roman 13 (the administrative norm), A4 with the usual margins, the report
sentences as paragraphs, the matrix and area tables as real Word tables whose header row
repeats on every page, a landscape section where the matrix is wide, page numbers in the
footer and the run's record at the end. `WordReport` is the builder every command uses
(evaluate, batch, and any other report that wants the same page). python-docx is imported
only here, and this module only when a docx is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, Any

from ntm_cli.model.results import CommuneResult
from ntm_cli.report.annex import (
    Matrix,
    RunFacts,
    batch_facts,
    legend,
    matrix,
    matrix_cells,
    matrix_header,
    report_of,
    result_facts,
)
from ntm_cli.report.cells import neutralise
from ntm_cli.report.messages import message
from ntm_cli.scoring.rollup import BatchReport

FONT = "Times New Roman"
BODY_PT = 13
TABLE_PT = 11
MATRIX_PT = 9
CELL_MARGIN_CM = 0.1  # left and right inside each table cell
# A matrix with more criterion columns than this is printed on a landscape page.
PORTRAIT_COLUMNS = 12


def _cell_text(value: object) -> str:
    # Table cells are what gets pasted into Excel: neutralise formulas as in CSV and XLSX.
    return "" if value is None else str(neutralise(str(value)))


def _text(value: str) -> str:
    from ntm_cli.model.text import inert_lines

    return inert_lines(value)  # XML (and so Word) cannot hold control characters


class WordReport:
    """A Word document being built: a heading block, then sections, tables and paragraphs."""

    def __init__(self, title: str, facts: Sequence[tuple[str, str]], lang: str) -> None:
        """Start an A4 portrait document with the title and its (label, value) facts."""
        import docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        self.lang = lang
        self.usable_cm = 16.0  # the text width of the current section
        self.doc: Any = docx.Document()
        self._font(self.doc.styles["Normal"], BODY_PT)
        for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
            style = self.doc.styles[name]
            self._font(style, {"Title": 16, "Heading 1": 14}.get(name, BODY_PT))
            style.font.color.rgb = None
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin = section.bottom_margin = Cm(2)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        self._page_numbers(section)
        heading = self.doc.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = heading.add_run(_text(title).upper())
        run.bold = True
        run.font.size = Pt(14)
        for label, value in facts:
            line = self.doc.add_paragraph()
            line.paragraph_format.space_after = Pt(0)
            line.add_run(f"{_text(label)}: ").bold = True
            line.add_run(_text(value))

    @staticmethod
    def _font(style: Any, size: float) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Pt

        style.font.name = FONT
        style.font.size = Pt(size)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)  # a theme font would win over Times New Roman

    def _page_numbers(self, section: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run(message("annex.page", self.lang) + " ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        footer._p.append(field)

    def heading(self, text: str, level: int = 1) -> None:
        """A heading (level 1: a part of the report; 2: a commune)."""
        self.doc.add_heading(_text(text), level=level)

    def paragraph(self, text: str, *, italic: bool = False, bold_lead: str = "") -> None:
        """A paragraph of running text; `bold_lead` starts it in bold."""
        paragraph = self.doc.add_paragraph()
        if bold_lead:
            paragraph.add_run(_text(bold_lead)).bold = True
        paragraph.add_run(_text(text)).italic = italic

    def orientation(self, landscape: bool) -> None:
        """Start a new page section in landscape or portrait (A4 either way)."""
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Cm

        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        long, short = Cm(29.7), Cm(21)
        section.page_width, section.page_height = (long, short) if landscape else (short, long)
        self.usable_cm = 25.7 if landscape else 16.0
        if landscape:
            section.left_margin = section.right_margin = Cm(2)
            section.top_margin, section.bottom_margin = Cm(3), Cm(2)
        else:
            section.top_margin = section.bottom_margin = Cm(2)
            section.left_margin, section.right_margin = Cm(3), Cm(2)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        *,
        size: float = TABLE_PT,
        center_from: int | None = None,
        bold_rows: Sequence[int] = (),
        fixed: dict[int, float] | None = None,
    ) -> None:
        """A Word table whose header row repeats on every page; cells in `size` points.

        Columns from `center_from` on are centred (the matrix marks); `bold_rows` are
        indexes of rows shown in bold (a criterion above its indicators). Columns share the
        text width by the length of their content; `fixed` gives some a width in cm.
        """
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt

        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        head_row = table.rows[0]
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        head_row._tr.get_or_add_trPr().append(flag)
        bold = set(bold_rows)

        def fill(cells: Any, values: Sequence[object], strong: bool) -> None:
            for index, (cell, value) in enumerate(zip(cells, values, strict=False)):
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(_text(_cell_text(value)))
                run.font.size = Pt(size)
                run.bold = strong
                if center_from is not None and index >= center_from:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

        fill(head_row.cells, header, True)
        for number, values in enumerate(rows):
            fill(table.add_row().cells, values, number in bold)
        widths = self._widths(header, rows, fixed or {}, size)
        table.autofit = False
        margins = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(round(CELL_MARGIN_CM * 567)))  # twips
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        table._tbl.tblPr.append(margins)
        for column, width in zip(table.columns, widths, strict=False):
            column.width = Cm(width)  # the grid LibreOffice reads
        for row in table.rows:
            # Rows are not split across pages: a commune's line stays whole.
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            for cell, width in zip(row.cells, widths, strict=False):
                cell.width = Cm(width)  # the cell widths Word reads
        self.doc.add_paragraph()

    def _widths(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        fixed: dict[int, float],
        size: float,
    ) -> list[float]:
        """Column widths in cm: fixed ones as given, the rest fitted to their text.

        Each column gets what its longest line needs when the page has room; otherwise at
        least its longest word (headers and cells never break inside a word), and what is
        left is shared in proportion to what each still wants.
        """
        char = size * 0.55 * 0.0353  # cm per character: about half the point size
        pad = 2 * CELL_MARGIN_CM + 0.1
        need: dict[int, float] = {}
        least: dict[int, float] = {}
        for column, label in enumerate(header):
            if column in fixed:
                continue
            texts = [_cell_text(r[column]) for r in rows if column < len(r)]
            longest = max([len(label), *(len(t) for t in texts)])
            words = [len(w) for t in [label, *texts] for w in t.split()]
            need[column] = min(longest, 60) * char + pad
            least[column] = min(max(words, default=1), 18) * char + pad
        free = self.usable_cm - sum(fixed.values())
        if sum(need.values()) <= free:
            chosen = need
        elif sum(least.values()) >= free:
            chosen = {i: w * free / sum(least.values()) for i, w in least.items()}
        else:
            spare = free - sum(least.values())
            want = sum(need[i] - least[i] for i in need) or 1
            chosen = {i: least[i] + (need[i] - least[i]) * spare / want for i in need}
        return [fixed.get(i, chosen.get(i, 1.0)) for i in range(len(header))]

    def record(self, lines: Sequence[tuple[str, str]]) -> None:
        """The run's record at the end of the document (version, sets, inputs, time)."""
        if not lines:
            return
        self.heading(message("annex.record", self.lang), 2)
        for label, value in lines:
            self.paragraph(value, bold_lead=f"{label}: ")

    def save(self, target: IO[bytes]) -> None:
        """Write the .docx bytes."""
        self.doc.save(target)


def matrix_part(
    word: WordReport, grid: Matrix, names: dict[str, Any], lang: str, subtitle: str = ""
) -> None:
    """A commune × criteria matrix of one set with its legend and its criteria named."""
    if subtitle:
        word.heading(subtitle, 2)
    items = [f"{mark} {meaning}" for mark, meaning in legend(grid.statuses(), lang)]
    if any(s is None for row in grid.rows for s in row.statuses):
        items.append(message("annex.no_criterion", lang))
    marks = "; ".join(items)
    word.paragraph(marks, bold_lead=f"{message('annex.legend', lang)}: ")
    header = matrix_header(grid, lang)
    rows = [matrix_cells(grid, row, lang) for row in grid.rows]
    first = len(header) - len(grid.ids) - 1
    fixed = {i: 0.66 for i in range(first, first + len(grid.ids))}
    fixed |= {0: 0.9, len(header) - 1: 1.4}
    word.table(header, rows, size=MATRIX_PT, center_from=first, fixed=fixed)
    if names:
        key = "; ".join(
            f"{cid}. {names[cid].get(lang)}" if cid in names else cid for cid in grid.ids
        )
        word.paragraph(key, bold_lead=f"{message('annex.criteria_key', lang)}: ")


def _summary(word: WordReport, report: BatchReport, lang: str) -> None:
    from ntm_cli.report.batch.common import summary_rows
    from ntm_cli.report.batch.prose import paragraphs

    word.heading(message("html.summary", lang))
    word.table([message("batch.figure", lang), message("batch.value", lang)],
               summary_rows(report, lang))  # fmt: skip
    for text in paragraphs(report, lang):
        word.paragraph(text)


def _groups(word: WordReport, report: BatchReport, lang: str) -> None:
    from ntm_cli.report.batch.common import group_header, group_row

    if not report.rollup.groups:
        return
    word.heading(message("annex.groups", lang))
    word.table(
        group_header(report, lang), [group_row(report, t, lang) for t in report.rollup.groups]
    )


def _warnings(word: WordReport, report: BatchReport, lang: str) -> None:
    """What the office must query the communes about, and the files that could not be read."""
    from ntm_cli.report.batch.common import (
        error_header,
        error_row,
        warning_header,
        warning_rows,
    )

    rows = warning_rows(report, lang)
    if rows:
        word.heading(message("figures.warnings", lang))
        word.table(warning_header(report, lang), rows)
    if report.errors:
        word.heading(message("batch.errors", lang))
        word.table(error_header(lang), [error_row(e, lang) for e in report.errors])


def _matrices(word: WordReport, report: BatchReport, lang: str) -> None:
    """One matrix per criteria set (a column is one criterion of one set)."""
    from ntm_cli.report.batch.common import set_name

    by_set: dict[str, list[Any]] = {}
    for commune in report.communes:
        by_set.setdefault(commune.set_id, []).append(commune)
    columns = {s: len({cid for c in m for cid, _ in c.statuses}) for s, m in by_set.items()}
    wide = max(columns.values(), default=0) > PORTRAIT_COLUMNS
    if wide:  # the matrices get A4 landscape pages, then the report goes on in portrait
        word.orientation(landscape=True)
    word.heading(message("annex.matrix", lang))
    for set_id, members in by_set.items():
        ids = list(dict.fromkeys(cid for c in members for cid, _ in c.statuses))
        own = {cid: name for (owner, cid), name in report.names.items() if owner == set_id}
        title = ""
        if len(by_set) > 1:
            years = sorted({c.year for c in members})
            title = set_name(report, set_id, years[0], lang) if len(years) == 1 else set_id
        matrix_part(word, matrix(members, ids), own, lang, title)
    if wide:
        word.orientation(landscape=False)


def write_batch(target: IO[bytes], report: BatchReport, lang: str, run: RunFacts) -> None:
    """The batch report: heading, figures and sentences, matrix, areas, then each commune."""
    from ntm_cli.report.batch.common import report_labeller

    label = report_labeller(report, lang)  # a criterion is named within its own set

    word = WordReport(message("annex.batch_title", lang), batch_facts(report, run, lang), lang)
    _summary(word, report, lang)
    _warnings(word, report, lang)
    _matrices(word, report, lang)
    _groups(word, report, lang)
    if run.details:
        word.heading(message("html.details", lang))
        for commune in report.communes:
            place = ", ".join(p for p in (commune.district, commune.province) if p)
            title = commune.commune + (f" — {place}" if place else "")
            word.heading(f"{title} ({commune.met}/{commune.total})", 2)
            rows = [
                [label(commune.set_id, cid), message(f"status.{status}", lang)]
                for cid, status in commune.statuses
            ]
            header = [message("batch_html.criterion", lang), message("batch_html.status", lang)]
            word.table(header, rows)
    else:
        word.paragraph(message("annex.no_details", lang), italic=True)
    for heading, lines in run.notes:  # e.g. --watch
        word.heading(heading, 2)
        for line in lines:
            word.paragraph(line)
    word.record(run.record)
    word.save(target)


def _commune(
    word: WordReport, result: CommuneResult, lang: str, level: int, target: int | None
) -> None:
    """One commune: its context, sentence, warnings, table of indicators and priorities."""
    from ntm_cli.report.common import (
        context_line,
        gap_text,
        notices,
        requirement_text,
        value_text,
    )
    from ntm_cli.report.commune.prose import commune_paragraph
    from ntm_cli.report.plan.plan_text import investment_label, item_detail, item_subject
    from ntm_cli.report.wording import criterion_label
    from ntm_cli.scoring.priorities import plan

    word.paragraph(context_line(result, lang), italic=True)
    word.paragraph(commune_paragraph(result, lang))
    for text in notices(result, lang):
        word.paragraph(text, bold_lead=f"{message('word.warning', lang)}: ")
    header = [
        message(f"word.{k}", lang) for k in ("indicator", "required", "actual", "status", "gap")
    ]
    rows: list[list[object]] = []
    bold: list[int] = []
    for c in result.criteria:
        bold.append(len(rows))
        rows.append([criterion_label(c, lang), "", "", message(f"status.{c.status}", lang), ""])
        for i in c.indicators:
            rows.append([
                f"{i.id} {i.name.get(lang)}",
                requirement_text(i, lang),
                value_text(i, lang),
                message(f"status.{i.status}", lang),
                gap_text(i, lang),
            ])  # fmt: skip
    word.table(header, rows, bold_rows=bold)
    steps = plan(result, target)
    if steps.target is not None:
        from ntm_cli.report.plan.target_text import (
            step_needs,
            step_subject,
            target_heading,
            target_shortfall,
        )

        word.heading(message("target.title", lang), level + 1)
        word.paragraph(target_heading(steps, lang))
        for number, step in enumerate(steps.target_steps, 1):
            needs = "; ".join(step_needs(step, lang))
            word.paragraph(
                f"({investment_label(step, lang)}) {needs}",
                bold_lead=f"{number}. {step_subject(step, lang)} ",
            )
        short = target_shortfall(steps, lang)
        if short:
            word.paragraph(short)
    if steps.items:
        word.heading(message("plan.title", lang).split(" — ")[0], level + 1)
        for number, item in enumerate(steps.items, 1):
            word.paragraph(
                f"({investment_label(item, lang)}) {item_detail(item, lang)}",
                bold_lead=f"{number}. {item_subject(item, lang)} ",
            )


def write_results(
    target: IO[bytes], results: Sequence[CommuneResult], lang: str, run: RunFacts
) -> None:
    """Evaluate's report: one commune's own document, or figures and matrix of several."""
    from ntm_cli.report.common import commune_title

    facts = result_facts(results, run, lang)
    if len(results) == 1:
        title = message("annex.commune_title", lang, commune=commune_title(results[0], lang))
        word = WordReport(title, facts, lang)
        _commune(word, results[0], lang, 1, run.target)
    else:
        report = report_of(results)
        word = WordReport(message("html.title", lang), facts, lang)
        _summary(word, report, lang)
        _matrices(word, report, lang)
        if run.details:
            word.heading(message("html.details", lang))
            for result in results:
                word.heading(f"{commune_title(result, lang)} ({result.met}/{result.total})", 2)
                _commune(word, result, lang, 2, run.target)
        else:
            word.paragraph(message("annex.no_details", lang), italic=True)
    for heading, lines in run.notes:  # e.g. --watch
        word.heading(heading, 2)
        for line in lines:
            word.paragraph(line)
    word.record(run.record)
    word.save(target)
