"""Bar charts for the PDF reports (reportlab graphics), in the reports' embedded font:
vector drawings that flow like any paragraph."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from dpo_desk.reports.pdf_style import FONT, FONT_BOLD, register_fonts

PALETTE = (
    colors.HexColor("#2f6690"),
    colors.HexColor("#d1495b"),
    colors.HexColor("#edae49"),
    colors.HexColor("#66a182"),
    colors.HexColor("#8d6a9f"),
    colors.HexColor("#3a7ca5"),
    colors.HexColor("#9b9b9b"),
)


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    width: float,
    height: float = 170,
    stacked: bool = False,
) -> Drawing:
    """A column chart of `series` (name, one value per category) with a legend."""
    register_fonts()
    legend_rows = min(len(series), 4) if len(series) > 1 else 0
    legend_height = 10 * legend_rows + 8 if legend_rows else 0
    drawing = Drawing(width, height + legend_height)
    drawing.initialFontName = FONT  # else the renderer starts each drawing in Helvetica
    drawing.add(String(0, height + legend_height - 11, title, fontName=FONT_BOLD, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22 + legend_height
    chart.width, chart.height = width - 36, height - 50
    chart.data = [list(values) for _, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(
        [sum(v[i] for _, v in series) for i in range(len(categories))]
        if stacked
        else [max(v, default=0) for _, v in series] or [0]
    )
    chart.valueAxis.valueMax = max(top, 1) + (1 if top < 5 else top // 5)
    chart.valueAxis.valueStep = max(1, (chart.valueAxis.valueMax + 4) // 5)
    if stacked:
        chart.categoryAxis.style = "stacked"
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if legend_rows:
        legend = Legend()
        legend.x, legend.y = 28, legend_height - 2
        legend.fontName, legend.fontSize = FONT, 7
        legend.alignment = "right"
        legend.columnMaximum = 4
        legend.dx = legend.dy = 6
        legend.deltay = 10
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(series)
        ]
        drawing.add(legend)
    return drawing
