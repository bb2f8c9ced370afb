"""One report cut into sentences with everything the learned classifiers look at.

The same code serves training (sentences of gold reports, labelled with the gold claims whose evidence
lies in them) and inference (sentences of any report, with the rule claims already extracted), so the
two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from frontwatch.claims.context import NOT_A_PLACE_ID_PREFIXES
from frontwatch.claims.learned.features import RuleClaimSummary, feature_names, find_cues
from frontwatch.claims.lexicon import Lexicon, Token, load_lexicon
from frontwatch.claims.sentences import split_sentences
from frontwatch.model import Claim, PlaceMention, Report


@dataclass
class SentenceView:
    """A sentence of a report: its span, words, resolved places and the rule claims made in it."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    mentions: list[PlaceMention]  # resolved places (not rivers) starting in the sentence, in text order
    cue_names: list[str]
    rule_claims: list[Claim]
    text: str = ""  # the sentence itself (clean_text[start:end]), for a sentence encoder

    @property
    def rule_summary(self) -> RuleClaimSummary:
        return RuleClaimSummary(tuple((c.event_type, c.actor_side, c.modality) for c in self.rule_claims))

    def feature_names(self, lang: str) -> list[str]:
        return feature_names(lang, self.tokens, self.cue_names, self.rule_summary, len(self.place_ids()))

    def place_ids(self) -> list[str]:
        """Distinct place ids named in the sentence, first occurrence first."""
        seen: list[str] = []
        for mention in self.mentions:
            if mention.place_id is not None and mention.place_id not in seen:
                seen.append(mention.place_id)
        return seen


def _usable_place(mention: PlaceMention) -> bool:
    return mention.place_id is not None and not mention.place_id.startswith(NOT_A_PLACE_ID_PREFIXES)


def sentence_views(
    report: Report, mentions: Sequence[PlaceMention], rule_claims: Sequence[Claim]
) -> tuple[Lexicon | None, list[SentenceView]]:
    """The report's sentences (empty when its language has no lexicon), rule claims placed by evidence."""
    lexicon = load_lexicon(report.lang) if report.lang else None
    text = report.clean_text
    if lexicon is None or not text.strip():
        return lexicon, []
    tokens = lexicon.tokenize(text)
    cues = find_cues(lexicon, text, tokens)
    ordered_mentions = sorted((m for m in mentions if _usable_place(m)), key=lambda m: m.start)
    views: list[SentenceView] = []
    token_index = 0
    mention_index = 0
    for index, sentence in enumerate(split_sentences(text, lexicon)):
        while token_index < len(tokens) and tokens[token_index].start < sentence.start:
            token_index += 1
        first_token = token_index
        while token_index < len(tokens) and tokens[token_index].start < sentence.end:
            token_index += 1
        while (
            mention_index < len(ordered_mentions) and ordered_mentions[mention_index].start < sentence.start
        ):
            mention_index += 1
        sentence_mentions = []
        scan = mention_index
        while scan < len(ordered_mentions) and ordered_mentions[scan].start < sentence.end:
            sentence_mentions.append(ordered_mentions[scan])
            scan += 1
        views.append(
            SentenceView(
                index=index,
                start=sentence.start,
                end=sentence.end,
                tokens=list(tokens[first_token:token_index]),
                mentions=sentence_mentions,
                cue_names=cues.names_in(sentence.start, sentence.end),
                rule_claims=[],
                text=text[sentence.start : sentence.end],
            )
        )
    for claim in rule_claims:
        view = sentence_at(views, claim.evidence_start)
        if view is not None:
            view.rule_claims.append(claim)
    return lexicon, views


def sentence_at(views: Sequence[SentenceView], offset: int) -> SentenceView | None:
    """The sentence containing ``offset`` (the last one starting at or before it)."""
    found = None
    for view in views:
        if view.start <= offset:
            found = view
        else:
            break
    return found
