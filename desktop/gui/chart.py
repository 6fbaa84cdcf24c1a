"""A chart of one indicator over the years for chosen places, drawn with QPainter.

Why QPainter and no plotting library (measured for issue 14, see
``docs/dataset-and-team.md``): QtCharts needs PySide6-Addons, 427 MB more
on disk for one chart; pyqtgraph and matplotlib cost 0.7-1.1 s and 1.1-2.9 s
of import before the first paint, against 0.05-0.13 s here, and neither writes
Vietnamese numbers (``11.428,6``) on its axes unasked.  All four render
Vietnamese text correctly.  What this chart needs -- lines or bars, a few
places, three kinds told apart, PNG and SVG -- is a page of painting, and the
same :func:`paint_chart` draws the screen, the PNG and the SVG (QtSvg ships
in PySide6-Essentials), so the files are what the reviewer saw.

Kinds are told apart by line and fill, places by colour: actual is a solid
line with filled dots (solid bars), estimate a dash-dot line with hollow dots
(hatched bars), target a dashed line with hollow squares (outlined bars).  A
year with several values for one place and kind (a conflict in the dataset)
is drawn at their median, every value marked with a red ring.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from statistics import median

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.chart_axis import display_scale, nice_ticks
from desktop.core.errors import InputError
from desktop.core.numbers import format_number
from desktop.gui.states import kind_label

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")
KIND_ORDER = ("actual", "estimate", "target")
EXPORT_SIZE = QSize(1000, 600)
#: A chart of at most this many points writes each one's value beside it, to this many decimals.
MAX_LABELLED = 16
LABEL_DECIMALS = 2


@dataclass
class Series:
    """One place and kind: the values per year (several values in a year: a conflict)."""

    place: str
    kind: str
    values: dict[int, list[float]] = field(default_factory=dict)

    def point(self, year: int) -> float:
        return median(self.values[year])


@dataclass
class ChartData:
    title: str
    base_unit: str
    series: list[Series]
    skipped: int = 0  # records whose period is not a single year

    def years(self) -> list[int]:
        return sorted({year for s in self.series for year in s.values})

    def largest(self) -> float:
        return max((abs(v) for s in self.series for values in s.values.values() for v in values), default=0.0)


def build_chart_data(
    title: str, base_unit: str, points: dict[str, list[tuple[str | None, str, str]]]
) -> ChartData:
    """Series from ``(period, kind, base value)`` rows per place; terms and missing years are counted, not drawn."""
    series: list[Series] = []
    skipped = 0
    for place, rows in points.items():
        by_kind: dict[str, Series] = {}
        for period, kind, value in rows:
            if not (period and period.isdigit() and len(period) == 4):
                skipped += 1
                continue
            entry = by_kind.setdefault(kind, Series(place, kind))
            entry.values.setdefault(int(period), []).append(float(Decimal(value)))
        series += [
            by_kind[k] for k in sorted(by_kind, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else 9)
        ]
    return ChartData(title, base_unit, series, skipped)


def _line_style(kind: str) -> Qt.PenStyle:
    return {"estimate": Qt.PenStyle.DashDotLine, "target": Qt.PenStyle.DashLine}.get(
        kind, Qt.PenStyle.SolidLine
    )


class _Layout:
    """Where things go inside the chart's rectangle."""

    def __init__(self, rect: QRectF, metrics: QFontMetricsF, legend_rows: int) -> None:
        line = metrics.height()
        self.title = QRectF(rect.left(), rect.top() + 4, rect.width(), line * 1.4)
        legend_height = line * 1.3 * legend_rows
        self.legend_top = rect.bottom() - legend_height - 2
        self.plot = QRectF(
            rect.left() + metrics.horizontalAdvance("000.000,0") + 16, rect.top() + line * 3.2, 0, 0
        )
        self.plot.setRight(rect.right() - 20)
        self.plot.setBottom(self.legend_top - line * 1.8)


