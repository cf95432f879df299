"""Source quotations put back verbatim in what a model wrote."""

from redac.engines.llm.quotes import restore_quotations, source_quotations

SOURCE = ["Le président a salué « la première étape concrète vers une paix durable », selon l'Élysée.",
          "« Nous répondrons aux perspectives sur le champ de bataille », a-t-il ajouté."]
QUOTES = source_quotations(SOURCE)


def test_source_quotations_are_found_once_each():
    assert QUOTES == ["la première étape concrète vers une paix durable", "Nous répondrons aux perspectives sur le champ de bataille"]


def test_an_altered_quotation_is_put_back_as_the_source_says_it():
    written = "Il a évoqué « le premier étape concrète vers une paix durable » devant la presse."
    restored, changes = restore_quotations(written, QUOTES)
    assert restored == "Il a évoqué « la première étape concrète vers une paix durable » devant la presse."
    assert changes == ["citation rétablie mot pour mot : « le premier étape concrète vers une paix durable » → "
                       "« la première étape concrète vers une paix durable »"]  # never silent: the report shows it
    straight = 'Il a ajouté : "Nous répondrons aux perspectives sur le champ de bataille".'
    assert "« Nous répondrons aux perspectives sur le champ de bataille »" in restore_quotations(straight, QUOTES)[0]


def test_a_quotation_without_its_guillemets_gets_them_back():
    written = "Selon lui, Kiev répondront aux perspectives sur le champ de bataille dans les prochains jours."
    restored, changes = restore_quotations(written, QUOTES)
    assert "« Nous répondrons aux perspectives sur le champ de bataille »" in restored
    assert changes and changes[0].startswith("citation sans guillemets rétablie : « Kiev répondront aux perspectives")


def test_unrelated_text_and_unknown_quotations_are_left_alone():
    written = "Les négociations reprendront mardi. Il a parlé d'« un moment historique »."
    assert restore_quotations(written, QUOTES) == (written, [])


def test_a_quotation_retold_word_for_word_without_guillemets_gets_them_back():
    """Sample 002 (idle run): the exact words, unquoted, passed as the model's own narration."""
    quotes = source_quotations(["Zelenskyy a suggéré que plus d’armes « répondront aux perspectives sur le champ de bataille » et la paix."])
    written = "Zelenskyy a suggéré que plus d’armes répondront aux perspectives sur le champ de bataille et assureront la paix."
    restored, changes = restore_quotations(written, quotes)
    assert restored == "Zelenskyy a suggéré que plus d’armes « répondront aux perspectives sur le champ de bataille » et assureront la paix."
    assert len(changes) == 1
    assert restore_quotations(restored, quotes) == (restored, [])  # already quoted: left alone


def test_one_sentence_of_a_longer_quotation_retold_unquoted_gets_guillemets():
    quotes = source_quotations(["« Aujourd’hui, nous avons parlé de quatre questions principales. La première est Rammstein. "
                                "Tout d’abord, cela concerne le soutien armé de nos actions actives », a-t-il dit."])
    written = "Le président a détaillé. Tout d’abord, cela concerne le soutien armé de nos actions actives."
    restored, _ = restore_quotations(written, quotes)
    assert "« Tout d’abord, cela concerne le soutien armé de nos actions actives »" in restored


def test_a_quotation_put_back_keeps_the_space_before_it():
    """The alignment started on the space before « Les »: « sécurité.« Les » glued two sentences (sample 001, real model)."""
    quote = ("Les résultats de cet appel sont simples : dans les jours à venir, nous finaliserons le soutien américain, ainsi "
             "que ces garanties de sécurité. Les États-Unis, comme je l'ai dit, ont participé à chaque étape du processus")
    written = ("Le président français a annoncé que les jours à venir verraient la fin du soutien américain, ainsi que ces "
               "garanties de sécurité. Les États-Unis, comme il l'a dit, ont participé à chaque étape du processus.")
    restored, _ = restore_quotations(written, [quote])
    assert "garanties de sécurité. « Les États-Unis, comme je l'ai dit, ont participé à chaque étape du processus »" in restored
