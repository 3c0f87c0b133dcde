"""Plain-text renderings for the terminal: the explained shortlist and its signed bars."""

from __future__ import annotations

from memory import MatchResponse

# Attributions smaller than this print as 0.000 at three decimals: not worth a line.
_SHOWN = 5e-4
_EVIDENCE_LINES = 2
_EVIDENCE_CHARS = 160


def bar(value: float, scale: float, width: int = 20) -> str:
    """A signed text bar: ``+████`` to the right for positive pulls, ``-██`` for negative.

    >>> bar(0.5, 1.0, width=10)
    '+█████'
    """
    cells = 0 if scale <= 0 else round(min(abs(value) / scale, 1.0) * width)
    return ("+" if value >= 0 else "-") + "█" * cells


def explained(response: MatchResponse) -> str:
    """Each result with its score, the features that pulled it up or down, its skills and evidence."""
    lines = []
    for result in response.results:
        lines.append(
            f"#{result.rank}  {result.candidate_id}  score {result.score:.3f}  "
            f"(typical candidate {result.base_value:.3f})  {result.headline or ''}"
        )
        # Bars are scaled to the result's own largest pull, so every row shows its own balance.
        scale = max((abs(v) for v in result.attributions.values()), default=0.0)
        for name, value in sorted(result.attributions.items(), key=lambda kv: -abs(kv[1])):
            if abs(value) >= _SHOWN:
                lines.append(f"    {name:<20} {value:+.3f} {bar(value, scale)}")
        if result.skills.matched or result.skills.missing:
            lines.append(
                f"    skills matched: {', '.join(result.skills.matched) or '-'}; "
                f"missing: {', '.join(result.skills.missing) or '-'}"
            )
        for ev in result.evidence[:_EVIDENCE_LINES]:
            lines.append(
                f"    \u201c{ev.text[:_EVIDENCE_CHARS]}\u201d \u2014 {ev.author or '?'}, {ev.stage}, "
                f"sim {ev.similarity:.2f}"
            )
    lines.append(f"{len(response.results)} of {response.considered} considered, {response.took_ms:.0f} ms")
    return "\n".join(lines)


def table(response: MatchResponse) -> str:
    """One line per result: rank, score, id, headline."""
    return "\n".join(f"{r.rank:>3}  {r.score:.3f}  {r.candidate_id:<16} {r.headline or ''}" for r in response.results)
