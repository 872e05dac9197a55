"""The words of exercise names: phrases, synonyms, equipment, sides, flags, noise, muscles.

Loaded on the first `parse_name`, not with the package. Every table maps *normalised* words
(`normalize_name`: lowercase, singular) to canonical tokens. The tables are facts about how
people and apps write names (Strong, Hevy, FitNotes, JEFIT and custom names); the movement
table (``_movements``) is written in the same tokens, and a test checks that every word it uses
is known here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from ..model import BodyPart, Equipment, LimbMode, Muscle
from ._names import NameParts

__all__ = ["Vocabulary", "build"]

# -- 1. spellings: one normalised word -> its canonical words (applied first) --------------------

SPELLINGS: Final[Mapping[str, str]] = {
    # typos and spelling variants seen in real logs
    "extention": "extension",
    "extenstion": "extension",
    "hyperextention": "hyperextension",
    "hypertension": "hyperextension",  # "GHD Hypertension"
    "tricept": "tricep",
    "bicept": "bicep",
    "barbel": "barbell",
    "kettlebel": "kettlebell",
    "rumanian": "romanian",
    "romainian": "romanian",
    "flye": "fly",
    "skullcrush": "skullcrusher",
    "skullcrushers": "skullcrusher",
    "pressdown": "pushdown",
    "pushdowns": "pushdown",
    "pulldowns": "pulldown",
    "crunche": "crunch",
    "lunging": "lunge",
    "curling": "curl",
    "squatting": "squat",
    "pressing": "press",
    "pulling": "pull",
    "pushing": "push",
    "rowing": "rowing",
    "shrugging": "shrug",
    "jumping": "jump",
    "hamstrung": "hamstring",
    # abbreviations
    "dl": "deadlift",
    "rdl": "romanian deadlift",
    "sldl": "stiffleg deadlift",
    "ohp": "overhead press",
    "bss": "bulgarian split squat",
    "rfess": "bulgarian split squat",
    "ghr": "glute ham raise",
    "cgbp": "closegrip bench press",
    "hspu": "handstand pushup",
    "cj": "clean jerk",
    "cleanjerk": "clean jerk",
    "btn": "behindneck",
    "kb": "kettlebell",
    "bw": "bodyweight",
    "trx": "suspension",
    "sa": "onearm",
    "sl": "oneleg leg",
    "alt": "alternating",
    "db": "dumbbell",
    "mb": "medball",
    "fly": "fly",
}

# -- 2. phrases: words -> tokens (the longest phrase at each position wins) ----------------------

PHRASES: Final[Mapping[str, str]] = {
    # movements written in two words
    "push down": "pushdown",
    "press down": "pushdown",
    "pull down": "pulldown",
    "pull up": "pullup",
    "chin up": "chinup",
    "push up": "pushup",
    "press up": "pushup",
    "pressup": "pushup",
    "sit up": "situp",
    "step up": "stepup",
    "muscle up": "muscleup",
    "pull over": "pullover",
    "kick back": "kickback",
    "cross over": "crossover",
    "dead lift": "deadlift",
    "skull crusher": "skullcrusher",
    "skull crush": "skullcrusher",
    "good morning": "goodmorning",
    "hyper extension": "hyperextension",
    "back extension": "back extension",
    "get up": "getup",
    "v up": "vup",
    "l sit": "lsit",
    "wall sit": "wallsit",
    "dead bug": "deadbug",
    "bird dog": "birddog",
    "birddog": "birddog",
    "ab wheel": "abwheel",
    "ab roller": "abwheel",
    "ab rollout": "abwheel",
    "ab roll out": "abwheel",
    "roll out": "abwheel",
    "rollout": "abwheel",
    "wrist roller": "wristroller",
    "side bend": "sidebend",
    "jumping jack": "jumpingjack",
    "jump jack": "jumpingjack",
    "mountain climber": "mountainclimber",
    "lat raise": "lateral raise",
    "side lateral": "lateral",
    "rear foot elevated split squat": "bulgarian split squat",
    "rear foot elevated": "bulgarian",
    "glute ham": "glute ham",
    "in front of": "",
    "back up": "",
    "90 90": "ninetyninety",
    "hip flexor": "hipflexor",
    "front lever": "frontlever",
    "heel elevated": "elevated",
    "heels elevated": "elevated",
    "heel raised": "elevated",
    "pull apart": "pullapart",
    "high knee": "highknees",
    "cat cow": "catcow",
    "back lever": "backlever",
    # equipment and attachments
    "ez bar": "ezbar",
    "ez": "ezbar",
    "hyper": "hyperextension",
    "ez curl bar": "ezbar",
    "e z bar": "ezbar",
    "e z": "ezbar",
    "smith machine": "smith",
    "trap bar": "trapbar",
    "hex bar": "trapbar",
    "hexbar": "trapbar",
    "t bar": "tbar",
    "v bar": "vbar",
    "v grip": "vbar",
    "v handle": "vbar",
    "straight bar": "straightbar",
    "bar grip": "straightbar",
    "cable machine": "cable",
    "plate loaded": "plateloaded",
    "plate load": "plateloaded",
    "hammer strength": "hammerstrength",
    "iso lateral": "isolateral",
    "medicine ball": "medball",
    "med ball": "medball",
    "swiss ball": "swissball",
    "stability ball": "swissball",
    "exercise ball": "swissball",
    "physio ball": "swissball",
    "bosu ball": "swissball",
    "resistance band": "band",
    "mini band": "band",
    "loop band": "band",
    "kettle bell": "kettlebell",
    "body weight": "bodyweight",
    "battle rope": "battlerope",
    "jump rope": "jumprope",
    "skipping rope": "jumprope",
    "rope climb": "ropeclimb",
    "pec deck": "pecdeck",
    "pec dec": "pecdeck",
    "peck deck": "pecdeck",
    "captain chair": "captainchair",
    "roman chair": "romanchair",
    "parallel bar": "parallelbar",
    "dip station": "parallelbar",
    "foam roll": "stretch",
    "foam roller": "stretch",
    "foam rolling": "stretch",
    "cross trainer": "elliptical",
    "stair climber": "stairclimber",
    "stair master": "stairclimber",
    "step mill": "stairclimber",
    "bike erg": "bike",
    "ski erg": "skierg",
    "row erg": "rowing",
    "indoor row": "rowing",
    "rowing machine": "rowing",
    # grips, angles, positions
    "close grip": "closegrip",
    "narrow grip": "closegrip",
    "close": "closegrip",
    "narrow": "closegrip",
    "wide grip": "widegrip",
    "wide": "widegrip",
    "neutral grip": "neutralgrip",
    "neutral": "neutralgrip",
    "hammer grip": "neutralgrip",
    "parallel grip": "neutralgrip",
    "reverse grip": "reversegrip",
    "underhand grip": "underhand",
    "underhand": "underhand",
    "supinated grip": "underhand",
    "supinated": "underhand",
    "palm up": "underhand",
    "overhand grip": "overhand",
    "overhand": "overhand",
    "pronated grip": "overhand",
    "pronated": "overhand",
    "palm down": "overhand",
    "mixed grip": "mixedgrip",
    "straight arm": "straightarm",
    "stiff arm": "straightarm",
    "stiff leg": "stiffleg",
    "stiff legged": "stiffleg",
    "straight leg": "stiffleg",
    "straight legged": "stiffleg",
    "rear delt": "reardelt",
    "rear deltoid": "reardelt",
    "posterior delt": "reardelt",
    "side delt": "sidedelt",
    "lateral delt": "sidedelt",
    "front delt": "frontdelt",
    "anterior delt": "frontdelt",
    "behind the neck": "behindneck",
    "behind neck": "behindneck",
    "behind the head": "behindneck",
    "behind the back": "behindback",
    "behind back": "behindback",
    "between the leg": "betweenleg",
    "between leg": "betweenleg",
    "cross body": "crossbody",
    "across body": "crossbody",
    "bent over": "bentover",
    "bentover": "bentover",
    "chest supported": "chestsupported",
    "chest support": "chestsupported",
    "high to low": "hightolow",
    "low to high": "lowtohigh",
    "upper back": "upperback",
    "lower back": "lowerback",
    "inner thigh": "adductor",
    "outer thigh": "abductor",
    # sides and limbs
    "single arm": "onearm",
    "one arm": "onearm",
    "1 arm": "onearm",
    "single hand": "onearm",
    "one hand": "onearm",
    "one handed": "onearm",
    "single handed": "onearm",
    "1 hand": "onearm",
    "one armed": "onearm",
    "single leg": "oneleg leg",
    "one leg": "oneleg leg",
    "1 leg": "oneleg leg",
    "one legged": "oneleg leg",
    "single legged": "oneleg leg",
    "each side": "eachside",
    "per side": "eachside",
    "each arm": "eachside",
    "per arm": "eachside",
    "each leg": "eachside",
    "per leg": "eachside",
    "each hand": "eachside",
    "per hand": "eachside",
    "both side": "eachside",
    "two arm": "twoarm",
    "two arms": "twoarm",
    "two hand": "twoarm",
    "two handed": "twoarm",
    "both arm": "twoarm",
    "both leg": "twoarm",
    # flags
    "with weight": "weighted",
    "added weight": "weighted",
    "plus weight": "weighted",
    "weight added": "weighted",
    "band assisted": "band assisted",
    "iso hold": "hold",
    "warm up": "",
    "cool down": "",
    "drop set": "",
    "old data": "old data",
    "raised leg": "legsraised",
    "leg raised": "legsraised",
    "elbow out": "elbowposition",
    "elbow in": "elbowposition",
    "elbow tucked": "elbowposition",
    "elbow flared": "elbowposition",
    "below knee": "kneeheight",
    "below the knee": "kneeheight",
    "above knee": "kneeheight",
    "above the knee": "kneeheight",
    "mid thigh": "kneeheight",
    "snatch grip": "snatchgrip",
    "side grip": "neutralgrip",
    "loaded carry": "carry",
}

# -- 3. synonyms: one token -> its canonical token (after phrases) -------------------------------

SYNONYMS: Final[Mapping[str, str]] = {
    "pulley": "cable",
    "lever": "machine",
    "selectorized": "machine",
    "sitting": "seated",
    "sit": "seated",
    "laying": "lying",
    "lie": "lying",
    "inclined": "incline",
    "declined": "decline",
    "paused": "pause",
    "pec": "chest",
    "pectoral": "chest",
    "deltoid": "delt",
    "abdominal": "ab",
    "abdomen": "ab",
    "core": "ab",
    "gluteus": "glute",
    "gluteal": "glute",
    "butt": "glute",
    "quadricep": "quad",
    "trapezius": "trap",
    "latissimus": "lat",
    "tri": "tricep",
    "tris": "tricep",
    "bis": "bicep",
    "adduction": "adductor",
    "abduction": "abductor",
    "groin": "adductor",
    "rower": "rowing",
    "erg": "rowing",
    "ergometer": "rowing",
    "concept2": "rowing",
    "cycling": "bike",
    "cycle": "bike",
    "biking": "bike",
    "bicycling": "bike",
    "spinning": "bike",
    "spin": "bike",
    "run": "running",
    "jog": "running",
    "jogging": "running",
    "sprint": "running",
    "sprinting": "running",
    "walking": "walk",
    "swimming": "swim",
    "hiking": "hike",
    "stairmaster": "stairclimber",
    "stairclimber": "stairclimber",
    "stepmill": "stairclimber",
    "stair": "stairclimber",
    "skipping": "jumprope",
    "kickboxing": "boxing",
    "bouldering": "climbing",
    "stretching": "stretch",
    "stretche": "stretch",
    "mobility": "stretch",
    "yoga": "stretch",
    "isometric": "hold",
    "static": "hold",
    "holding": "hold",
    "assist": "assisted",
    "crossovers": "crossover",
    "loaded": "plateloaded",
}

# -- 4. what each token is ------------------------------------------------------------------

#: Implements a name can state, by token: (implement label, Equipment).
IMPLEMENTS: Final[Mapping[str, tuple[str, Equipment]]] = {
    "barbell": ("barbell", Equipment.BARBELL),
    "ezbar": ("ez-bar", Equipment.BARBELL),
    "trapbar": ("trap-bar", Equipment.BARBELL),
    "landmine": ("landmine", Equipment.BARBELL),
    "dumbbell": ("dumbbell", Equipment.DUMBBELL),
    "kettlebell": ("kettlebell", Equipment.KETTLEBELL),
    "cable": ("cable", Equipment.CABLE),
    "machine": ("machine", Equipment.MACHINE),
    "plateloaded": ("plate-loaded", Equipment.MACHINE),
    "hammerstrength": ("plate-loaded", Equipment.MACHINE),
    "isolateral": ("plate-loaded", Equipment.MACHINE),
    "smith": ("smith-machine", Equipment.SMITH_MACHINE),
    "band": ("band", Equipment.BAND),
    "bodyweight": ("bodyweight", Equipment.BODYWEIGHT),
    "suspension": ("suspension", Equipment.BODYWEIGHT),
    "plate": ("plate", Equipment.OTHER),
    "medball": ("medicine-ball", Equipment.OTHER),
    "sandbag": ("sandbag", Equipment.OTHER),
    "flywheel": ("flywheel", Equipment.FLYWHEEL),
}

#: The Equipment of each implement label.
EQUIPMENT_OF: Final[Mapping[str, Equipment]] = dict(IMPLEMENTS.values())

#: How an implement is written in a generated exercise's name and id.
IMPLEMENT_NAMES: Final[Mapping[str, str]] = {
    "barbell": "Barbell",
    "ez-bar": "EZ-Bar",
    "trap-bar": "Trap-Bar",
    "landmine": "Landmine",
    "dumbbell": "Dumbbell",
    "kettlebell": "Kettlebell",
    "cable": "Cable",
    "machine": "Machine",
    "plate-loaded": "Plate-Loaded",
    "smith-machine": "Smith Machine",
    "band": "Band",
    "bodyweight": "Bodyweight",
    "suspension": "Suspension",
    "plate": "Plate",
    "medicine-ball": "Medicine Ball",
    "sandbag": "Sandbag",
    "flywheel": "Flywheel",
}

#: How an implement reads in a sentence ("read as Row with a plate-loaded machine").
IMPLEMENT_PHRASES: Final[Mapping[str, str]] = {
    "barbell": "a barbell",
    "ez-bar": "an EZ bar",
    "trap-bar": "a trap bar",
    "landmine": "a landmine",
    "dumbbell": "a dumbbell",
    "kettlebell": "a kettlebell",
    "cable": "a cable",
    "machine": "a machine",
    "plate-loaded": "a plate-loaded machine",
    "smith-machine": "a Smith machine",
    "band": "a band",
    "bodyweight": "bodyweight",
    "suspension": "a suspension trainer",
    "plate": "a plate",
    "medicine-ball": "a medicine ball",
    "sandbag": "a sandbag",
    "flywheel": "a flywheel",
}

#: Sides and limbs: token -> (limb mode or None, limb or None, per side).
SIDES: Final[Mapping[str, tuple[LimbMode | None, str | None, bool]]] = {
    "onearm": (LimbMode.UNILATERAL, "arm", False),
    "oneleg": (LimbMode.UNILATERAL, "leg", False),
    "single": (LimbMode.UNILATERAL, None, False),
    "unilateral": (LimbMode.UNILATERAL, None, False),
    "alternating": (LimbMode.ALTERNATING, None, False),
    "alternate": (LimbMode.ALTERNATING, None, False),
    "twoarm": (LimbMode.BILATERAL, None, False),
    "bilateral": (LimbMode.BILATERAL, None, False),
    "eachside": (None, None, True),
}

FLAGS: Final = frozenset({"assisted", "weighted", "hold"})

#: Words that carry no meaning for the exercise: custom names' notes to self, counts, units.
NOISE: Final = frozenset(
    {
        "old", "data", "backup", "copy", "new", "version", "variation", "variant", "custom",
        "my", "test", "the", "a", "an", "and", "with", "on", "in", "of", "to", "for", "at",
        "by", "from", "into", "onto", "or", "x", "set", "rep", "heavy", "light", "easy",
        "hard", "warmup", "cooldown", "superset", "dropset", "amrap", "emom", "finisher",
        "burnout", "workout", "exercise", "routine", "day", "week", "am", "pm", "only", "kg",
        "lb", "min", "sec", "second", "minute", "time", "max", "pr", "work", "working", "area",
        "up", "down", "eye", "style", "like", "type",
    }
)  # fmt: skip
_NOISE_PATTERN = re.compile(r"\d+|rpe\d*|v\d+|\d+[a-z]{1,2}|x\d+|\d+x")

#: Variant words: a grip, an angle, a position, a tempo. Tolerated beside a movement they do
#: not name (they do not change what the movement works), and recorded in `modifiers`.
QUALIFIERS: Final = frozenset(
    {
        "seated", "standing", "lying", "kneeling", "prone", "supine", "incline", "decline",
        "flat", "pause", "tempo", "eccentric", "negative", "strict", "slow", "fast",
        "explosive", "speed", "dynamic", "partial", "full", "half", "quarter", "deficit",
        "block", "pin", "box", "high", "low", "mid", "middle", "upper", "lower", "inner",
        "outer", "closegrip", "widegrip", "neutralgrip", "underhand", "overhand",
        "reversegrip", "mixedgrip", "grip", "handle", "bar", "straightbar", "vbar", "rope",
        "ring", "dual", "double", "iso", "atg", "banded", "chain", "elevated", "supported",
        "chestsupported", "behindneck", "behindback", "betweenleg", "crossbody", "bentover",
        "parallelbar", "captainchair", "romanchair", "swissball", "hightolow", "lowtohigh",
        "stance", "olympic", "competition", "comp", "lockout", "top", "bottom",
        "range", "continuous", "sled", "twisting", "around", "floor", "bench", "board",
        "platform", "step", "feet", "foot", "hand", "palm", "thumb", "tall",
        "staggered", "sumo", "wall", "stop", "touch", "go",
        "unloaded", "machine1", "station", "pad", "attachment", "cuff", "strap", "belt",
        "raised", "legsraised", "elbowposition", "kneeheight", "snatchgrip", "zercher",
        "ghd", "internal", "external", "horizontal", "vertical", "power", "hang", "complex",
        "hanging", "degree", "45", "body",
    }
)  # fmt: skip

#: Muscle words: token -> the muscle groups it names. "leg", "arm", "back", "hip" and
#: "thigh" are vague (a body part); the rest name one group.
MUSCLE_WORDS: Final[Mapping[str, frozenset[Muscle]]] = {
    "chest": frozenset({Muscle.CHEST}),
    "lat": frozenset({Muscle.LATS}),
    "upperback": frozenset({Muscle.UPPER_BACK}),
    "lowerback": frozenset({Muscle.LOWER_BACK}),
    "rhomboid": frozenset({Muscle.UPPER_BACK}),
    "trap": frozenset({Muscle.TRAPS}),
    "shoulder": frozenset({Muscle.SHOULDERS}),
    "delt": frozenset({Muscle.SHOULDERS}),
    "reardelt": frozenset({Muscle.SHOULDERS}),
    "sidedelt": frozenset({Muscle.SHOULDERS}),
    "frontdelt": frozenset({Muscle.SHOULDERS}),
    "rotator": frozenset({Muscle.SHOULDERS}),
    "bicep": frozenset({Muscle.BICEPS}),
    "tricep": frozenset({Muscle.TRICEPS}),
    "forearm": frozenset({Muscle.FOREARMS}),
    "wrist": frozenset({Muscle.FOREARMS}),
    "ab": frozenset({Muscle.ABDOMINALS}),
    "oblique": frozenset({Muscle.OBLIQUES}),
    "glute": frozenset({Muscle.GLUTES}),
    "quad": frozenset({Muscle.QUADRICEPS}),
    "hamstring": frozenset({Muscle.HAMSTRINGS}),
    "ham": frozenset({Muscle.HAMSTRINGS}),
    "calf": frozenset({Muscle.CALVES}),
    "adductor": frozenset({Muscle.ADDUCTORS}),
    "abductor": frozenset({Muscle.ABDUCTORS}),
    "neck": frozenset({Muscle.NECK}),
    "leg": frozenset(m for m in Muscle if m.body_part is BodyPart.LEGS),
    "thigh": frozenset({Muscle.QUADRICEPS, Muscle.HAMSTRINGS, Muscle.ADDUCTORS, Muscle.ABDUCTORS}),
    "hip": frozenset({Muscle.GLUTES, Muscle.ADDUCTORS, Muscle.ABDUCTORS, Muscle.HAMSTRINGS}),
    "arm": frozenset(m for m in Muscle if m.body_part is BodyPart.ARMS),
    "back": frozenset(m for m in Muscle if m.body_part is BodyPart.BACK),
}

#: Muscle words too vague to name a muscle group on their own.
VAGUE_MUSCLE_WORDS: Final = frozenset({"leg", "arm", "back", "hip", "thigh"})

#: Words that say an entry is cardio or a sport (no muscle-group sets).
CARDIO: Final = frozenset(
    {
        "treadmill", "running", "bike", "bicycle", "walk", "swim", "hike", "elliptical",
        "stairclimber", "rowing", "skierg", "jumprope", "battlerope", "boxing", "climbing",
        "cardio", "hiit", "aerobic", "zumba", "dance", "dancing", "tennis", "football",
        "soccer", "basketball", "golf", "volleyball", "badminton", "hockey", "rugby", "bjj",
        "judo", "karate", "martial", "skating", "skiing", "ski", "snowboard", "surfing",
        "paddle", "kayak", "burpee", "jumpingjack", "mountainclimber", "airdyne",
        "assault", "echo", "spinning", "padel", "pickleball", "squash", "baseball", "cricket",
        "trampoline", "wrestling", "crossfit", "metcon", "interval", "tabata", "marathon",
        "skip", "highknees",
    }
)  # fmt: skip

#: Cardio words that settle it even beside a lift's word ("Concept2 Row", "Treadmill Lunges").
CARDIO_ONLY: Final = frozenset(
    {"treadmill", "rowing", "elliptical", "stairclimber", "skierg", "jumprope", "swim", "bike"}
)

#: Words that say an entry is stretching or mobility work.
STRETCH: Final = frozenset(
    {"stretch", "ninetyninety", "pilates", "massage", "smr", "dislocate", "pose", "catcow"}
)


@attrs.frozen
class Vocabulary:
    """The tables above in the form the parser reads them (built once, on the first parse)."""

    spellings: Mapping[str, tuple[str, ...]]
    phrases: Mapping[tuple[str, ...], tuple[str, ...]]
    longest: int
    synonyms: Mapping[str, str]
    known: frozenset[str]

    def canonical(self, words: Iterable[str]) -> list[str]:
        """The canonical tokens of normalised words, noise included (in order)."""
        spelled: list[str] = []
        for word in words:
            spelled.extend(self.spellings.get(word, (word,)))
        out: list[str] = []
        i, n = 0, len(spelled)
        while i < n:
            for size in range(min(self.longest, n - i), 0, -1):
                phrase = self.phrases.get(tuple(spelled[i : i + size]))
                if phrase is not None:
                    out.extend(phrase)
                    i += size
                    break
            else:
                out.append(spelled[i])
                i += 1
        return [self.synonyms.get(token, token) for token in out]

    def parse(self, name: str, normalised: list[str]) -> NameParts:
        """The `NameParts` of a name, given its normalised words."""
        tokens: list[str] = []
        movement: list[str] = []
        implements: list[str] = []
        modifiers: list[str] = []
        unknown: list[str] = []
        ignored: list[str] = []
        muscles: list[Muscle] = []
        limb_mode: LimbMode | None = None
        limb: str | None = None
        per_side = assisted = weighted = hold = False
        attachment = False
        for token in self.canonical(normalised):
            if token in NOISE or _NOISE_PATTERN.fullmatch(token):
                ignored.append(token)
                continue
            tokens.append(token)
            if token in IMPLEMENTS:
                label = IMPLEMENTS[token][0]
                if label not in implements:
                    implements.append(label)
                continue
            side = SIDES.get(token)
            if side is not None:
                mode, which, each = side
                if mode is not None and (limb_mode is None or mode is not LimbMode.BILATERAL):
                    limb_mode = mode
                limb = which or limb
                per_side = per_side or each
                continue
            if token in FLAGS:
                assisted = assisted or token == "assisted"
                weighted = weighted or token == "weighted"
                hold = hold or token == "hold"
                continue
            movement.append(token)
            if token == "rope":
                attachment = True
            if token in QUALIFIERS:
                modifiers.append(token)
            elif token in MUSCLE_WORDS:
                if token not in VAGUE_MUSCLE_WORDS:
                    muscles.extend(m for m in sorted(MUSCLE_WORDS[token]) if m not in muscles)
            elif token not in self.known:
                unknown.append(token)
        implement = _choose(implements)
        if implement is None and not implements and attachment:
            implement = "cable"  # a rope is a cable attachment ("Rope Push Down")
        return NameParts(
            name=name,
            tokens=tokens,
            movement=movement,
            equipment=EQUIPMENT_OF[implement] if implement is not None else None,
            implement=implement,
            implements=implements,
            limb_mode=limb_mode,
            limb=limb,
            per_side=per_side,
            assisted=assisted,
            weighted=weighted,
            hold=hold,
            modifiers=modifiers,
            unknown=unknown,
            ignored=ignored,
            muscles=muscles,
        )


def _choose(implements: list[str]) -> str | None:
    """The implement a name means when it states several ("Barbell ... (Smith Machine)")."""
    found = set(implements)
    if "smith-machine" in found:
        return "smith-machine"  # a Smith machine has a bar, and is a machine
    if "plate-loaded" in found or {"plate", "machine"} <= found:
        return "plate-loaded"  # "Shoulder Press (Machine Plates)", "Iso-Lateral Row (Machine)"
    if "cable" in found:
        found -= {"machine", "ez-bar", "barbell"}  # "Cable Machine", a bar on a cable
    if found & {"ez-bar", "trap-bar", "landmine"}:
        found.discard("barbell")
    if len(found) > 1:
        found.discard("bodyweight")  # "Bodyweight Squat (Dumbbell)": the dumbbell is the load
    if len(found) == 1:
        return found.pop()
    return None  # none, or two that cannot both be meant (a barbell and a dumbbell)


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def build(extra_known: Iterable[str] = ()) -> Vocabulary:
    """The parser's tables, with the words the movement table uses counted as known."""
    from ._names import words

    spellings = {word: _split(text) for word, text in SPELLINGS.items()}
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for text, tokens in PHRASES.items():
        phrase = tuple(words(text))
        phrases[phrase] = _split(tokens)
    longest = max(len(phrase) for phrase in phrases)
    known = frozenset(
        {
            *IMPLEMENTS, *SIDES, *FLAGS, *QUALIFIERS, *MUSCLE_WORDS, *CARDIO, *STRETCH,
            *SYNONYMS.values(), *MOVEMENT_WORDS, *extra_known,
        }
    )  # fmt: skip
    return Vocabulary(spellings, phrases, longest, SYNONYMS, known)


