"""The hand-written entries of the built-in catalog: the first 47 exercises, with cited numbers.

Imported on the first use of the catalog, never by ``import negatives``. These entries keep
their ids (users' documents refer to them), numbers and notes; the movement table
(``_movements``) places each in its slot (movement and implement) and generates the rest of
the catalog around them, and a test checks that the two agree on muscles, equipment, limb
mode, phase, load convention and risk.

Where each number comes from, and how far to trust it (DOMAIN.md §2 and §5):

* ``ecc_con_ratio`` where a study measured the exercise:
  - Hollander et al. 2007, J Strength Cond Res 21(1):34-40 (men, 1RM on weight-stack
    machines; high confidence, n = 10): lat pulldown 1.32, leg press 1.44, chest press 1.40,
    leg extension 1.35, seated military press 1.49, leg curl 1.27;
  - Kelly et al. 2015, J Strength Cond Res 29(4):1027-1032 (high): barbell bench press,
    115.99 vs 93.56 kg, 1.24;
  - ``None`` everywhere else: no exercise-specific figure, callers use their default (1.40,
    Nuzzo et al. 2023).
* ``bodyweight_fraction`` (DOMAIN §5, **low** confidence, overridable): pull-up and chin-up
  1.0, dip 0.95 (range 0.9-1.0), push-up 0.65; Nordic curl 0.88, the body above the knees,
  which pivots on them (Dempster's segment masses, Winter 2009: shank 0.0465 and foot 0.0145 of
  body mass each side); every bar, dumbbell, cable and machine lift 0.
* ``eccentric_only`` (DOMAIN §5, §8): the Nordic curl, a lowering the athlete cannot reverse,
  supramaximal for the hamstrings from the first rep (Mjølsnes et al. 2004): its sets count
  as eccentric overload however an app logs them.
* ``risk`` (DOMAIN §5): HIGH for free weights over the face, neck or torso or on the back
  (NSCA spotting practice, medium confidence); MEDIUM and LOW by reasoning (**low**
  confidence); ``None`` for cardio and the plank (nothing to overload with negatives).
* ``starts_with``, muscle groups, equipment, limb mode: technique as commonly taught
  (practice, medium confidence).

Decisions (each also in the entry's ``notes``):

* Hollander's bench press was on a weight-stack machine, so 1.40 goes to the machine chest
  press; the barbell bench press takes Kelly 2015's free-weight 1.24 instead. All three
  machine leg curls take 1.27 (the abstract does not say lying or seated); both lat pulldowns
  (cable station and lever machine) take 1.32.
* Bare names whose equipment is not stated ("Bench Press", "Incline Bench Press", "Shoulder
  Press", "Bicep Curl", "Row", "Seated Row", "Squat", "Chest Fly") were aliases shared by the
  exercises they could mean, and so refused. They now resolve to the movement table's
  movement-level exercises (muscles certain, equipment OTHER, loads as logged), and are no
  longer aliases here; names that could mean different muscles stay ambiguous (the table's
  keys "Press", "Curl", "Raise", "Extension").
* Where an app writes a bare name as its own exercise, the catalog has an entry for exactly
  that, with what is unknown left general: "Leg Curl" (JEFIT) is ``leg-curl``, a machine leg
  curl of unstated position, next to ``lying-leg-curl`` and ``seated-leg-curl``; "Lateral
  Raise" (JEFIT, which also writes "Dumbbell Lateral Raise" and "Cable Lateral Raise") is
  ``lateral-raise``, equipment unstated; "Lower Chest Fly" (Hevy) likewise.
* A bare name with one standard meaning maps to it: "Overhead Press" (FitNotes' default
  exercise) and "Military Press" to the standing barbell press; "Deadlift" to the conventional
  barbell deadlift; "Lat Pulldown" to the cable station; "Calf Raise" to the standing machine
  calf raise; "Skull Crusher" to the barbell (EZ-bar) one; "Romanian Deadlift" to the barbell
  one; "Bent Over Row" and "Barbell Row" to the barbell row.
* ``starts_with``: lowering first for lifts that begin at the top: squats, bench and incline
  presses (barbell and dumbbell, from the rack or kicked up), leg press (unlocked at the top),
  dips and push-ups, the Nordic curl, the Romanian deadlift (taken standing from the rack),
  the Bulgarian split squat, skull crushers (bar held over the chest), the dumbbell fly (arms
  up). Lifting first for the rest: overhead presses (from the rack position), machine presses
  (handles at the chest), deadlift, rows, curls, pull-ups, chin-ups, pulldowns, leg curl and
  extension, lateral raises, cable flies (arms open, the stretched position), pushdowns, face
  pulls, hip thrusts, and calf raises (a rep counted from the stretched bottom: rise, then
  lower; the 2/1 calf raise rises on two legs and lowers on one).
* Load conventions: dumbbell exercises log one dumbbell (``PER_IMPLEMENT``); barbell, cable,
  machine and bodyweight ones the total.
"""

