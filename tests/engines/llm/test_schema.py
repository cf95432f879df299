"""Reading what models really answer: fenced, chatty, trailing commas, truncated, invalid."""

from redac.engines.llm.schema import ArticleReply, SectionReply, parse_reply

GOOD = '{"chapo": "Le conseil a voté.", "sections": [{"titre": "Le vote", "paragraphes": ["Il a dit \\"oui\\" {vite}."]}]}'


def test_plain_fenced_and_chatty_replies():
    assert parse_reply(GOOD, ArticleReply).sections[0].paragraphes[0] == 'Il a dit "oui" {vite}.'
    assert parse_reply(f"Voici l’article :\n```json\n{GOOD}\n```\nBonne lecture !", ArticleReply) is not None


def test_trailing_commas_are_forgiven():
    assert parse_reply('{"titre": "A", "paragraphes": ["x", "y",],}', SectionReply).paragraphes == ["x", "y"]


def test_truncated_invalid_or_empty_give_none():
    assert parse_reply(GOOD[:-20], ArticleReply) is None
    assert parse_reply('{"chapo": "", "sections": []}', ArticleReply) is None
    assert parse_reply("Je ne peux pas répondre.", ArticleReply) is None
    assert parse_reply("", ArticleReply) is None
