"""Every threshold and limit of redac, in one frozen object that each stage is handed.

The planner aims at these values, the engines write within them, the checks and the audit judge by
them, and the repairs move an article back inside them: one number per rule, so they cannot drift
apart (the planner, the meta check and the audit once each had their own description length).
Sources: DESIGN.md's guarantees table ("DESIGN"), and the French assessments of yoastseo 3.x ("Yoast",
the values its assessors' default configs use; only the numbers, no code). Override per site in
`redac.toml`:

    [limits]
    min_words = 900
    sentence_max_words = 25

or per call (`Limits(min_words=900)`, `limits.replace(...)`); `redac doctor` shows the values in force.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from redac.config import config_files, read_table
from redac.errors import InputError


@dataclass(frozen=True, slots=True)
class Limits:
    # --- length and structure (DESIGN: length, structure) ----------------------------------------
    min_words: int = 700  # DESIGN: default length when the brief does not ask for one
    min_h2: int = 3  # DESIGN: at least three H2 subheadings (the outline makes at least this many sections)
    section_max_words: int = 300  # DESIGN and Yoast subheadingDistribution: words under one subheading
    section_words_bad: int = 350  # Yoast subheadingDistribution: above this a section is "bad"
    paragraph_max_words: int = 150  # DESIGN and Yoast paragraphTooLong: the engines split paragraphs here
    paragraph_words_bad: int = 200  # Yoast paragraphTooLong: above this a paragraph is "bad"
    subheadings_long_text_words: int = 300  # Yoast: a text this long needs subheadings
    # --- title, meta description, slug (DESIGN: title, meta) --------------------------------------
    title_max_px: int = 600  # DESIGN and Yoast titleWidth: Arial 20 px, the search result line
    title_min_px: int = 400  # Yoast titleWidth: narrower titles leave room unused
    title_keyphrase_max_position: float = 0.34  # DESIGN "keyphrase near the start": share of the title before it
    description_min_chars: int = 121  # Yoast metaDescriptionLength: 120 and under is "too short"; DESIGN 120-156
    description_max_chars: int = 156  # DESIGN and Yoast metaDescriptionLength
    description_max_matches: int = 2  # Yoast metaDescriptionKeyword: more is keyword stuffing
    slug_max_chars: int = 75  # DESIGN: slug length
    # --- overall (DESIGN: SEO audit, originality) -------------------------------------------------
    seo_min_score: int = 80  # DESIGN: the audit check passes from this SEO score (Yoast's "good" light)
    readability_min_score: int = 60  # DESIGN: and this readability score (Yoast's "ok" and above)
    originality_max_copied: float = 0.2  # DESIGN originality: share of 8-word shingles copied verbatim
    llm_near_quote_ratio: int = 80  # issue 15: a quoted span this similar (rapidfuzz) to a source quote is set back verbatim
    llm_unquoted_quote_ratio: int = 90  # issue 15: unquoted words this similar (partial ratio) to one get its guillemets
    llm_unquoted_quote_min_words: int = 4  # shorter quotations are too common as plain words to be looked for unquoted
    llm_copy_run_words: int = 6  # issue 15: an in-process model never samples more source words in a row (outside quotations); 0: off
    llm_repeat_run_words: int = 10  # issue 15: an in-process reply ends once it repeats this many words of the article in a row; 0: off
    repair_rounds: int = 2  # DESIGN "repair: bounded": rounds of check -> repair, per engine
    max_source_words: int = 20_000  # issue 16: a longer source is not one article (a report, a feed): refused, exit 2; 0: no limit
    # --- keyphrase (Yoast SEO assessments) --------------------------------------------------------
    keyphrase_words_good: int = 4  # keyphraseLength: content words
    keyphrase_words_ok: int = 8
    density_min: float = 0.5  # keyphraseDensity: % of words, after the keyphrase-length factor
    density_max: float = 3.0
    density_way_over: float = 4.0
    density_short_text_words: int = 100
    subheadings_min_share: float = 0.3  # subheadingsKeyword: share of H2/H3 holding the keyphrase
    subheadings_max_share: float = 0.75
    images_min_share: float = 0.3  # imageKeyphrase: share of images whose alt holds the keyphrase
    images_max_share: float = 0.75
    # --- what the article carries: image alt, related archive links (redac's own choices) ---------
    alt_max_chars: int = 150  # the image's alt text, cut between words beyond
    related_max_links: int = 4  # « À lire aussi » links per article
    related_story_min: float = 0.30  # TF-IDF cosine from which an earlier article tells the same story...
    related_story_min_words: int = 5  # ...sharing this many distinct content words (and a person or place)
    related_people_story_min: float = 0.04  # with a rare person in common, the least story overlap still asked
    related_rare_name_share: float = 0.05  # a name in more of the archive than this is its topic, not a person
    # --- text length (Yoast textLength) -----------------------------------------------------------
    text_words_good: int = 300
    text_words_ok: int = 250
    text_words_bad: int = 200
    text_words_far_below: int = 100
    # --- readability (Yoast readability assessments) ----------------------------------------------
    sentence_max_words: int = 20  # sentenceLength: a longer sentence is "long" (the LLM prompt asks for it too)
    long_sentences_ok: float = 25.0  # % of sentences
    long_sentences_max: float = 30.0
    transition_text_words: int = 200  # transitionWords: judged from this length on
    transitions_ok: float = 20.0  # % of sentences, at least
    transitions_good: float = 30.0
    passive_good: float = 10.0  # passiveVoice: % of sentences, at most
    passive_ok: float = 15.0
    repeated_openers_max: int = 2  # sentenceBeginnings: consecutive sentences with the same opener
    text_presence_chars: int = 50  # textPresence
    flesch_good: float = 60.0  # fleschReadingEase (Kandel–Moles)
    flesch_ok: float = 50.0
    # --- redac's own ------------------------------------------------------------------------------
    typography_ok: int = 3  # French typography issues still rated "ok"
    # --- fact and claim checks (issue 14; tuned on tests/checks/data, measured by bench/faithfulness.py) --
    fact_aligned_share: float = 0.6  # a sentence is built on a source sentence holding this share of its content words...
    fact_aligned_min_words: int = 5  # ...from this many content words: its names, numbers, dates must come from that passage
    claim_aligned_share: float = 0.5  # polarity, roles and reporters are compared from this share of shared content words...
    claim_aligned_min_words: int = 3  # ...and this many content words
    claim_frame_share: float = 0.3  # ...but who does what to whom is compared from this share (« l'emporte » / « s'incline face à »)
    claim_neighbours: int = 1  # source sentences on each side that belong to the passage a sentence is built on
    claim_speaker_context: int = 2  # source sentences before a quotation searched for its speaker when its own names none
    claim_pronoun_context: int = 3  # source sentences before a pronoun searched for the person a rewrite names instead
    claim_review_share: float = 0.4  # a sentence with less of its content words in any source sentence is shown for review
    claim_shown_share: float = 0.3  # a source sentence is shown as "what the source says" from this share
    quote_guard_min_words: int = 6  # a source quotation this long, written whole outside guillemets, is caught...
    quote_guard_run_words: int = 8  # ...as are this many of its words in a row (reported speech borrows fewer)
    quote_guard_altered_share: float = 0.5  # an article quotation sharing this share of a source quotation's words was made from it

    def replace(self, **changes: object) -> Limits:
        return replace(self, **changes)  # type: ignore[arg-type]

    def subheadings_keyphrase_range(self, subheadings: int) -> tuple[int, int]:
        """How many of `subheadings` should hold the keyphrase: Yoast's 30-75 %, in whole headings.
        The planner aims inside it, the repair moves back into it, the audit judges by it."""
        return math.ceil(subheadings * self.subheadings_min_share), math.floor(subheadings * self.subheadings_max_share)

    def to_dict(self) -> dict[str, int | float]:
        return asdict(self)


DEFAULT_LIMITS = Limits()


def limits_from(values: dict, origin: str = "") -> Limits:
    """`Limits` with `values` applied; an unknown name or a value of the wrong type is a usage error."""
    known = {f.name: f.type for f in fields(Limits)}
    checked: dict[str, int | float] = {}
    for name, value in values.items():
        if name not in known:
            raise InputError(origin, f"[limits]: unknown limit {name!r} (see `redac doctor`)")
        wanted = int if known[name] in ("int", int) else float
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (wanted is int and not isinstance(value, int)):
            raise InputError(origin, f"[limits]: {name} must be {'an integer' if wanted is int else 'a number'}, not {value!r}")
        if value < 0:
            raise InputError(origin, f"[limits]: {name} must not be negative, not {value!r}")
        checked[name] = wanted(value)
    return replace(DEFAULT_LIMITS, **checked)  # type: ignore[arg-type]  # each value was checked against its field above


def load_limits(*, cwd: Path | None = None, environ: Mapping[str, str] | None = None) -> tuple[Limits, list[str]]:
    """The limits in force: defaults, then each `redac.toml`'s [limits] (the user's, then the working
    directory's). Returns them with the files that changed something, for `redac doctor`."""
    values: dict = {}
    origins = []
    for path in config_files(cwd, environ):
        table = read_table(path, "limits")
        if table:
            limits_from(table, str(path))  # one error naming the file at fault
            values.update(table)
            origins.append(str(path))
    return limits_from(values), origins
