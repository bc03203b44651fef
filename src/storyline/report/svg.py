"""Small inline SVG charts (no library, no script): bars with axes, ticks, labels and a legend.

Every text that reaches the markup goes through ``escape``; callers pass plain strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup
from markupsafe import escape as _escape

from storyline.web.render import neutralize

W, H = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 56, 28, 48


def escape(text: str) -> Markup:
    """Escaped for markup, with bidi controls and C0 controls neutralised (labels are untrusted)."""
    return _escape(neutralize(text))


@dataclass
class Series:
    label: str
    values: list[float]
    color: str


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    mag = 10 ** len(str(int(v))) / 10
    for step in (1, 2, 2.5, 5, 10):
        if v <= step * mag:
            return step * mag
    return v


def _fmt(v: float) -> str:
    return f"{v:.0f}" if abs(v - round(v)) < 1e-9 else f"{v:.1f}"


def _x_labels(labels: Sequence[str], x0: float, step: float, y: float) -> list[str]:
    every = max(1, len(labels) // 10)
    out = []
    for i, lab in enumerate(labels):
        if i % every:
            continue
        x = x0 + step * (i + 0.5)
        out.append(
            f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="end" transform="rotate(-40 {x:.1f} {y:.1f})"'
            f' class="tick">{escape(lab)}</text>'
        )
    return out


def _legend(items: Sequence[tuple[str, str, str]], y: float) -> list[str]:
    """(label, color, shape) with shape "bar" or "line"."""
    out = []
    x = float(LEFT)
    for label, color, shape in items:
        if shape == "line":
            out.append(
                f'<line x1="{x}" y1="{y - 4}" x2="{x + 14}" y2="{y - 4}" stroke="{color}" stroke-width="2.5"/>'
            )
        else:
            out.append(f'<rect x="{x}" y="{y - 10}" width="14" height="10" fill="{color}"/>')
        out.append(f'<text x="{x + 18}" y="{y}" class="legend">{escape(label)}</text>')
        x += 26 + 7 * len(label)
    return out


def signed_bars_with_line(
    title: str,
    labels: Sequence[str],
    bars: Series,
    line: Series,
    y_label: str,
    y2_label: str,
) -> Markup:
    """Signed bars on the left axis (e.g. Goldstein sum per month: green up, red down) and a line on
    the right axis (e.g. event counts)."""
    n = max(len(labels), 1)
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM
    step = pw / n
    lim = _nice_max(max((abs(v) for v in bars.values), default=0.0))
    lim2 = _nice_max(max(line.values, default=0.0))
    zero = TOP + ph / 2

    def y(v: float) -> float:
        return zero - (v / lim) * (ph / 2)

    def y2(v: float) -> float:
        return TOP + ph - (v / lim2) * ph

    parts = [
        f'<svg class="chart" viewBox="0 0 {W} {H + 22}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + ph}" class="axis"/>',
        f'<line x1="{W - RIGHT}" y1="{TOP}" x2="{W - RIGHT}" y2="{TOP + ph}" class="axis"/>',
        f'<line x1="{LEFT}" y1="{zero:.1f}" x2="{W - RIGHT}" y2="{zero:.1f}" class="axis"/>',
    ]
    for v in (-lim, -lim / 2, 0.0, lim / 2, lim):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end" class="tick">{_fmt(v)}</text>'
        )
    for v in (0.0, lim2 / 2, lim2):
        parts.append(f'<text x="{W - RIGHT + 6}" y="{y2(v) + 4:.1f}" class="tick">{_fmt(v)}</text>')
    parts.append(
        f'<text x="14" y="{TOP + ph / 2:.1f}" transform="rotate(-90 14 {TOP + ph / 2:.1f})" text-anchor="middle"'
        f' class="label">{escape(y_label)}</text>'
    )
    parts.append(
        f'<text x="{W - 10}" y="{TOP + ph / 2:.1f}" transform="rotate(90 {W - 10} {TOP + ph / 2:.1f})"'
        f' text-anchor="middle" class="label">{escape(y2_label)}</text>'
    )
    for i, v in enumerate(bars.values):
        x = LEFT + step * i + step * 0.15
        top, bottom = (y(v), zero) if v >= 0 else (zero, y(v))
        color = bars.color if v >= 0 else "#c0392b"
        parts.append(
            f'<rect x="{x:.1f}" y="{top:.1f}" width="{step * 0.7:.1f}" height="{max(bottom - top, 0.5):.1f}"'
            f' fill="{color}"><title>{escape(labels[i])}: {escape(bars.label)} {_fmt(v)}</title></rect>'
        )
    pts = " ".join(f"{LEFT + step * (i + 0.5):.1f},{y2(v):.1f}" for i, v in enumerate(line.values))
    if pts:
        parts.append(f'<polyline points="{pts}" fill="none" stroke="{line.color}" stroke-width="2"/>')
        for i, v in enumerate(line.values):
            parts.append(
                f'<circle cx="{LEFT + step * (i + 0.5):.1f}" cy="{y2(v):.1f}" r="2.5" fill="{line.color}">'
                f"<title>{escape(labels[i])}: {escape(line.label)} {_fmt(v)}</title></circle>"
            )
    parts += _x_labels(labels, LEFT, step, TOP + ph + 14)
    parts += _legend(
        [
            (f"{bars.label} (cooperation)", bars.color, "bar"),
            (f"{bars.label} (conflict)", "#c0392b", "bar"),
            (line.label, line.color, "line"),
        ],
        H + 18,
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def bars(title: str, labels: Sequence[str], series: Series, y_label: str) -> Markup:
    """Plain bars from zero (e.g. articles per day)."""
    n = max(len(labels), 1)
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM
    step = pw / n
    lim = _nice_max(max(series.values, default=0.0))

    def y(v: float) -> float:
        return TOP + ph - (v / lim) * ph

    parts = [
        f'<svg class="chart" viewBox="0 0 {W} {H + 22}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + ph}" class="axis"/>',
        f'<line x1="{LEFT}" y1="{TOP + ph}" x2="{W - RIGHT}" y2="{TOP + ph}" class="axis"/>',
        f'<text x="14" y="{TOP + ph / 2:.1f}" transform="rotate(-90 14 {TOP + ph / 2:.1f})" text-anchor="middle"'
        f' class="label">{escape(y_label)}</text>',
    ]
    for v in (0.0, lim / 2, lim):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(v) + 4:.1f}" text-anchor="end" class="tick">{_fmt(v)}</text>'
        )
    for i, v in enumerate(series.values):
        x = LEFT + step * i + step * 0.1
        parts.append(
            f'<rect x="{x:.1f}" y="{y(v):.1f}" width="{max(step * 0.8, 0.8):.1f}" height="{TOP + ph - y(v):.1f}"'
            f' fill="{series.color}"><title>{escape(labels[i])}: {_fmt(v)}</title></rect>'
        )
    parts += _x_labels(labels, LEFT, step, TOP + ph + 14)
    parts += _legend([(series.label, series.color, "bar")], H + 18)
    parts.append("</svg>")
    return Markup("".join(parts))
