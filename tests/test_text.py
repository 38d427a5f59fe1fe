"""Turkish-aware slugs and folding."""
from macros.data.text import fold, slugify, tr_lower, tr_sort_key


def test_slug_maps_every_turkish_letter_explicitly():
    assert slugify("Kadıköy") == "kadikoy"          # NFKD alone would give "kadkoy"
    assert slugify("Sarıyer") == "sariyer"
    assert slugify("Çekmeköy") == "cekmekoy"
    assert slugify("Eyüpsultan") == "eyupsultan"
    assert slugify("Şişli") == "sisli"
    assert slugify("Ümraniye") == "umraniye"
    assert slugify("Bağcılar") == "bagcilar"
    assert slugify("İstanbul Ağ Grubu") == "istanbul-ag-grubu"


def test_fold_is_what_people_type_without_turkish_letters():
    assert fold("İSTANBUL") == "istanbul"
    assert fold("ISTANBUL") == "istanbul"
    assert fold("Vogoşça") == "vogosca"
    assert fold("Józsefváros") == "jozsefvaros"
    assert fold("kardeş şehir") == "kardes sehir"


def test_fold_treats_decomposed_and_composed_text_alike():
    composed = "Kadıköy"
    decomposed = "Kadıko\u0308y"
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "kadikoy"


def test_turkish_lower_case_and_alphabetical_order():
    assert tr_lower("ISPARTA") == "ısparta"
    assert tr_lower("İZMİR") == "izmir"
    names = ["Zeytinburnu", "Çatalca", "Üsküdar", "Şile", "Sarıyer", "Adalar", "Ümraniye", "Şişli"]
    assert sorted(names, key=tr_sort_key) == ["Adalar", "Çatalca", "Sarıyer", "Şile", "Şişli", "Ümraniye",
                                              "Üsküdar", "Zeytinburnu"]
