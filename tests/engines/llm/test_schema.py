"""Reading what models really answer: fenced, chatty, trailing commas, broken quoting, truncated, invalid."""

from redac.engines.llm.schema import ArticleReply, SectionReply, parse_reply

GOOD = '{"chapo": "Le conseil a voté.", "sections": [{"titre": "Le vote", "paragraphes": ["Il a dit \\"oui\\" {vite}."]}]}'


def test_plain_fenced_and_chatty_replies():
    assert parse_reply(GOOD, ArticleReply).sections[0].paragraphes[0] == 'Il a dit "oui" {vite}.'
    assert parse_reply(f"Voici l’article :\n```json\n{GOOD}\n```\nBonne lecture !", ArticleReply) is not None


def test_invalid_json_is_a_bad_reply_not_mended():
    assert parse_reply('{"titre": "A", "paragraphes": ["Un.", "Deux.",],}', SectionReply) is None


def test_a_quotation_that_broke_the_json_string_is_a_bad_reply():
    # Straight quotes ended the string early; under a grammar the model went on in new strings:
    # the pieces are not paragraphs the model meant, and no reader may take them as such.
    pieces = '{"titre": "Kiev", "paragraphes": ["Le président a salué ce qu’il a qualifiant de ", "premier étape concrète", " vers la paix."]}'
    assert parse_reply(pieces, SectionReply) is None
    lost = '{"titre": "Kiev", "paragraphes": ["Il a parlé de « la première étape concrète."]}'
    assert parse_reply(lost, SectionReply) is None


def test_truncated_invalid_or_empty_give_none():
    assert parse_reply(GOOD[:-20], ArticleReply) is None
    assert parse_reply('{"chapo": "", "sections": []}', ArticleReply) is None
    assert parse_reply("Je ne peux pas répondre.", ArticleReply) is None
    assert parse_reply("", ArticleReply) is None
