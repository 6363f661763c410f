"""The dashboard's colours, in one place: the Okabe–Ito palette, which colour-blind readers tell apart.
Series are never told apart by colour alone (each also has its own marker and line style, and every
figure is written out as text), and no chart relies on red against green."""

from __future__ import annotations

BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
SKY = "#56B4E9"
VERMILLION = "#D55E00"
YELLOW = "#F0E442"
BLACK = "#000000"
OKABE_ITO = (BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, YELLOW, BLACK)

BAR = BLUE  # one-colour bar charts (categories, sources, statuses)
GOOD, LATE = BLUE, VERMILLION  # on time / late: blue against vermillion, never green against red
# Ratings 5 (非常满意) … 1 (非常不满意): blue shades for content, grey-yellow in the middle, orange shades
# for discontent; the level's name is written beside each bar.
RATING_COLORS = {5: BLUE, 4: SKY, 3: YELLOW, 2: ORANGE, 1: VERMILLION}
# Outcomes: agreements in blues, termination vermillion, still open grey.
OUTCOME_COLORS = {"written": BLUE, "oral": SKY, "terminated": VERMILLION, "": "#8a96a3"}
# (colour, marker, Qt pen style name) per trend series: marker and dash differ as well as colour.
SERIES = ((BLUE, "o", "solid"), (ORANGE, "s", "dash"), (GREEN, "t", "dot"), (PURPLE, "d", "dashdot"))
SYMBOL_GLYPHS = {"o": "●", "s": "■", "t": "▲", "d": "◆"}

TEXT = "#1f2933"
MUTED = "#52606d"
GRID = "#e4e8ec"

STYLE = """
QFrame#dashTile, QFrame#chartCard { background: #ffffff; border: 1px solid #d9dee4; border-radius: 6px; }
QFrame#dashTile[clickable="true"]:hover { border: 1px solid #0072B2; }
QFrame#dashTile[headline="true"] { border: 2px solid #0072B2; }
QLabel#tileValue { font-weight: bold; color: #243447; }  /* size: FigureTile fits it to the tile */
QLabel#tileCaption { color: #334e68; font-weight: bold; }
QLabel#tileDetail, QLabel#chartLegend, QLabel#chartEmpty { color: #52606d; }
QLabel#chartTitle { color: #334e68; font-weight: bold; font-size: 11pt; }
QProgressBar#tileShare { background: #eef1f4; border: none; border-radius: 3px; max-height: 6px; }
QProgressBar#tileShare::chunk { background: #0072B2; border-radius: 3px; }
QToolButton#chartExport { border: none; color: #2f80c2; padding: 0 2px; }
QToolButton#chartExport:hover { text-decoration: underline; }
"""
