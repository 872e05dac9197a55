"""A synthetic training log shared by the benchmarks: about 5 years, 3 sessions a week."""

import datetime as dt

import negatives as neg

EXERCISES = [
    neg.Exercise(
        "bench-press",
        "Bench Press",
        muscles=["chest"],
        secondary_muscles=["triceps"],
        equipment="barbell",
        starts_with="eccentric",
    ),
    neg.Exercise(
        "back-squat",
        "Back Squat",
        muscles=["quadriceps", "glutes"],
        equipment="barbell",
        starts_with="eccentric",
    ),
    neg.Exercise("barbell-curl", "Barbell Curl", muscles=["biceps"]),
    neg.Exercise(
        "dumbbell-row",
        "Dumbbell Row",
        muscles=["lats"],
        equipment="dumbbell",
        limb_mode="unilateral",
        load_convention="per_implement",
    ),
]


def training_log(sessions: int = 780, sets_per_session: int = 16) -> neg.TrainingLog:
    day = dt.date(2021, 1, 4)
    out = []
    for index in range(sessions):
        sets = []
        for k in range(sets_per_session):
            exercise = EXERCISES[k % len(EXERCISES)]
            load = neg.kg(20 + (index % 40) + 2.5 * (k % 4))
            if k % 8 == 7:
                bar = load * 1.4
                sets.append(
                    neg.Set(
                        exercise,
                        reps=6,
                        load=bar,
                        tempo="4-0-2-0",
                        method="partner_assisted",
                        rep_detail=[
                            exercise.rep(bar, tempo="4-0-2-0", assistance=neg.kg(2 * r))
                            for r in range(6)
                        ],
                    )
                )
            else:
                sets.append(
                    neg.Set(
                        exercise,
                        reps=8 + k % 3,
                        load=load,
                        tempo="3-1-2-0" if k % 2 else None,
                        rpe=8.0,
                    )
                )
        out.append(neg.Session(day + dt.timedelta(days=2 * index + index // 3), sets=sets))
    return neg.TrainingLog(neg.Athlete("bench", training_age_years=4), out)