from __future__ import annotations

from typing import Final

from ..model import Equipment, Exercise, LimbMode, LoadConvention, Muscle, RiskClass
from ..tempo import Phase
from ._catalog import CatalogEntry

# -- numbers with a source -------------------------------------------------------------------

#: Hollander et al. 2007, J Strength Cond Res 21(1):34-40: men, eccentric over concentric
#: 1RM on weight-stack machines (high confidence, n = 10).
HOLLANDER_LAT_PULLDOWN: Final = 1.32
HOLLANDER_LEG_PRESS: Final = 1.44
HOLLANDER_CHEST_PRESS: Final = 1.40
HOLLANDER_LEG_EXTENSION: Final = 1.35
HOLLANDER_SEATED_PRESS: Final = 1.49
HOLLANDER_LEG_CURL: Final = 1.27

#: Kelly et al. 2015, J Strength Cond Res 29(4):1027-1032: barbell bench press, eccentric 1RM
#: 115.99 kg vs concentric 93.56 kg (= 1.2397), rounded (high confidence).
KELLY_BARBELL_BENCH: Final = 1.24

#: DOMAIN §5: shares of bodyweight moved (low confidence, overridable).
BW_PULL_UP: Final = 1.0
BW_DIP: Final = 0.95  # range 0.9-1.0
BW_PUSH_UP: Final = 0.65

#: Nordic hamstring curl: the body above the knees, which pivots on them: 1 - 2 x (shank 0.0465
#: + foot 0.0145) = 0.878 of body mass (Dempster's segment masses as tabulated in Winter 2009,
#: Biomechanics and Motor Control of Human Movement, 4th ed.; medium confidence for the masses).
#: The hamstrings meet a torque that grows as the body tips forward, not this mass: as a load
#: for volume it is low confidence, and the exercise is dosed by reps (DOMAIN §5).
BW_NORDIC: Final = 0.88

_M = Muscle
_E = Equipment
_ECC = Phase.ECCENTRIC
_CON = Phase.CONCENTRIC
_UNI = LimbMode.UNILATERAL
_PER = LoadConvention.PER_IMPLEMENT
_HIGH = RiskClass.HIGH
_MEDIUM = RiskClass.MEDIUM
_LOW = RiskClass.LOW

_HOLLANDER = "Hollander et al. 2007 (J Strength Cond Res 21(1):34-40), men, weight-stack machine"
_BAR_RISK_HIGH = "HIGH risk: a free weight over the face, neck or torso needs spotters (NSCA)."
_DUMBBELLS = "Logged load is one dumbbell; LOW/MEDIUM risk: dumbbells can be dropped aside."


def _entry(exercise: Exercise, aliases: tuple[str, ...] = (), notes: str = "") -> CatalogEntry:
    return CatalogEntry(exercise, aliases=aliases, notes=notes)


