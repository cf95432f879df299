"""Markdown replies: taken as the model wrote them, a cut end dropped, broken quoting refused."""

from redac.engines.llm.markdown import parse_markdown

REPLY = """# Kiev : les Européens promettent des garanties
# Garanties de sécurité : ce que prévoit l'accord

## Les Européens s'engagent

Les dirigeants européens ont promis leur soutien. Ils parlent d'« une étape concrète ».

**Emmanuel Macron** a reçu Donald Trump.
Il a insisté sur la sécurité."""


def test_titles_heading_and_paragraphs_as_written():
    reply = parse_markdown(REPLY)
    assert reply.titles == ["Kiev : les Européens promettent des garanties", "Garanties de sécurité : ce que prévoit l'accord"]
    assert reply.heading == "Les Européens s'engagent"
    assert reply.paragraphs == ["Les dirigeants européens ont promis leur soutien. Ils parlent d'« une étape concrète ».",
                                "Emmanuel Macron a reçu Donald Trump. Il a insisté sur la sécurité."]
    assert not reply.cut


def test_a_cut_end_is_dropped_never_kept():
    cut = parse_markdown("## Titre\n\nPremière phrase entière. Les pays baltes ne sont pas d'a", truncated=True)
    assert cut.paragraphs == ["Première phrase entière."] and cut.cut
    # the same end without the limit reached: a reply that stopped mid-word is cut the same way
    assert parse_markdown("## Titre\n\nUne phrase. Puis une autre.\n\nMais ne sont pas d'a").paragraphs == ["Une phrase. Puis une autre."]
    assert parse_markdown("## Titre\n\nRien d'entier ici", truncated=True) is None


def test_broken_quoting_is_a_bad_reply():
    assert parse_markdown("## Titre\n\nIl a parlé de « la première étape concrète.") is None
    assert parse_markdown('## Titre\n\nIl a parlé de "la première étape concrète.') is None
    assert parse_markdown("") is None and parse_markdown("## Seulement un titre") is None


def test_a_label_line_alone_is_not_a_paragraph():
    # seen on a held-out article: the 1.5B model wrote "**Chapô**" and "**Titres**" on lines of their own
    reply = parse_markdown("**Chapô**\n\nAlain Souchon repart en tournée.\n\n**Titres**\n\n# Souchon en tournée")
    assert reply.paragraphs == ["Alain Souchon repart en tournée."]
    assert reply.titles == ["Souchon en tournée"]


def test_the_prompts_fence_and_sentence_numbers_echoed_are_taken_off():
    """Held-out a09, real model: « \\<source\\> Le but marqué… », « [4] Selon un communiqué… »."""
    reply = parse_markdown("## Une victoire à l'extérieur\n\n\\<source\\> Le but a offert une victoire.\n\n[4] Selon le club, il a tenu.")
    assert reply.paragraphs == ["Le but a offert une victoire.", "Selon le club, il a tenu."]