#: Words of the movement table (``_movements``): known to the parser, so they are not reported
#: as unknown. A test checks that the table uses no other word.
MOVEMENT_WORDS: Final = frozenset(
    {
        "abwheel", "active", "air", "american", "antirotation", "arnold", "australian",
        "axle", "backward", "balance", "ball", "bayesian", "bend", "bent", "birddog",
        "bridge", "broad", "bulgarian", "butterfly", "carry", "chair", "chinup", "chop",
        "clam", "clamshell", "clean", "concentration", "conventional", "copenhagen",
        "cossack", "crunch", "cuban", "curl", "curtsy", "dead", "deadbug", "deadlift",
        "depth", "diamond", "dip", "donkey", "drag", "dragon", "drive", "drop", "elbow",
        "extension", "face", "farmer", "fire", "flag", "flexion", "flutter", "fly",
        "flying", "forward", "french", "frog", "front", "frontlever", "getup", "goblet",
        "goodmorning", "gripper", "guillotine", "hack", "hammer", "handstand", "harness",
        "heaving", "heel", "highbar", "hipflexor", "hollow", "hydrant", "hyperextension",
        "inverted", "jackknife", "jerk", "jm", "jump", "kick", "kickback", "knee", "kroc",
        "larsen", "lateral", "log", "long", "lowbar", "lsit", "lu", "lunge", "meadow",
        "military", "monster", "muscle", "muscleup", "no", "nordic", "overhead", "pallof",
        "passive", "pecdeck", "pendlay", "pendulum", "pike", "pinch", "pinwheel", "pistol",
        "plank", "preacher", "press", "pronation", "prowler", "pull", "pullapart",
        "pulldown", "pullover", "pullthrough", "pullup", "pump", "push", "pushdown",
        "pushup", "rack", "raise", "rear", "renegade", "reverse", "rock", "roller",
        "romanian", "rotary", "rotation", "row", "russian", "scissor", "scott", "seal",
        "shot", "shrug", "side", "sidebend", "sissy", "situp", "skullcrusher", "slant",
        "snatch", "sot", "spider", "split", "spoto", "squat", "squeeze", "stepup",
        "stiffleg", "straightarm", "suitcase", "superman", "supination", "svend", "swing",
        "tate", "tbar", "through", "thrust", "thruster", "toe", "torso", "trainer", "tuck",
        "turkish", "twist", "upright", "vup", "waiter", "wallsit", "windshield", "wiper",
        "wood", "woodchop", "wristroller", "y", "yate", "z", "zottman",
    }
)  # fmt: skip