ENTRIES: Final[tuple[CatalogEntry, ...]] = (
    # -- squats and legs -----------------------------------------------------------------------
    _entry(
        Exercise(
            "back-squat",
            "Back Squat",
            muscles=[_M.QUADRICEPS, _M.GLUTES],
            secondary_muscles=[_M.ADDUCTORS, _M.HAMSTRINGS, _M.LOWER_BACK],
            equipment=_E.BARBELL,
            starts_with=_ECC,
            risk=_HIGH,
        ),
        (
            "Back Squat (Barbell)",  # Hevy
            "Squat (Barbell)",  # Strong
            "Barbell Squat",  # FitNotes, JEFIT, Strong
            "Barbell Back Squat",
        ),
        "Starts with the lowering (unrack, descend). HIGH risk: the bar is on the back; "
        "two spotters for heavy negatives (NSCA practice, medium). No exercise-specific "
        "ecc:con ratio.",
    ),
    _entry(
        Exercise(
            "front-squat",
            "Front Squat",
            muscles=[_M.QUADRICEPS, _M.GLUTES],
            secondary_muscles=[_M.UPPER_BACK, _M.ABDOMINALS],
            equipment=_E.BARBELL,
            starts_with=_ECC,
            risk=_HIGH,
        ),
        ("Front Squat (Barbell)", "Barbell Front Squat"),
        "Starts with the lowering. HIGH risk: the bar is on the front of the shoulders, at the "
        "neck.",
    ),
    _entry(
        Exercise(
            "leg-press",
            "Leg Press",
            muscles=[_M.QUADRICEPS, _M.GLUTES],
            secondary_muscles=[_M.HAMSTRINGS, _M.ADDUCTORS],
            equipment=_E.MACHINE,
            starts_with=_ECC,
            ecc_con_ratio=HOLLANDER_LEG_PRESS,
            risk=_LOW,
        ),
        ("Leg Press (Machine)", "Machine Leg Press", "Sled Leg Press"),
        f"ecc:con 1.44 from {_HOLLANDER}. Starts with the lowering (the sled is unlocked at "
        "the top). LOW risk with the safety stops set (reasoning, low).",
    ),
    _entry(
        Exercise(
            "leg-extension",
            "Leg Extension",
            muscles=[_M.QUADRICEPS],
            equipment=_E.MACHINE,
            ecc_con_ratio=HOLLANDER_LEG_EXTENSION,
            risk=_LOW,
        ),
        (
            "Leg Extension (Machine)",
            "Machine Leg Extension",
            "Seated Leg Extension",
            "Quad Extension",
        ),
        f"ecc:con 1.35 from {_HOLLANDER}. Starts with the lift. LOW risk (selectorised "
        "machine; reasoning, low).",
    ),
    _entry(
        Exercise(
            "leg-curl",
            "Leg Curl",
            muscles=[_M.HAMSTRINGS],
            secondary_muscles=[_M.CALVES],
            equipment=_E.MACHINE,
            ecc_con_ratio=HOLLANDER_LEG_CURL,
            risk=_LOW,
        ),
        ("Leg Curl (Machine)", "Machine Leg Curl", "Hamstring Curl"),
        "A machine leg curl whose position (lying or seated) the log does not say: JEFIT "
        "writes plain 'Leg Curl'. Use 'lying-leg-curl' or 'seated-leg-curl' when known. "
        f"ecc:con 1.27 from {_HOLLANDER} (position not stated in the abstract). Starts with "
        "the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "lying-leg-curl",
            "Lying Leg Curl",
            muscles=[_M.HAMSTRINGS],
            secondary_muscles=[_M.CALVES],
            equipment=_E.MACHINE,
            ecc_con_ratio=HOLLANDER_LEG_CURL,
            risk=_LOW,
        ),
        (
            "Lying Leg Curl (Machine)",
            "Prone Leg Curl",
            "Lying Hamstring Curl",
        ),
        f"ecc:con 1.27 from {_HOLLANDER} (the abstract does not say lying or seated). Starts "
        "with the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "seated-leg-curl",
            "Seated Leg Curl",
            muscles=[_M.HAMSTRINGS],
            secondary_muscles=[_M.CALVES],
            equipment=_E.MACHINE,
            ecc_con_ratio=HOLLANDER_LEG_CURL,
            risk=_LOW,
        ),
        ("Seated Leg Curl (Machine)", "Seated Hamstring Curl"),
        f"ecc:con 1.27 from {_HOLLANDER} (the abstract does not say lying or seated). Starts "
        "with the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "nordic-curl",
            "Nordic Curl",
            muscles=[_M.HAMSTRINGS],
            equipment=_E.BODYWEIGHT,
            starts_with=_ECC,
            bodyweight_fraction=BW_NORDIC,
            risk=_LOW,
            eccentric_only=True,
        ),
        ("Nordic Hamstring Curl", "Nordic Ham Curl", "Nordic", "Nordic Curl (Bodyweight)"),
        "Eccentric-only: the athlete lowers the body above the knees (0.88 of bodyweight; "
        "Dempster via Winter 2009) as slowly as they can and returns with their hands, so every "
        "set is eccentric overload, supramaximal for the hamstrings from the first rep, however "
        "it is logged (DOMAIN §5; Mjølsnes et al. 2004). Dosed by reps and sessions a week. "
        "Lowering first. LOW risk for the bar-free setup (reasoning, low); the soreness of an "
        "unaccustomed first session is the cost the safety rules watch.",
    ),
    _entry(
        Exercise(
            "calf-raise",
            "Calf Raise",
            muscles=[_M.CALVES],
            equipment=_E.MACHINE,
            risk=_LOW,
        ),
        (
            "Standing Calf Raise",
            "Standing Calf Raise (Machine)",
            "Calf Raise (Machine)",
            "Machine Calf Raise",
        ),
        "The standing machine calf raise (JEFIT's plain 'Calf Raise'). A rep is counted from "
        "the stretched bottom: rise, then lower (starts_with concentric; the 2/1 calf raise "
        "rises on two legs and lowers on one). LOW risk.",
    ),
    _entry(
        Exercise(
            "hip-thrust",
            "Barbell Hip Thrust",
            muscles=[_M.GLUTES],
            secondary_muscles=[_M.HAMSTRINGS, _M.QUADRICEPS],
            equipment=_E.BARBELL,
            risk=_LOW,
        ),
        ("Hip Thrust (Barbell)", "Hip Thrust"),
        "Starts with the lift (bar across the hips, from the floor). LOW risk: the bar rests "
        "on the hips and rolls off forward (reasoning, low).",
    ),
    _entry(
        Exercise(
            "bulgarian-split-squat",
            "Bulgarian Split Squat",
            muscles=[_M.QUADRICEPS, _M.GLUTES],
            secondary_muscles=[_M.HAMSTRINGS, _M.ADDUCTORS],
            equipment=_E.DUMBBELL,
            limb_mode=_UNI,
            starts_with=_ECC,
            load_convention=_PER,
            risk=_MEDIUM,
            implements=2,
        ),
        (
            "Bulgarian Split Squat (Dumbbell)",
            "Dumbbell Bulgarian Split Squat",
            "Rear Foot Elevated Split Squat",
            "RFESS",
        ),
        "With a dumbbell in each hand, logged per dumbbell, the set done per leg. Starts "
        "standing: lowering first. MEDIUM risk: one leg, balance, free weights (reasoning, "
        "low); a barbell version on the back would be HIGH. Two dumbbells are held "
        "(implements=2), so a logged 20 kg is 40 kg in total.",
    ),
    # -- hinges -----------------------------------------------------------------------------
    _entry(
        Exercise(
            "deadlift",
            "Deadlift",
            muscles=[_M.HAMSTRINGS, _M.GLUTES, _M.LOWER_BACK],
            secondary_muscles=[_M.QUADRICEPS, _M.TRAPS, _M.FOREARMS],
            equipment=_E.BARBELL,
            risk=_MEDIUM,
        ),
        ("Deadlift (Barbell)", "Barbell Deadlift", "Conventional Deadlift"),
        "The conventional barbell deadlift (JEFIT writes plain 'Deadlift'). Starts with the "
        "lift from the floor. MEDIUM risk: the bar can be dropped, but the back is loaded.",
    ),
    _entry(
        Exercise(
            "romanian-deadlift",
            "Romanian Deadlift",
            muscles=[_M.HAMSTRINGS, _M.GLUTES],
            secondary_muscles=[_M.LOWER_BACK, _M.FOREARMS],
            equipment=_E.BARBELL,
            starts_with=_ECC,
            risk=_MEDIUM,
        ),
        ("Romanian Deadlift (Barbell)", "Barbell Romanian Deadlift", "RDL"),
        "With a barbell. Taken standing (from the rack, or deadlifted up once), so each rep "
        "starts with the lowering. MEDIUM risk.",
    ),
    # -- presses ----------------------------------------------------------------------------
    _entry(
        Exercise(
            "bench-press",
            "Barbell Bench Press",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.TRICEPS, _M.SHOULDERS],
            equipment=_E.BARBELL,
            starts_with=_ECC,
            ecc_con_ratio=KELLY_BARBELL_BENCH,
            risk=_HIGH,
        ),
        (
            "Bench Press (Barbell)",  # Strong, Hevy
            "Flat Barbell Bench Press",  # FitNotes
            "Barbell Bench",
        ),
        "ecc:con 1.24 from Kelly et al. 2015 (J Strength Cond Res 29(4):1027-1032), a "
        "free-weight barbell bench: 115.99 vs 93.56 kg. Hollander 2007's 1.40 was measured on "
        "a weight-stack machine and goes to 'machine-chest-press'. Starts with the lowering "
        f"from the rack. {_BAR_RISK_HIGH}",
    ),
    _entry(
        Exercise(
            "dumbbell-bench-press",
            "Dumbbell Bench Press",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.TRICEPS, _M.SHOULDERS],
            equipment=_E.DUMBBELL,
            starts_with=_ECC,
            load_convention=_PER,
            risk=_MEDIUM,
        ),
        (
            "Bench Press (Dumbbell)",  # Hevy
            "Dumbbell Chest Press",
            "Flat Dumbbell Bench Press",
        ),
        "Starts at the top (dumbbells kicked up), lowering first. MEDIUM risk: dumbbells can "
        f"be dropped aside, but are over the face and chest. {_DUMBBELLS}",
    ),
    _entry(
        Exercise(
            "incline-bench-press",
            "Incline Barbell Bench Press",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.SHOULDERS, _M.TRICEPS],
            equipment=_E.BARBELL,
            starts_with=_ECC,
            risk=_HIGH,
        ),
        (
            "Incline Bench Press (Barbell)",  # Strong
            "Incline Barbell Press",
        ),
        f"Starts with the lowering from the rack. {_BAR_RISK_HIGH}",
    ),
    _entry(
        Exercise(
            "incline-dumbbell-press",
            "Incline Dumbbell Press",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.SHOULDERS, _M.TRICEPS],
            equipment=_E.DUMBBELL,
            starts_with=_ECC,
            load_convention=_PER,
            risk=_MEDIUM,
        ),
        (
            "Incline Bench Press (Dumbbell)",  # Hevy
            "Incline Dumbbell Bench Press",
        ),
        "Starts at the top, lowering first. MEDIUM risk, as the flat dumbbell bench press. "
        f"{_DUMBBELLS}",
    ),
    _entry(
        Exercise(
            "machine-chest-press",
            "Machine Chest Press",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.TRICEPS, _M.SHOULDERS],
            equipment=_E.MACHINE,
            ecc_con_ratio=HOLLANDER_CHEST_PRESS,
            risk=_LOW,
        ),
        ("Chest Press (Machine)", "Chest Press", "Seated Chest Press"),
        f"ecc:con 1.40 from {_HOLLANDER} (their 'bench press'). Starts with the lift, handles "
        "at the chest. LOW risk.",
    ),
    _entry(
        Exercise(
            "overhead-press",
            "Barbell Overhead Press",
            muscles=[_M.SHOULDERS],
            secondary_muscles=[_M.TRICEPS, _M.TRAPS],
            equipment=_E.BARBELL,
            risk=_HIGH,
        ),
        (
            "Overhead Press (Barbell)",  # Hevy, Strong
            "Overhead Press",  # FitNotes' default exercise is the barbell one
            "Standing Overhead Press",
            "Military Press",
            "Barbell Military Press",
            "OHP",
        ),
        "Standing, from the rack: the bar starts on the front of the shoulders, so each rep "
        f"starts with the lift. Plain 'Overhead Press' is FitNotes' barbell lift. {_BAR_RISK_HIGH}",
    ),
    _entry(
        Exercise(
            "dumbbell-shoulder-press",
            "Dumbbell Shoulder Press",
            muscles=[_M.SHOULDERS],
            secondary_muscles=[_M.TRICEPS],
            equipment=_E.DUMBBELL,
            load_convention=_PER,
            risk=_HIGH,
        ),
        (
            "Shoulder Press (Dumbbell)",
            "Overhead Press (Dumbbell)",
            "Dumbbell Overhead Press",
            "Seated Dumbbell Shoulder Press",
            "Seated Shoulder Press (Dumbbell)",
        ),
        "Starts with the lift from the shoulders. HIGH risk: heavy dumbbells over the head and "
        "face (NSCA practice, medium). Logged load is one dumbbell.",
    ),
    _entry(
        Exercise(
            "machine-shoulder-press",
            "Machine Shoulder Press",
            muscles=[_M.SHOULDERS],
            secondary_muscles=[_M.TRICEPS],
            equipment=_E.MACHINE,
            ecc_con_ratio=HOLLANDER_SEATED_PRESS,
            risk=_LOW,
        ),
        (
            "Shoulder Press (Machine)",
            "Seated Shoulder Press (Machine)",
            "Seated Military Press (Machine)",
            "Machine Military Press",
        ),
        f"The seated military press of {_HOLLANDER}: ecc:con 1.49. Starts with the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "dip",
            "Dip",
            muscles=[_M.CHEST, _M.TRICEPS],
            secondary_muscles=[_M.SHOULDERS],
            equipment=_E.BODYWEIGHT,
            starts_with=_ECC,
            bodyweight_fraction=BW_DIP,
            risk=_MEDIUM,
        ),
        (
            "Dips",  # FitNotes
            "Chest Dip",
            "Triceps Dip",
            "Parallel Bar Dip",
            "Bar Dip",
            "Dip (Bodyweight)",
        ),
        "Parallel-bar dip: about 0.95 of bodyweight moved (0.9-1.0; DOMAIN §5, low). Starts at "
        "the top, lowering first. MEDIUM risk (DOMAIN §5). Not the bench dip (feet supported).",
    ),
    _entry(
        Exercise(
            "push-up",
            "Push-Up",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.TRICEPS, _M.SHOULDERS, _M.ABDOMINALS],
            equipment=_E.BODYWEIGHT,
            starts_with=_ECC,
            bodyweight_fraction=BW_PUSH_UP,
            risk=_LOW,
        ),
        ("Push Up", "Pushup", "Press-Up", "Push-Up (Bodyweight)"),
        "About 0.65 of bodyweight on the hands (DOMAIN §5, low). Starts at the top, lowering "
        "first. LOW risk.",
    ),
    # -- pulls ------------------------------------------------------------------------------
    _entry(
        Exercise(
            "pull-up",
            "Pull-Up",
            muscles=[_M.LATS],
            secondary_muscles=[_M.BICEPS, _M.UPPER_BACK],
            equipment=_E.BODYWEIGHT,
            bodyweight_fraction=BW_PULL_UP,
            risk=_MEDIUM,
        ),
        ("Pull Up", "Pullup", "Pull-Up (Bodyweight)"),
        "Overhand grip; the whole bodyweight is moved (1.0; DOMAIN §5, low). Starts hanging, "
        "with the lift (negative-only pull-ups start at the top). MEDIUM risk.",
    ),
    _entry(
        Exercise(
            "chin-up",
            "Chin-Up",
            muscles=[_M.LATS, _M.BICEPS],
            secondary_muscles=[_M.UPPER_BACK],
            equipment=_E.BODYWEIGHT,
            bodyweight_fraction=BW_PULL_UP,
            risk=_MEDIUM,
        ),
        ("Chin Up", "Chinup", "Chin-Up (Bodyweight)"),
        "Underhand grip; bodyweight fraction 1.0 (DOMAIN §5, low). Starts hanging, with the "
        "lift. MEDIUM risk.",
    ),
    _entry(
        Exercise(
            "lat-pulldown",
            "Lat Pulldown",
            muscles=[_M.LATS],
            secondary_muscles=[_M.BICEPS, _M.UPPER_BACK],
            equipment=_E.CABLE,
            ecc_con_ratio=HOLLANDER_LAT_PULLDOWN,
            risk=_LOW,
        ),
        (
            "Lat Pulldown (Cable)",  # Strong
            "Cable Lat Pulldown",
            "Lat Pull Down",
            "Wide Grip Lat Pulldown",
        ),
        f"The cable (weight-stack) station. ecc:con 1.32 from {_HOLLANDER}. Starts with the "
        "pull. LOW risk.",
    ),
    _entry(
        Exercise(
            "machine-lat-pulldown",
            "Machine Lat Pulldown",
            muscles=[_M.LATS],
            secondary_muscles=[_M.BICEPS, _M.UPPER_BACK],
            equipment=_E.MACHINE,
            ecc_con_ratio=HOLLANDER_LAT_PULLDOWN,
            risk=_LOW,
        ),
        ("Lat Pulldown (Machine)",),  # Hevy
        f"Hevy's lever-arm machine pulldown. ecc:con 1.32 from {_HOLLANDER}. Starts with the "
        "pull. LOW risk.",
    ),
    _entry(
        Exercise(
            "bent-over-row",
            "Barbell Bent-Over Row",
            muscles=[_M.LATS, _M.UPPER_BACK],
            secondary_muscles=[_M.BICEPS, _M.LOWER_BACK],
            equipment=_E.BARBELL,
            risk=_MEDIUM,
        ),
        (
            "Bent Over Row (Barbell)",  # Strong
            "Bent-Over Barbell Row",  # Hevy
            "Barbell Row",  # JEFIT
            "Bent Over Row",
        ),
        "Starts with the pull. MEDIUM risk: a barbell row loads the lower back.",
    ),
    _entry(
        Exercise(
            "dumbbell-row",
            "One-Arm Dumbbell Row",
            muscles=[_M.LATS, _M.UPPER_BACK],
            secondary_muscles=[_M.BICEPS],
            equipment=_E.DUMBBELL,
            limb_mode=_UNI,
            load_convention=_PER,
            risk=_LOW,
        ),
        (
            "Dumbbell Row",
            "Bent Over One Arm Row (Dumbbell)",
            "Single Arm Dumbbell Row",
        ),
        "One arm at a time, supported on a bench; logged load is the dumbbell. Starts with the "
        "pull. LOW risk.",
    ),
    _entry(
        Exercise(
            "seated-cable-row",
            "Seated Cable Row",
            muscles=[_M.LATS, _M.UPPER_BACK],
            secondary_muscles=[_M.BICEPS],
            equipment=_E.CABLE,
            risk=_LOW,
        ),
        (
            "Seated Row (Cable)",
            "Seated Cable Row - V Grip (Cable)",
            "Cable Row",
        ),
        "Starts with the pull. LOW risk.",
    ),
    _entry(
        Exercise(
            "machine-seated-row",
            "Machine Seated Row",
            muscles=[_M.LATS, _M.UPPER_BACK],
            secondary_muscles=[_M.BICEPS],
            equipment=_E.MACHINE,
            risk=_LOW,
        ),
        ("Seated Row (Machine)", "Machine Row"),  # Hevy
        "Starts with the pull. LOW risk.",
    ),
    _entry(
        Exercise(
            "face-pull",
            "Face Pull",
            muscles=[_M.SHOULDERS, _M.UPPER_BACK],
            secondary_muscles=[_M.TRAPS],
            equipment=_E.CABLE,
            risk=_LOW,
        ),
        ("Face Pull (Cable)", "Cable Face Pull", "Rope Face Pull"),
        "Starts with the pull. LOW risk.",
    ),
    # -- arms -------------------------------------------------------------------------------
    _entry(
        Exercise(
            "barbell-curl",
            "Barbell Curl",
            muscles=[_M.BICEPS],
            secondary_muscles=[_M.FOREARMS],
            equipment=_E.BARBELL,
            risk=_LOW,
        ),
        (
            "Bicep Curl (Barbell)",
            "Barbell Bicep Curl",
            "Standing Barbell Curl",
        ),
        "Starts with the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "dumbbell-curl",
            "Dumbbell Curl",
            muscles=[_M.BICEPS],
            secondary_muscles=[_M.FOREARMS],
            equipment=_E.DUMBBELL,
            load_convention=_PER,
            risk=_LOW,
        ),
        (
            "Bicep Curl (Dumbbell)",  # Strong, Hevy
            "Dumbbell Bicep Curl",
        ),
        "Both arms together (an alternating curl would be LimbMode.ALTERNATING). Starts with "
        "the lift. LOW risk. Logged load is one dumbbell.",
    ),
    _entry(
        Exercise(
            "ez-bar-curl",
            "EZ-Bar Curl",
            muscles=[_M.BICEPS],
            secondary_muscles=[_M.FOREARMS],
            equipment=_E.BARBELL,
            risk=_LOW,
        ),
        ("EZ Curl", "Bicep Curl (EZ Bar)", "EZ-Bar Bicep Curl"),
        "An EZ bar counts as a barbell. Starts with the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "preacher-curl",
            "Preacher Curl",
            muscles=[_M.BICEPS],
            secondary_muscles=[_M.FOREARMS],
            equipment=_E.BARBELL,
            risk=_LOW,
        ),
        (
            "Preacher Curl (Barbell)",
            "Barbell Preacher Curl",
            "EZ-Bar Preacher Curl",
            "Preacher Curl (EZ Bar)",
        ),
        "With a barbell or an EZ bar, on a preacher bench. Starts with the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "hammer-curl",
            "Hammer Curl",
            muscles=[_M.BICEPS, _M.FOREARMS],
            equipment=_E.DUMBBELL,
            load_convention=_PER,
            risk=_LOW,
        ),
        ("Hammer Curl (Dumbbell)", "Dumbbell Hammer Curl"),
        "Both arms together, neutral grip. Starts with the lift. LOW risk. Logged load is one "
        "dumbbell.",
    ),
    _entry(
        Exercise(
            "skull-crusher",
            "Skull Crusher",
            muscles=[_M.TRICEPS],
            equipment=_E.BARBELL,
            starts_with=_ECC,
            risk=_HIGH,
        ),
        (
            "Barbell Skull Crusher",  # JEFIT
            "Skullcrusher (Barbell)",
            "Skullcrusher",
            "EZ-Bar Skull Crusher",
            "Lying Triceps Extension (Barbell)",
            "Lying Triceps Extension",
        ),
        "With a barbell or an EZ bar. Starts with the bar held over the chest, lowering first. "
        f"{_BAR_RISK_HIGH}",
    ),
    _entry(
        Exercise(
            "triceps-pushdown",
            "Triceps Pushdown",
            muscles=[_M.TRICEPS],
            equipment=_E.CABLE,
            risk=_LOW,
        ),
        (
            "Tricep Pushdown",  # JEFIT
            "Triceps Pushdown (Cable - Straight Bar)",
            "Triceps Pushdown (Cable)",
            "Cable Triceps Pushdown",
            "Triceps Pressdown",
            "Triceps Rope Pushdown",
        ),
        "Starts with the push down. LOW risk.",
    ),
    # -- shoulders and chest isolation -------------------------------------------------------
    _entry(
        Exercise(
            "lateral-raise",
            "Lateral Raise",
            muscles=[_M.SHOULDERS],
            secondary_muscles=[_M.TRAPS],
            risk=_LOW,
        ),
        ("Side Lateral Raise", "Side Raise"),
        "A lateral raise whose equipment the log does not say: JEFIT writes plain 'Lateral "
        "Raise' next to its 'Dumbbell Lateral Raise' and 'Cable Lateral Raise'. Equipment "
        "OTHER and loads taken as logged (the total); use 'dumbbell-lateral-raise' or "
        "'cable-lateral-raise' when known. Starts with the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "dumbbell-lateral-raise",
            "Dumbbell Lateral Raise",
            muscles=[_M.SHOULDERS],
            secondary_muscles=[_M.TRAPS],
            equipment=_E.DUMBBELL,
            load_convention=_PER,
            risk=_LOW,
        ),
        (
            "Lateral Raise (Dumbbell)",  # Strong, Hevy
            "Dumbbell Side Lateral Raise",
            "Side Lateral Raise (Dumbbell)",
        ),
        "Both arms together. Starts with the lift. LOW risk. Logged load is one dumbbell.",
    ),
    _entry(
        Exercise(
            "cable-lateral-raise",
            "Cable Lateral Raise",
            muscles=[_M.SHOULDERS],
            secondary_muscles=[_M.TRAPS],
            equipment=_E.CABLE,
            limb_mode=_UNI,
            risk=_LOW,
        ),
        (
            "Lateral Raise (Cable)",
            "Single Arm Cable Lateral Raise",
            "One Arm Cable Lateral Raise",
        ),
        "One arm at a time. Starts with the lift. LOW risk.",
    ),
    _entry(
        Exercise(
            "cable-fly",
            "Cable Fly",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.SHOULDERS],
            equipment=_E.CABLE,
            risk=_LOW,
        ),
        (
            "Cable Crossover",
            "Cable Fly Crossovers",
            "Chest Fly (Cable)",
            "Cable Chest Fly",
        ),
        "Standing between the stacks, arms open (the stretched position): each rep starts "
        "with the lift (hands together). LOW risk.",
    ),
    _entry(
        Exercise(
            "dumbbell-fly",
            "Dumbbell Fly",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.SHOULDERS],
            equipment=_E.DUMBBELL,
            starts_with=_ECC,
            load_convention=_PER,
            risk=_MEDIUM,
        ),
        (
            "Chest Fly (Dumbbell)",
            "Flat Dumbbell Fly",
        ),
        "Lying on a bench, dumbbells start up over the chest: lowering first. MEDIUM risk, as "
        f"the dumbbell bench press (and the shoulder is loaded at full stretch). {_DUMBBELLS}",
    ),
    _entry(
        Exercise(
            "lower-chest-fly",
            "Lower Chest Fly",
            muscles=[_M.CHEST],
            secondary_muscles=[_M.SHOULDERS],
            risk=_LOW,
        ),
        ("High to Low Cable Fly",),
        "Hevy's 'Lower Chest Fly' (a custom name): a fly for the lower chest, usually a "
        "high-to-low cable fly, but the equipment is not stated, so OTHER and loads as logged. "
        "Starts with the lift. LOW risk (reasoning, low).",
    ),
    # -- core and cardio ---------------------------------------------------------------------
    _entry(
        Exercise(
            "plank",
            "Plank",
            muscles=[_M.ABDOMINALS],
            secondary_muscles=[_M.OBLIQUES],
            equipment=_E.BODYWEIGHT,
        ),
        ("Front Plank", "Forearm Plank", "Plank Hold"),
        "An isometric hold: no eccentric phase and nothing to overload by negatives "
        "(starts_with is only the model's default). Logged as seconds. Risk not classified.",
    ),
    _entry(
        Exercise("treadmill", "Treadmill", muscles=[], equipment=_E.OTHER),
        ("Treadmill Run", "Running (Treadmill)", "Treadmill Running", "Treadmill Walk"),
        "Cardio (FitNotes): distance and time, no muscle groups or load. Risk not classified.",
    ),
)
