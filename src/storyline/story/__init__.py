"""The story: timelines, episodes and dyad trajectories built from a corpus."""

from storyline.story.dyads import DyadPoint, dyad_series, main_dyads
from storyline.story.episodes import Episode, episodes
from storyline.story.timeline import DateFeatures, DateWeights, build_timeline, candidate_dates

__all__ = [
    "DateFeatures",
    "DateWeights",
    "DyadPoint",
    "Episode",
    "build_timeline",
    "candidate_dates",
    "dyad_series",
    "episodes",
    "main_dyads",
]
