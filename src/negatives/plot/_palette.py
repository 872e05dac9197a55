"""Colours shared by the matplotlib figures and the HTML report's SVG charts.

The Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"; Wong 2011, Nature Methods
8:441) stays distinguishable with the common colour-vision deficiencies. Charts never rely on
colour alone: phases are also labelled, series have legends, findings have shapes and codes.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from ..tempo import Phase

__all__ = ["OKABE_ITO", "PHASE_COLOURS", "SERIES"]

#: The eight Okabe-Ito colours by name.
OKABE_ITO: Final = MappingProxyType(
    {
        "black": "#000000",
        "orange": "#E69F00",
        "sky_blue": "#56B4E9",
        "bluish_green": "#009E73",
        "yellow": "#F0E442",
        "blue": "#0072B2",
        "vermillion": "#D55E00",
        "reddish_purple": "#CC79A7",
    }
)

#: Background shading of each phase in a phase timeline.
PHASE_COLOURS: Final = MappingProxyType(
    {
        Phase.ECCENTRIC: OKABE_ITO["orange"],
        Phase.ISOMETRIC: OKABE_ITO["yellow"],
        Phase.CONCENTRIC: OKABE_ITO["sky_blue"],
    }
)

#: The colour of each data series, by role.
SERIES: Final = MappingProxyType(
    {
        "eccentric": OKABE_ITO["orange"],
        "concentric": OKABE_ITO["sky_blue"],
        "load": OKABE_ITO["black"],
        "help": OKABE_ITO["reddish_purple"],
        "athlete": OKABE_ITO["blue"],
        "e1rm": OKABE_ITO["blue"],
        "tested": OKABE_ITO["bluish_green"],
        "finding": OKABE_ITO["vermillion"],
    }
)