def paint_chart(painter: QPainter, rect: QRectF, data: ChartData, mode: str = "line") -> None:
    """Draw the chart into ``rect``: the screen, a PNG and an SVG all come from here."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    font = QFont(painter.font())
    metrics = QFontMetricsF(font)
    places = list(dict.fromkeys(s.place for s in data.series))
    colours = {place: QColor(PALETTE[i % len(PALETTE)]) for i, place in enumerate(places)}
    layout = _Layout(rect, metrics, max(1, (len(data.series) + 2) // 3))
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(font.pointSizeF() * 1.15)
    painter.setFont(title_font)
    painter.setPen(QColor("#222222"))
    painter.drawText(layout.title, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, data.title)
    painter.setFont(font)
    years = data.years()
    if not years:
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("Chart", "No reviewed values with a single year to draw.")
            if data.title
            else QCoreApplication.translate("Chart", "Choose a row of the table to draw it over the years."),
        )
        painter.restore()
        return
    divisor, unit = display_scale(data.base_unit, data.largest())
    values = [v / divisor for s in data.series for vs in s.values.values() for v in vs]
    ticks = nice_ticks(min(0.0, *values), max(0.0, *values))
    plot = layout.plot
    low, high = ticks[0], ticks[-1]

    def y_of(value: float) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    slot = plot.width() / len(years)

    def x_of(year: int) -> float:
        return plot.left() + slot * (years.index(year) + 0.5)

    _axes(painter, plot, ticks, y_of, years, x_of, unit, metrics)
    if mode == "bars":
        _bars(painter, data, colours, years, x_of, y_of, slot, divisor, low)
    else:
        _lines(painter, data, colours, x_of, y_of, divisor)
    if sum(len(vs) for s in data.series for vs in s.values.values()) <= MAX_LABELLED:
        _value_labels(painter, plot, data, colours, (x_of, y_of), divisor, slot if mode == "bars" else 0.0)
    _legend(painter, rect, layout.legend_top, data, colours, metrics, mode)
    painter.restore()


def _axes(
    painter: QPainter,
    plot: QRectF,
    ticks: list[float],
    y_of,
    years: list[int],
    x_of,
    unit: str,
    metrics: QFontMetricsF,
) -> None:
    grid = QPen(QColor("#e4e4e4"))
    text = QColor("#444444")
    decimals = max((len(format_number(Decimal(str(t))).partition(",")[2]) for t in ticks), default=0)
    for tick in ticks:
        y = y_of(tick)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        label = format_number(Decimal(str(tick)), decimals)
        painter.drawText(
            QRectF(plot.left() - 200, y - 10, 194, 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    painter.setPen(QPen(QColor("#888888")))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.setPen(text)
    for year in years:
        painter.drawText(
            QRectF(x_of(year) - 30, plot.bottom() + 4, 60, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            str(year),
        )
    painter.drawText(
        QRectF(plot.left() - 60, plot.top() - metrics.height() * 1.6, 400, metrics.height()),
        Qt.AlignmentFlag.AlignLeft,
        unit,
    )


def _pen(colour: QColor, kind: str, width: float = 2.0) -> QPen:
    pen = QPen(colour, width)
    pen.setStyle(_line_style(kind))
    return pen


def _marker(painter: QPainter, centre: QPointF, colour: QColor, kind: str, conflict: bool) -> None:
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(QBrush(colour) if kind == "actual" else QBrush(QColor("white")))
    if kind == "target":
        painter.drawRect(QRectF(centre.x() - 4, centre.y() - 4, 8, 8))
    else:
        painter.drawEllipse(centre, 4, 4)
    if conflict:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#d00000"), 1.5))
        painter.drawEllipse(centre, 8, 8)


def _lines(
    painter: QPainter, data: ChartData, colours: dict[str, QColor], x_of, y_of, divisor: float
) -> None:
    for series in data.series:
        colour = colours[series.place]
        years = sorted(series.values)
        points = [QPointF(x_of(y), y_of(series.point(y) / divisor)) for y in years]
        painter.setPen(_pen(colour, series.kind))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for start, end in itertools.pairwise(points):
            painter.drawLine(start, end)
        for year in years:
            conflict = len(set(series.values[year])) > 1
            for value in set(series.values[year]) if conflict else [series.point(year)]:
                _marker(painter, QPointF(x_of(year), y_of(value / divisor)), colour, series.kind, conflict)


def _bars(
    painter: QPainter,
    data: ChartData,
    colours: dict[str, QColor],
    years: list[int],
    x_of,
    y_of,
    slot: float,
    divisor: float,
    low: float,
) -> None:
    width = slot * 0.8 / max(len(data.series), 1)
    base = y_of(max(low, 0.0))
    for i, series in enumerate(data.series):
        colour = colours[series.place]
        for year, values in series.values.items():
            left = x_of(year) - slot * 0.4 + i * width
            top = y_of(series.point(year) / divisor)
            bar = QRectF(left + 1, min(top, base), width - 2, abs(base - top))
            painter.setPen(_pen(colour, series.kind, 1.4))
            if series.kind == "actual":
                painter.setBrush(QBrush(colour))
            elif series.kind == "estimate":
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
            if len(set(values)) > 1:
                painter.setPen(QPen(QColor("#d00000"), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(bar.adjusted(-2, -2, 2, 2))


def _value_labels(
    painter: QPainter,
    plot: QRectF,
    data: ChartData,
    colours: dict[str, QColor],
    place_of: tuple,
    divisor: float,
    slot: float,
) -> None:
    """Each point's value above it (a bar's above the bar), in the axis's unit, the Vietnamese way.

    A chart of one or two points, most of them, said nothing a reader could quote without the table.
    A label goes below its point when the space above is taken, and is left out when both are (or
    when below would cross the axis): the table and the tooltips hold every value.
    """
    x_of, y_of = place_of
    metrics = QFontMetricsF(painter.font())
    width = slot * 0.8 / max(len(data.series), 1)

    def x_at(i: int, year: int) -> float:
        return x_of(year) + (-slot * 0.4 + (i + 0.5) * width if slot else 0.0)

    def shown(series: Series, year: int) -> list[float]:
        """The values drawn: a bar stands at the median, a line marks each value of a conflict."""
        return [series.point(year)] if slot else sorted(set(series.values[year]))

    drawn = [  # the markers: a label never hides another point
        QRectF(x_at(i, year) - 8, y_of(value / divisor) - 8, 16, 16)  # a conflict's ring included
        for i, series in enumerate(data.series)
        for year in series.values
        for value in shown(series, year)
    ]
    for i, series in enumerate(data.series):
        painter.setPen(colours[series.place].darker(130))
        for year, value in ((y, v / divisor) for y in series.values for v in shown(series, y)):
            x = x_at(i, year)
            text = format_number(Decimal(str(round(value, LABEL_DECIMALS))))
            size = metrics.boundingRect(text).size()
            above = QRectF(x - size.width() / 2, y_of(value) - size.height() - 9, size.width(), size.height())
            below = above.translated(0, size.height() + 18)
            place = next(
                (
                    box
                    for box in (above, below)
                    if plot.contains(box) and not any(box.intersects(d) for d in drawn)
                ),
                None,
            )
            if place is None:
                continue  # two points too close for two labels: the first keeps its label
            drawn.append(place)
            painter.drawText(place, Qt.AlignmentFlag.AlignCenter, text)


def _legend(
    painter: QPainter,
    rect: QRectF,
    top: float,
    data: ChartData,
    colours: dict[str, QColor],
    metrics: QFontMetricsF,
    mode: str,
) -> None:
    column = rect.width() / 3
    line = metrics.height() * 1.3
    painter.setPen(QColor("#222222"))
    for i, series in enumerate(data.series):
        x = rect.left() + 24 + column * (i % 3)
        y = top + line * (i // 3) + line / 2
        colour = colours[series.place]
        if mode == "bars":
            painter.setPen(_pen(colour, series.kind, 1.4))
            painter.setBrush(
                QBrush(colour)
                if series.kind == "actual"
                else QBrush(colour, Qt.BrushStyle.BDiagPattern)
                if series.kind == "estimate"
                else Qt.BrushStyle.NoBrush
            )
            painter.drawRect(QRectF(x, y - 5, 22, 10))
        else:
            painter.setPen(_pen(colour, series.kind))
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            _marker(painter, QPointF(x + 11, y), colour, series.kind, False)
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(x + 30, y - line / 2, column - 60, line),
            Qt.AlignmentFlag.AlignVCenter,
            f"{series.place} — {kind_label(series.kind)}",
        )


class ChartWidget(QWidget):
    """Shows a :class:`ChartData` as lines or bars; :meth:`export` writes what it shows as PNG or SVG."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataset_chart")
        self.data = ChartData("", "", [])
        self.mode = "line"
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_data(self, data: ChartData, mode: str | None = None) -> None:
        self.data = data
        if mode is not None:
            self.mode = mode
        self.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_chart(painter, QRectF(self.rect()), self.data, self.mode)
        painter.end()

    def export(self, path: Path) -> None:
        """Write the chart as ``.png`` or ``.svg`` (by the suffix) at a fixed size, whatever the window's."""
        suffix = path.suffix.lower()
        rect = QRectF(0, 0, EXPORT_SIZE.width(), EXPORT_SIZE.height())
        if suffix == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(EXPORT_SIZE)
            generator.setViewBox(rect)
            generator.setTitle(self.data.title)
            painter = QPainter(generator)
            paint_chart(painter, rect, self.data, self.mode)
            ok = painter.end()
        elif suffix == ".png":
            image = QImage(EXPORT_SIZE * 2, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(2)
            painter = QPainter(image)
            paint_chart(painter, rect, self.data, self.mode)
            painter.end()
            ok = image.save(str(path))
        else:
            raise InputError(  # the window's own problem: worded here, in its language
                QCoreApplication.translate("Chart", "Charts are saved as .png or .svg, not %1.").replace(
                    "%1", path.suffix or QCoreApplication.translate("Chart", "a file without suffix")
                )
            )
        if not ok or not path.exists():
            raise InputError(
                QCoreApplication.translate(
                    "Chart", "Could not write the chart to %1. Check the folder and the file name."
                ).replace("%1", str(path))
            )
