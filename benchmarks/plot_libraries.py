"""Start-up and first paint of one chart with Vietnamese text, per plotting library (issue 14's choice).

Usage: PYTHON plot_libraries.py qtcharts|pyqtgraph|mpl|qpainter [OUTDIR]

Run it with an interpreter whose environment holds PySide6-Essentials and the
library measured (PySide6-Addons for QtCharts, pyqtgraph, matplotlib), each
in a fresh virtualenv so that ``du -sk .../site-packages`` gives the install
size.  Draws three series of ten years with a Vietnamese title, axis labels
and legend; prints the import, build and first-paint times after QApplication
exists; writes OUTDIR/LIB.png and OUTDIR/LIB.svg to look at.  Results and the
choice are in docs/dataset-and-team.md.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TITLE = "Thu ngân sách nhà nước — Cẩm Phả, Hồ Chí Minh (tỷ đồng)"
YEARS = list(range(2015, 2025))
SERIES = {
    "Cẩm Phả · thực hiện": [100 + 7 * i for i in range(10)],
    "Cẩm Phả · kế hoạch": [105 + 8 * i for i in range(10)],
    "Hồ Chí Minh · ước tính": [300 + 20 * i for i in range(10)],
}


def qtcharts() -> Any:
    from PySide6.QtCharts import QChart, QChartView, QLineSeries
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    chart = QChart()
    chart.setTitle(TITLE)
    for name, values in SERIES.items():
        series = QLineSeries()
        series.setName(name)
        for year, value in zip(YEARS, values, strict=True):
            series.append(year, value)
        if "kế hoạch" in name:
            pen = series.pen()
            pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
        chart.addSeries(series)
    chart.createDefaultAxes()
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view


def pyqtgraph() -> Any:
    import pyqtgraph as pg
    from PySide6.QtCore import Qt

    widget = pg.PlotWidget(background="w")
    widget.setTitle(TITLE, color="k")
    widget.addLegend()
    widget.setLabel("bottom", "Năm")
    widget.setLabel("left", "tỷ đồng")
    for name, values in SERIES.items():
        style = Qt.PenStyle.DashLine if "kế hoạch" in name else Qt.PenStyle.SolidLine
        widget.plot(YEARS, values, name=name, pen=pg.mkPen(width=2, style=style), symbol="o")
    return widget


def mpl() -> Any:
    import matplotlib

    matplotlib.use("QtAgg")
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 5))
    axes = figure.add_subplot()
    for name, values in SERIES.items():
        axes.plot(YEARS, values, "--o" if "kế hoạch" in name else "-o", label=name)
    axes.set_title(TITLE)
    axes.set_xlabel("Năm")
    axes.set_ylabel("tỷ đồng")
    axes.legend()
    return FigureCanvasQTAgg(figure)


def qpainter() -> Any:
    from desktop.gui.chart import ChartWidget, build_chart_data

    points = {
        name: [
            (str(y), "target" if "kế hoạch" in name else "actual", str(v * 10**9))
            for y, v in zip(YEARS, values, strict=True)
        ]
        for name, values in SERIES.items()
    }
    widget = ChartWidget()
    widget.show_data(build_chart_data(TITLE, "đồng", points))
    return widget


def main(argv: list[str]) -> int:
    library, out = argv[0], Path(argv[1] if len(argv) > 1 else ".")
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    qt_ready = time.perf_counter()
    widget = {"qtcharts": qtcharts, "pyqtgraph": pyqtgraph, "mpl": mpl, "qpainter": qpainter}[library]()
    widget.resize(800, 500)
    built = time.perf_counter()
    image = widget.grab()
    painted = time.perf_counter()
    image.save(str(out / f"{library}.png"))
    _svg(widget, out / f"{library}.svg", library)
    print(
        f"{library}: Qt {qt_ready - started:.3f} s; import + build {built - qt_ready:.3f} s; first paint "
        f"{painted - built:.3f} s; start-up to first paint {painted - qt_ready:.3f} s"
    )
    app.quit()
    return 0


def _svg(widget: Any, path: Path, library: str) -> None:
    if library == "mpl":
        widget.figure.savefig(path)
        return
    if library == "qpainter":
        widget.export(path)
        return
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(800, 500))
    generator.setViewBox(QRect(0, 0, 800, 500))
    painter = QPainter(generator)
    widget.render(painter)
    painter.end()


if __name__ == "__main__":
    if __package__ in (None, ""):  # run as a script: make the repository root importable
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))
