"""The geometry of the score chart, drawn as SVG by a template: criteria down
the side, one bar per cycle, the scale along the top. The table beside it
holds the same numbers, so the chart needs neither JavaScript nor sight."""

from dataclasses import dataclass

from peer_reviews.status import Score

LABEL_WIDTH = 56
STEP = 90  # pixels per point of the scale
BAR = 12
GAP = 10


@dataclass
class Bar:
    cycle: int
    series: int
    score: int | None
    x: int
    y: int
    width: int


@dataclass
class Row:
    code: str
    y: int
    bars: list


def score_chart(codes, reviews, scores):
    """Rows of bars for ``codes`` (criterion codes) and ``reviews`` (cycles,
    oldest first); ``scores`` is ``{review id: {code: score}}``."""
    rows = []
    group = BAR * max(len(reviews), 1) + GAP
    for index, code in enumerate(codes):
        top = 30 + index * group
        bars = [
            Bar(
                cycle=review.cycle,
                series=series,
                score=(score := scores.get(review.pk, {}).get(code)),
                x=LABEL_WIDTH,
                y=top + series * BAR,
                width=2 if not score else score * STEP,
            )
            for series, review in enumerate(reviews)
        ]
        rows.append(Row(code=code, y=top + group // 2, bars=bars))
    ticks = [
        {"x": LABEL_WIDTH + value * STEP, "label": label}
        for value, label in zip(Score.values, Score.labels, strict=True)
    ]
    return {
        "rows": rows,
        "ticks": ticks,
        "width": LABEL_WIDTH + max(Score.values) * STEP + 80,
        "height": 40 + len(codes) * group,
    }
