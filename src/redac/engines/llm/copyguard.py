"""A sampling rule that keeps a local model from copying its source word for word.

A 1.5B model asked to "reformulate" restates the source nearly verbatim (86-97 % of its 8-word runs
copied on the samples, whatever the prompt said). The system prompt's own rule, "never more than N
consecutive words of the source outside quotations", is therefore enforced while the reply is
sampled: after N words that continue a run of the source, the tokens that would start the source's
next word are forbidden, and the model writes another word of its own choosing. Inside an open
quotation (« … or "…) nothing is forbidden: quotations stay verbatim. A name or a number is never
forbidden, nor what a number counts (facts must stay exact: forbidding « Rutte » after « Mark » made
the model glue « Markrutte »), nor is the rest of an unfinished word; tokens in another script are always forbidden
(forbidding « et » made it write the Cyrillic « и »). Words are compared as the
originality check compares them (`french.tokens`, folded), so the rule and the check agree.

The same processor ends a reply that starts repeating the article: once the reply's last
`repeat_run` words were already written (earlier in the article, or earlier in the reply), only the
end-of-reply token is left to sample. A 1.5B model asked for more of a section echoed the section
whole (187-273 repeated words an article on the samples, none counted by the length check); stopped
at once, the echo costs a few tokens instead of a full reply, and its unfinished sentence is dropped.
Nothing is forbidden for the repeat: forbidding made the model evade (other scripts, English words).

Only an in-process model can apply it (llama.cpp calls `CopyGuard` on the logits of every token);
a server gets the rule in its prompt only.
"""

from __future__ import annotations

from collections import defaultdict

from redac.french.demonyms import demonyms
from redac.french.facts import QUOTE_RES, outside_quotations
from redac.french.negation import PARTICLES
from redac.french.text import fold
from redac.french.tokens import tokens

FORBIDDEN = -1e30  # a logit no token is sampled with
NEGATION_WORDS = PARTICLES | {"ne", "n", "ni", "sans"}  # forbidding « ne » gave « ces déclarations marquaient pas »


class Vocabulary:
    """Each token's text, folded, indexed by the words it can start: built once per model."""

    def __init__(self, pieces: list[bytes]):
        self.pieces = pieces
        self.by_start: dict[str, list[int]] = defaultdict(list)  # folded word start -> ids (led by a space)
        self.by_start_bare: dict[str, list[int]] = defaultdict(list)  # the same, tokens with no leading space
        self.foreign: list[int] = []  # tokens holding letters of another script than Latin
        for token_id, piece in enumerate(pieces):
            text = piece.decode("utf-8", errors="ignore")
            if any(ch.isalpha() and not _latin(ch) for ch in text):
                self.foreign.append(token_id)
            word = fold(text.strip())
            if not word or not word.replace("'", "").replace("-", "").isalnum():
                continue
            (self.by_start if text[:1].isspace() else self.by_start_bare)[word].append(token_id)

    def starting(self, word: str, *, after_space: bool) -> list[int]:
        """Tokens whose text is a beginning of `word` (a space before them, unless one is already written)."""
        index = self.by_start_bare if after_space else self.by_start
        found = [token_id for end in range(1, len(word) + 1) for token_id in index.get(word[:end], ())]
        if not after_space:  # a token glued to the last word that spells the forbidden one ("Mark" + "rutte")
            found += [token_id for end in range(min(3, len(word)), len(word) + 1) for token_id in self.by_start_bare.get(word[:end], ())]
        else:  # after a space or punctuation, a space-led token starts the word too
            found += [token_id for end in range(1, len(word) + 1) for token_id in self.by_start.get(word[:end], ())]
        return found


class CopyGuard:
    """Logits processor (llama-cpp-python's `logits_processor`) for one reply: at most `run` source words in a row."""

    def __init__(self, source_text: str, vocabulary: Vocabulary, run: int, *, written: str = "", repeat_run: int = 0,
                 end_token: int | None = None):
        self.vocabulary, self.run = vocabulary, run
        self.repeat_run, self.end_token = repeat_run, end_token
        self.written_runs = _runs([fold(word) for word in tokens(written)], repeat_run) if repeat_run else set()
        self.repeated = False  # the reply was ended because it repeated the article
        self.next_words: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for stretch in outside_quotations(source_text):
            said = tokens(stretch)
            words = [fold(word) for word in said]
            for start in range(len(words) - run):
                if not _fact_word(said[start + run]) and not _number(said[start + run - 1]):
                    self.next_words[tuple(words[start : start + run])].add(words[start + run])
        self.prompt_length: int | None = None
        self.forbidden_words = 0  # how many times a copied run was cut (for the report)

    def __call__(self, input_ids, scores):
        if self.prompt_length is None:  # first token: everything so far is the prompt
            self.prompt_length = len(input_ids)
        written = b"".join(self.vocabulary.pieces[token_id] for token_id in input_ids[self.prompt_length :]).decode("utf-8", errors="ignore")
        if self.end_token is not None and self.repeats(written):
            self.repeated = True
            end = scores[self.end_token]
            scores[:] = FORBIDDEN
            scores[self.end_token] = max(end, 0.0)
            return scores
        scores[self.vocabulary.foreign] = FORBIDDEN
        for word in self.forbidden_next(written):
            ids = self.vocabulary.starting(word, after_space=not written[-1:].isalnum())
            if ids:
                scores[ids] = FORBIDDEN
                self.forbidden_words += 1
        return scores

    def repeats(self, written: str) -> bool:
        """Whether the reply now ends on `repeat_run` words the article or the reply already holds."""
        if not self.repeat_run:
            return False
        words = [fold(word) for word in tokens(written)]
        if written[-1:].isalnum():  # the last word may be unfinished: judge whole words only
            words = words[:-1]
        if len(words) < self.repeat_run:
            return False
        last = tuple(words[-self.repeat_run :])
        return last in self.written_runs or last in _runs(words[:-1], self.repeat_run)

    def forbidden_next(self, written: str) -> set[str]:
        """The source words that would make `written` end on `run + 1` copied words."""
        if not written or inside_quotation(written):
            return set()
        words = [fold(word) for word in tokens(after_last_quotation(written))]
        if len(words) < self.run:
            return set()
        return self.next_words.get(tuple(words[-self.run :]), set())


def _runs(words: list[str], length: int) -> set[tuple[str, ...]]:
    return {tuple(words[start : start + length]) for start in range(len(words) - length + 1)}


def _fact_word(word: str) -> bool:
    """A word the article must be free to copy: part of a name (a capital) or a number (the word after
    a number is free too, `_number`); so are a negation's words and nationality adjectives (forbidden,
    they came out as « marquaient pas », « président American », « Union European »)."""
    folded = fold(word)
    return (word[:1].isupper() or _number(word) or folded in NEGATION_WORDS or folded.split("'")[0] in NEGATION_WORDS
            or folded in demonyms())


def _number(word: str) -> bool:
    """A number: the word after it is free (« 539 drones »: forbidding « drones » made the model write « 539 missiles »)."""
    return any(ch.isdigit() for ch in word)


def _latin(char: str) -> bool:
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff"


def after_last_quotation(text: str) -> str:
    ends = [m.end() for pattern in QUOTE_RES for m in pattern.finditer(text)]
    return text[max(ends, default=0) :]


def inside_quotation(text: str) -> bool:
    """An opened « or " not closed yet: the words being written are a quotation's."""
    return text.count("«") > text.count("»") or text.count('"') % 2 == 1
