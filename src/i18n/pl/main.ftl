# Tierwise: teksty polskie, tłumaczenie pliku en.ftl (wzorca dla wszystkich języków).
#
# Każdy komunikat to `id = tekst`. `{ $name }` to wartość wstawiana przez program (liczba,
# nazwa konta, nazwa kolumny): zostaw ją, przesuń tam, gdzie wymaga tego zdanie, i nigdy
# jej nie tłumacz.
# Komunikat może dobierać słowa według liczby:
#   count-creators = { $n ->
#       [one] { $n } twórca
#       [few] { $n } twórcy
#       [many] { $n } twórców
#      *[other] { $n } twórcy
#   }
# Każda wartość, która pokazuje liczbę (`{ $count }`, `{ $creators }`, `{ $rows }`…), może
# w ten sposób dobierać słowa, niezależnie od nazwy.
# Kategorie to reguły liczby mnogiej CLDR dla danego języka (zero, one, two, few, many,
# other); po polsku: one (1), few (2–4, 22–24…), many (0, 5–21, 25–31…), other (ułamki).
# Wariant oznaczony `*` obowiązuje dla każdej innej wartości. Wiersze poniżej pierwszego
# mają wcięcie; `{"  "}` zachowuje spacje na początku wiersza.


## app

app-title = Tierwise
app-tagline = Poziomy, zaangażowanie i koszty dla całej listy twórców. Dane nie opuszczają Twojej przeglądarki.
# Tytuł karty przeglądarki i opis strony dla wyszukiwarek oraz udostępnianych linków.
app-page_title = Tierwise: kalkulator listy influencerów
app-description = Tierwise: poziomy według liczby obserwujących, współczynniki zaangażowania i koszty dla całej listy twórców, liczone w Twojej przeglądarce. Nic nie jest wysyłane.
# Opis zainstalowanej aplikacji (w jej manifeście).
app-manifest_description = Poziomy według liczby obserwujących, współczynniki zaangażowania, koszty i plany budżetu dla całej listy twórców, liczone w Twojej przeglądarce. Nic nie jest wysyłane.
# Krótka nazwa zainstalowanej aplikacji, pod jej ikoną.
app-short_name = Tierwise
# Etykieta menu języka w nagłówku strony.
app-language = Język

## list

# Tekst z pliku użytkownika (nagłówek kolumny, komórka) cytowany w zdaniu.
list-quoted = „{ $text }”
# Między elementami listy: „a”, „b”.
list-separator = {", "}
# Między grupami listy: YouTube: „Youtuber”; TikTok: „Tiktoker”.
list-separator_strong = {"; "}
# Platforma wraz z nagłówkami kolumn, które ją wskazują.
list-platform_headers = { $platform }: { $headers }

## input

input-heading = Twoja lista twórców
input-paste = Wklej listę
input-paste_hint = Wklej wiersze z arkusza kalkulacyjnego albo dane CSV, TSV lub JSON. Pierwszy wiersz zawiera nazwy kolumn.
input-analyse = Analizuj
input-sample = Wypróbuj przykładową listę
input-upload = Wczytaj plik z listą
input-drop = …albo upuść tu plik: .csv, .tsv, .txt, .json lub arkusz kalkulacyjny (.xlsx, .xls, .ods)
input-clear = Wyczyść
input-reading = Wczytywanie pliku { $name }…
reading-label = Wczytywanie listy twórców
reading-progress = Wczytano { $done } z { $of } MB · { $rows }
reading-stop = Przerwij wczytywanie
reading-stopped = Wczytywanie przerwane: z tej listy nic nie zostało zachowane.
reading-engine_failed = Ta przeglądarka nie uruchomiła części strony, która wczytuje listy twórców (Web Worker), więc nic tu nie wczytamy. Odśwież stronę albo otwórz ją w aktualnym Chrome, Edge, Firefoksie lub Safari.
input-read_error = Nie udało się odczytać pliku { $name }: { $error }

## status

# { $creators }, { $rows } i { $problems } to gotowe teksty z count-creators, count-rows i count-problems.
status-summary = Odczytano { $rows }: { $creators }, { $problems }

## count

count-creators = { $n ->
        [one] { $n } twórca
        [few] { $n } twórcy
        [many] { $n } twórców
       *[other] { $n } twórcy
    }
count-rows = { $n ->
        [one] { $n } wiersz
        [few] { $n } wiersze
        [many] { $n } wierszy
       *[other] { $n } wiersza
    }
count-problems = { $n ->
        [one] { $n } problem
        [few] { $n } problemy
        [many] { $n } problemów
       *[other] { $n } problemu
    }

## status

status-scheme = schemat poziomów: { $scheme }
status-sorted = sortowanie: { $column }, { $direction }
status-ascending = rosnąco
status-descending = malejąco

## app

app-skip = Przejdź do wyników

## results

results-heading = Wyniki

## cell

cell-none = brak danych

## status

status-empty = Wklej listę twórców albo wypróbuj przykładową, aby zacząć.
status-stale = Zmiany zostaną wczytane, gdy przerwiesz pisanie (lub klikniesz „Analizuj”)…
# { $delimiter } to narzędnik z grupy delimiter (np. „przecinkami”).
status-format-delimited = Odczytano jako tekst rozdzielany { $delimiter }
status-format-json = Odczytano jako JSON
status-format-json_lines = Odczytano jako JSON Lines

## delimiter

delimiter-tab = tabulatorami
delimiter-comma = przecinkami
delimiter-semicolon = średnikami
delimiter-pipe = pionowymi kreskami

## settings

settings-choices = { $scheme } · { $basis }
settings-heading = Ustawienia
settings-scheme = Schemat poziomów
settings-compare = Porównaj ze schematem
settings-compare_none = Bez porównania
settings-interactions = Liczone interakcje
settings-basis = Podstawa współczynnika zaangażowania
settings-platform = Platforma, gdy lista jej nie podaje
settings-platform_auto = Z pliku (nazwy kolumn i linki), a jeśli nie, Instagram
settings-platform_hint = Kolumna z platformą lub link do profilu zawsze mają pierwszeństwo; to ustawienie dotyczy wierszy, które nie mają żadnego z nich.
settings-cutoffs = Progi (własny schemat)
settings-cutoffs_hint = Zmiana progu przełącza na Twój własny schemat. Zostaw pole puste, aby usunąć dany poziom.
settings-cutoff_label = { $tier } od (liczba obserwujących)
settings-source = Źródło: { $source }

## scheme

scheme-seeds = Shopify ({ $cuts })
scheme-broad-micro = Szerokie mikro ({ $cuts })
scheme-hypeauditor = HypeAuditor ({ $cuts })
scheme-later-fohr = Later × Fohr ({ $cuts })
scheme-hootsuite = Hootsuite ({ $cuts })
scheme-custom = Własne progi

## scheme_short

scheme_short-seeds = Shopify
scheme_short-broad-micro = Szerokie mikro
scheme_short-hypeauditor = HypeAuditor
scheme_short-later-fohr = Later × Fohr
scheme_short-hootsuite = Hootsuite
scheme_short-custom = Własny

## scheme_error

scheme_error-no_tiers = Włącz co najmniej jeden poziom.
scheme_error-negative = Próg to liczba obserwujących: { $zero } lub więcej.
scheme_error-start = Najniższy poziom ({ $tier }) musi zaczynać się od { $zero } obserwujących.
scheme_error-rising = Poziom { $tier } musi zaczynać się wyżej niż poziom { $previous }.

## interactions

interactions-likes_comments = Polubienia + komentarze (HypeAuditor, Upfluence)
interactions-likes_comments_shares = Polubienia + komentarze + udostępnienia (jak na TikToku)
interactions-all = Polubienia + komentarze + udostępnienia + zapisania (SocialBee)

## basis

basis-followers = Względem obserwujących
basis-reach = Względem zasięgu
basis-views = Względem wyświetleń

## platform

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Inna

## formula

formula-split_reach = Plan budżetu, oczekiwany zasięg posta: zasięg z listy, a gdy go brak – odsłony, a gdy ich brak – wyświetlenia; bez żadnego z nich: liczba obserwujących × udział zasięgu dla danego poziomu ({ $source }), z oznaczeniem „szac.”.
formula-split_engagements = Plan budżetu, oczekiwane interakcje z posta: E twórcy (średnia z postów); bez polubień lub komentarzy: liczba obserwujących × środek przedziału benchmarku ER dla danego poziomu, z oznaczeniem „szac.”.
formula-split_conversions = Plan budżetu, oczekiwane konwersje z posta: kolumna konwersji lub kliknięć z listy; w przeciwnym razie interakcje × wpisany przez Ciebie współczynnik konwersji, z oznaczeniem „założenie”.
formula-split_band = Wariant pesymistyczny i optymistyczny: najsłabszy i najmocniejszy post każdego twórcy na liście; przy jednym wierszu – dolna i górna granica przedziału benchmarku ER względem jego środka.
formula-split_totals = Podsumowanie planu: wydatki = Σ posty × cena za post; CPE = wydatki ÷ oczekiwane interakcje; CPM = wydatki ÷ oczekiwany zasięg × { $thousand }; CPA = wydatki ÷ oczekiwane konwersje; pozostało = budżet − wydatki.
formula-split_hhi = Koncentracja: największy udział jednego twórcy w wydatkach oraz HHI = Σ (udział w wydatkach w %)², od { $max } (jeden twórca) w dół, w stronę { $zero } (mocne rozproszenie).
formula-split_bound = Plan optymalny: całkowita liczba postów na twórcę, maksymalizująca cel w ramach budżetu i wszystkich ograniczeń; górne oszacowanie pochodzi z relaksacji Lagrange’a (równej relaksacji liniowej), a luka to (oszacowanie − plan) ÷ oszacowanie.

## storage

storage-kept = Twoja lista, ustawienia i plan budżetu są przechowywane tylko w tej przeglądarce, więc odświeżenie strony czy zamknięcie karty niczego nie kasuje.
storage-clear = Usuń moje dane
storage-confirm_clear = Usunąć listę, ustawienia i plan budżetu zapisane w tej przeglądarce oraz wyczyścić stronę?
storage-unavailable = Autozapis jest wyłączony: ta przeglądarka nie pozwala na lokalne przechowywanie danych. Wszystko, co widzisz, zostanie na ekranie do zamknięcia strony.
storage-refused_roster = Autozapis: przeglądarka odmówiła zapisania tej listy ({ $chars ->
        [one] { $chars } znak
        [few] { $chars } znaki
        [many] { $chars } znaków
       *[other] { $chars } znaku
    }; jej pamięć dla tej witryny jest pełna lub wyłączona), więc lista nie jest przechowywana, ale ustawienia tak. Wszystko, co widzisz, zostaje na ekranie.
storage-restoring = Przywracanie zapisanej listy…

## rate

rate-bad_range = { $platform }, { $tier }: wartość „do” ({ $high }) musi być co najmniej równa wartości „od” ({ $low }); w cenniku zostaje { $kept }.

## storage

storage-restore_failed = Nie udało się odczytać zapisanej listy z pamięci przeglądarki; ustawienia zostały przywrócone. Wklej lub wczytaj listę ponownie.
storage-refused = Autozapis: przeglądarka odmówiła zapisania ustawień (jej pamięć jest pełna). Wszystko, co widzisz, zostaje na ekranie.

## update

update-ready = Dostępna jest nowa wersja Tierwise.
update-reload = Odśwież

## budget

budget-heading = Plan budżetu
budget-intro = Podziel budżet kampanii między twórców z tej listy, w całych postach. Wszystkie strategie są planowane obok siebie; optymalna maksymalizuje Twój cel przy wszystkich ograniczeniach i dowodzi, jak blisko jej do najlepszego możliwego planu. Dane nie opuszczają Twojej przeglądarki.
budget-goal = Budżet i cel
budget-amount = Budżet całkowity
budget-currency = Symbol waluty
budget-objective = Cel
budget-objective-reach = Świadomość: oczekiwany zasięg
budget-objective-engagements = Rozważanie: oczekiwane interakcje
budget-objective-conversions = Działanie: oczekiwane kliknięcia lub konwersje
budget-conversion_rate = Zakładany współczynnik konwersji (% interakcji)
budget-limits = Posty i limity
budget-posts_min = Minimalna liczba postów na twórcę
budget-posts_max = Maksymalna liczba postów na twórcę
budget-cap = Limit na twórcę
budget-cap_unit = Jednostka limitu
budget-cap_unit-percent = % budżetu
budget-cap_unit-amount = kwota
budget-min_creators = Minimalna liczba twórców
budget-max_creators = Maksymalna liczba twórców
budget-tier_mix = Podział na poziomy
budget-mix_hint = Wydatki w % całego budżetu. Zostaw oba pola puste, jeśli nie chcesz ustalać celu.
budget-platform_mix = Podział na platformy
budget-band_min = Min. %
budget-band_max = Maks. %
budget-min_label = { $name }: minimalny % budżetu
budget-max_label = { $name }: maksymalny % budżetu
budget-creators = Twórcy
budget-include = Zawsze uwzględniaj (nazwy kont)
budget-exclude = Pomiń (nazwy kont)
budget-error = „{ $text }”: { $expected }
budget-expected-amount = oczekiwano kwoty większej od { $zero }
budget-expected-percent = oczekiwano wartości procentowej od { $zero } do { $hundred }
budget-expected-whole = oczekiwano liczby całkowitej od { $min } wzwyż
budget-expected-not_below_min = maksimum jest mniejsze niż minimum
budget-expected-handles = brak na liście: { $unknown }
budget-updating = Aktualizuję plan…
budget-planning = Układam plan…
budget-cancel = Anuluj
budget-make_plan = Utwórz plan
budget-big_roster = Ta lista jest duża, więc plany powstają na Twoje żądanie, a nie przy każdej zmianie.
budget-skipped = Poza wszystkimi planami: { $list }.
budget-strategies = Strategie obok siebie
budget-col-strategy = Strategia (pokaż jej plan)
budget-col-objective = Prognoza { $objective } (pesymistyczna–optymistyczna)
budget-col-reach = Zasięg
budget-col-engagements = Interakcje
budget-col-conversions = Konwersje
budget-col-creators = Twórcy
budget-col-left = Pozostało
budget-col-top_share = Największy udział twórcy
budget-col-constraints = Ograniczenia
budget-col-posts = Posty
budget-col-price = Cena za post
budget-col-spend = Wydatki
budget-col-expected = Prognoza { $objective }
budget-col-option = Wariant
budget-col-cpe = CPE
budget-col-cpm = CPM
budget-col-hhi = HHI
budget-cpe_title = Koszt oczekiwanej interakcji: wydatki ÷ interakcje
budget-cpm_title = Koszt dotarcia do tysiąca osób: wydatki ÷ zasięg × { $thousand }
budget-hhi_title = Indeks Herfindahla–Hirschmana: suma kwadratów udziałów w wydatkach (w %), od { $ten_thousand } (jeden twórca) w dół (rozproszenie)
budget-all_met = wszystkie spełnione
budget-needs_tier_mix = Ustaw podział na poziomy, aby planować według poziomów.
budget-no_plan = Żaden plan nie spełnia wszystkich ograniczeń (patrz wyżej).
budget-band_note = Przedziały to wariant pesymistyczny–optymistyczny: najsłabszy i najmocniejszy post każdego twórcy, jeśli lista ma ich kilka, a w przeciwnym razie przedział benchmarku ER dla danego poziomu wokół szacunku.
budget-conflicts = Żaden plan nie spełnia wszystkich ograniczeń
budget-mix_heading = Wydatki na poziomy w porównaniu z celami
budget-mix_line = { $tier }: { $share } budżetu
budget-mix_line_target = { $tier }: { $share } budżetu (cel { $min }–{ $max })
budget-proof_optimal = Optymalny: żaden plan w tych ograniczeniach nie daje prognozy { $objective } wyższej niż { $bound }, a ten ją osiąga.
budget-proof_gap = Najwyżej { $gap } od najlepszego możliwego planu: żaden plan w tych ograniczeniach nie daje prognozy { $objective } wyższej niż { $bound }.
budget-why = Dlaczego ten plan jest najlepszy
budget-why_text = Wybór całkowitej liczby postów na twórcę przy danym budżecie, przedziałach dla poziomów, limicie i liczbie twórców to problem plecakowy. Tierwise wycenia każde ograniczenie (relaksacja Lagrange’a), aby uzyskać górne oszacowanie, którego żaden plan nie przebije, buduje przy tych cenach plany metodą zachłanną, odrzuca każdą opcję, której koszt względem oszacowania już przekracza lukę, i przeszukuje nielicznych pozostałych twórców. Gdy wyszukiwanie kończy się przedwcześnie, dokładniejsze oszacowanie zachowuje całe posty (najlepsza wartość każdego poziomu dla każdej kwoty, wyznaczana programowaniem dynamicznym), a wskazany przez nie plan jest ulepszany przez wymianę postów między twórcami. Jeśli nadal nie ma dowodu albo nie znaleziono jeszcze żadnego planu (wąskie przedziały dla poziomów, które musi spełnić kilka drogich postów), metoda podziału i ograniczeń (branch and bound) rozstrzyga o pozostałych twórcach po kolei, a każdy krok ogranicza własny program liniowy (na dużej liście bez planu najpierw szuka wśród kilku twórców z każdego poziomu). Gdy oszacowanie i plan się spotykają, plan jest optymalny; w przeciwnym razie widać lukę między nimi.
budget-plan_heading = Plan: { $strategy }
budget-plan_caption = Plan ({ $strategy }): twórcy, posty i oczekiwany wynik
budget-plan_summary = { $creators ->
        [one] { $creators } twórca
        [few] { $creators } twórcy
        [many] { $creators } twórców
       *[other] { $creators } twórcy
    }, { $posts ->
        [one] { $posts } post
        [few] { $posts } posty
        [many] { $posts } postów
       *[other] { $posts } posta
    }, wydano { $spend }, pozostało { $left }.
budget-estimated_spend = W tym { $spend } według szacunków z cennika.
budget-estimated_outcome = Szacunek na podstawie liczby obserwujących i benchmarku ze źródłem (patrz „Wzory i źródła”)
budget-assumed_outcome = Na podstawie wpisanego przez Ciebie współczynnika konwersji
budget-assumed = założenie
budget-total = Razem
budget-export = Eksportuj plan (CSV)
budget-export_json = Eksportuj plan (JSON)
budget-copy = Kopiuj plan jako tabelę

## share

share-heading = Udostępnianie i osadzanie
share-hint = Link do udostępnienia zawiera Twoją listę i ustawienia, zapisane po znaku „#”: przeglądarki nigdy nie wysyłają tej części na serwer, ale każdy, komu przekażesz link, zobaczy listę.
share-link = Kopiuj link do udostępnienia
share-file = Zapisz jako plik
share-embed = Osadź na swojej stronie…
share-link_label = Link do udostępnienia
share-copied = Skopiowano link ({ $chars ->
        [one] { $chars } znak
        [few] { $chars } znaki
        [many] { $chars } znaków
       *[other] { $chars } znaku
    }). Po otwarciu pokazuje tę listę z tymi ustawieniami.
share-made = Link gotowy ({ $chars ->
        [one] { $chars } znak
        [few] { $chars } znaki
        [many] { $chars } znaków
       *[other] { $chars } znaku
    }): skopiuj go z pola.
share-too_long = Link do tej listy miałby { $chars ->
        [one] { $chars } znak
        [few] { $chars } znaki
        [many] { $chars } znaków
       *[other] { $chars } znaku
    }, a linki dłuższe niż { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    } nie działają w wielu przeglądarkach i programach pocztowych. Zapisz listę jako plik i wyślij ten plik: otwarcie go w Tierwise („Wczytaj plik z listą”) przywraca ten sam widok.
share-saved_file = Zapisano plik { $name }: otwórz go przyciskiem „Wczytaj plik z listą”, aby przywrócić tę listę i te ustawienia.
share-opened_link = Otwarto z udostępnionego linku: lista i jej ustawienia były zapisane w samym linku, bez udziału serwera.
share-opened_file = Otwarto plik { $name }: jego lista i ustawienia zostały przywrócone.
share-paused = Otwarto udostępnioną listę. Twoja własna lista i ustawienia są nadal zapisane w tej przeglądarce, nietknięte; zmiany wprowadzone tutaj nie są zapisywane, dopóki nie zdecydujesz.
share-keep_shared = Zachowaj udostępnioną listę (zastąpi moją)
share-back_to_mine = Wróć do mojej listy
share-bad_link = Nie udało się otworzyć tego linku: { $reason }. Nic nie zmieniono; Twoja lista i ustawienia pozostały bez zmian.
share-bad_file = { $name } wygląda na plik Tierwise, ale nie udało się go otworzyć: { $reason }. Nic nie zmieniono.
share-error-version = został utworzony w innej wersji Tierwise (format { $version })
share-error-damaged = jest uszkodzony lub ucięty (czy skopiowano go w całości?)
share-error-too_large = jest dłuższy (lub po rozpakowaniu większy) niż jakikolwiek link tworzony przez Tierwise
share-error-not_a_record = jego zawartość nie jest listą i ustawieniami Tierwise ({ $detail })

## embed

embed-heading = Osadź Tierwise na swojej stronie
embed-intro = Wklej ten fragment kodu na stronę swojego bloga lub serwisu. Wyświetla on Tierwise w ramce, która dopasowuje się do zawartości; listy Twoich czytelników zostają w ich własnych przeglądarkach.
embed-compact = Wersja kompaktowa (bez nagłówka strony)
embed-theme = Motyw
embed-theme-auto = Zgodny z systemem czytelnika
embed-theme-light = Jasny
embed-theme-dark = Ciemny
embed-lang = Język i format liczb
embed-lang-auto = Jak w przeglądarce czytelnika
embed-lang_hint = Strona wyświetla teksty i liczby w wybranym języku; jeśli Tierwise nie ma tłumaczenia na dany język, teksty pozostają po angielsku, a liczby są zapisywane w formacie tego języka.

## lang

lang-en-US = Angielski (Stany Zjednoczone)
lang-en-GB = Angielski (Wielka Brytania)
lang-de-DE = Niemiecki (Niemcy)
lang-fr-FR = Francuski (Francja)
lang-es-ES = Hiszpański (Hiszpania)
lang-pl-PL = Polski (Polska)
lang-vi-VN = Wietnamski (Wietnam)
lang-th-TH = Tajski (Tajlandia)
lang-ar-EG = Arabski (Egipt)

## embed

embed-scheme = Początkowy schemat poziomów
embed-scheme-none = Domyślny (wybór czytelnika zostaje zachowany)
embed-snippet = Kod do wklejenia
embed-copy = Kopiuj kod
embed-copied = Skopiowano kod.
embed-close = Zamknij
embed-iframe_title = Tierwise: kalkulator listy influencerów

## export

export-copied = Skopiowano { $rows ->
        [one] { $rows } wiersz
        [few] { $rows } wiersze
        [many] { $rows } wierszy
       *[other] { $rows } wiersza
    }: wklej je do arkusza kalkulacyjnego.
export-no_clipboard = Ta przeglądarka nie pozwala tu na kopiowanie; użyj eksportu.
export-results = Eksportuj wyniki
export-results_csv = Eksportuj wyniki (CSV)
export-results_json = Eksportuj wyniki (JSON)
export-results_copy = Kopiuj wyniki jako tabelę

## budget

budget-mega_caption = Ten sam budżet na jednego megainfluencera albo na { $low }–{ $high } mikroinfluencerów
budget-one_mega = Jeden megainfluencer
budget-one_mega_named = Jeden megainfluencer (@{ $handle })
budget-micro_team = { $low }–{ $high } mikroinfluencerów (tylu, ilu pokryje budżet; mieszczących się w nim z listy: { $available })
budget-no_mega = Żaden megainfluencer z listy nie mieści się w budżecie.
budget-no_micro = Żaden mikroinfluencer z listy nie mieści się w budżecie.

## col

col-creator = Twórca

## cell

cell-estimated_price = Cena oszacowana na podstawie cennika

## objective

# Dopełniacz: wstawiane po „Prognoza …”, „prognozy …”, „danych do prognozy …”.
objective-reach = zasięgu
objective-engagements = interakcji
objective-conversions = konwersji

## strategy

strategy-equal = Równy podział
strategy-proportional = Proporcjonalnie do celu
strategy-tier-mix = Podział wg poziomów
strategy-optimal = Optymalny podział

## split

split-disclosure = Posty sponsorowane wymagają wyraźnego i dobrze widocznego oznaczenia, np. #ad (FTC); to marka odpowiada za to, by każdy twórca je dodał.

## skip

skip-no_tier = { $n ->
        [one] { $n } twórca bez liczby obserwujących
        [few] { $n } twórcy bez liczby obserwujących
        [many] { $n } twórców bez liczby obserwujących
       *[other] { $n } twórcy bez liczby obserwujących
    }
skip-no_price = { $n ->
        [one] { $n } twórca bez ceny (i bez pozycji w cenniku)
        [few] { $n } twórcy bez ceny (i bez pozycji w cenniku)
        [many] { $n } twórców bez ceny (i bez pozycji w cenniku)
       *[other] { $n } twórcy bez ceny (i bez pozycji w cenniku)
    }
skip-no_engagements = { $n ->
        [one] { $n } twórca bez danych o zaangażowaniu i bez benchmarku
        [few] { $n } twórcy bez danych o zaangażowaniu i bez benchmarku
        [many] { $n } twórców bez danych o zaangażowaniu i bez benchmarku
       *[other] { $n } twórcy bez danych o zaangażowaniu i bez benchmarku
    }
skip-excluded = { $n ->
        [one] { $n } twórca wykluczony przez Ciebie
        [few] { $n } twórcy wykluczeni przez Ciebie
        [many] { $n } twórców wykluczonych przez Ciebie
       *[other] { $n } twórcy wykluczonego przez Ciebie
    }
skip-other_currency = { $n ->
        [one] { $n } twórca z ceną w innej walucie niż budżet (nic nie jest przeliczane)
        [few] { $n } twórcy z cenami w innej walucie niż budżet (nic nie jest przeliczane)
        [many] { $n } twórców z cenami w innej walucie niż budżet (nic nie jest przeliczane)
       *[other] { $n } twórcy z cenami w innej walucie niż budżet (nic nie jest przeliczane)
    }
skip-over_cap = { $n ->
        [one] { $n } twórca, którego minimalna liczba postów kosztuje więcej niż limit lub budżet
        [few] { $n } twórcy, których minimalna liczba postów kosztuje więcej niż limit lub budżet
        [many] { $n } twórców, których minimalna liczba postów kosztuje więcej niż limit lub budżet
       *[other] { $n } twórcy, których minimalna liczba postów kosztuje więcej niż limit lub budżet
    }

## conflict

conflict-band_nobody = Grupa „{ $what }” wymaga co najmniej { $need }, ale żadnego z jej twórców nie da się opłacić w ramach budżetu, limitu i przedziału.
conflict-no_figures = Żaden twórca nie ma danych do prognozy { $objective }: dodaj kolumnę z konwersjami (lub kliknięciami) albo wpisz zakładany współczynnik konwersji.
conflict-no_candidates = Nie da się zaplanować żadnego twórcy: każdy potrzebuje liczby obserwujących i ceny (podanej lub z cennika).
conflict-nothing_fits = Żaden twórca się nie mieści: najtańszy post kosztuje { $cheapest }, a budżet wynosi { $budget } (z uwzględnieniem limitu na twórcę, jeśli go ustawiono).
conflict-minimums_over_budget = Minimalne udziały { $what } sumują się do { $total } budżetu, czyli ponad { $all }.
conflict-band_reversed = { $what }: minimum ({ $min }) jest wyższe niż maksimum ({ $max }).
conflict-band_out_of_reach = Grupa „{ $what }” wymaga co najmniej { $need }, ale wszyscy jej twórcy razem, przy maksymalnej liczbie postów każdego, kosztują { $most }.
conflict-min_over_max = Minimalna liczba twórców ({ $min }) przekracza dozwolone maksimum ({ $max }).
conflict-too_few = Wymagana liczba twórców to co najmniej { $min }, ale opłacić można tylko { $available } (potrzebna jest cena mieszcząca się w limicie).
conflict-min_over_budget = { $min ->
        [one] Najtańszy twórca przy minimalnej liczbie postów kosztuje
        [few] { $min } najtańsi twórcy przy minimalnej liczbie postów kosztują
        [many] { $min } najtańszych twórców przy minimalnej liczbie postów kosztuje
       *[other] { $min } najtańszych twórców przy minimalnej liczbie postów kosztuje
    } { $cheapest }, więcej niż budżet ({ $budget }).
conflict-forced_over_budget = Wymagani przez Ciebie twórcy przy minimalnej liczbie postów kosztują { $spend }, więcej niż budżet ({ $budget }).
conflict-forced_over_max = Wymaganych twórców: { $forced }, a dozwolonych najwyżej { $max }.
conflict-forced_over_band = Wymagani przez Ciebie twórcy kosztują w grupie „{ $what }” { $spend }, czyli ponad jej maksimum ({ $max }).
conflict-forced_over_cap = Konto { $creator } jest wymagane, ale jego minimalna liczba postów kosztuje { $spend }, więcej niż może tu dostać jeden twórca ({ $cap }: najmniejsza z kwot – limit, budżet oraz maksimum dla jego poziomu i platformy).
conflict-forced_not_plannable = Konto { $creator } jest wymagane, ale nie może trafić do planu: jest też wykluczone albo brakuje mu liczby obserwujących, ceny lub danych dla wybranego celu.
conflict-together = Każde ograniczenie da się spełnić osobno, ale żaden plan złożony z całych postów nie spełnia ich wszystkich naraz.
conflict-gave_up = Wyszukiwanie zatrzymało się, zanim znalazło plan lub dowiodło, że go nie ma; poluzuj któreś ograniczenie.

## relax

relax-band_short = Przy pozostałych ograniczeniach grupa „{ $what }” może dostać najwyżej { $most } budżetu; wymagasz co najmniej { $min }.
relax-count_short = Przy pozostałych ograniczeniach { $most ->
        [one] zmieści się najwyżej { $most } twórca
        [few] zmieszczą się najwyżej { $most } twórcy
        [many] zmieści się najwyżej { $most } twórców
       *[other] zmieści się najwyżej { $most } twórcy
    }; wymagasz co najmniej { $min }.
relax-max_creators = Bez maksymalnej liczby twórców ({ $max }) plan istnieje i obejmuje { $reached ->
        [one] { $reached } twórcę
        [few] { $reached } twórców
        [many] { $reached } twórców
       *[other] { $reached } twórcy
    }.
relax-cap = Bez limitu na twórcę plan istnieje; największa kwota dla jednego twórcy wynosi w nim { $largest }.
relax-none = Nie udało się wskazać jednego minimum do złagodzenia: spróbuj poluzować maksimum któregoś przedziału, limit lub liczbę postów na twórcę.

## bands

# Dopełniacz: wstawiane po „Minimalne udziały …”.
bands-tiers = poziomów
bands-platforms = platform

## broken

broken-band = { $what }: { $spend } (cel { $min }–{ $max })
broken-min_creators = { $creators ->
        [one] { $creators } twórca (wymagano co najmniej { $min })
        [few] { $creators } twórcy (wymagano co najmniej { $min })
        [many] { $creators } twórców (wymagano co najmniej { $min })
       *[other] { $creators } twórcy (wymagano co najmniej { $min })
    }
broken-max_creators = { $creators ->
        [one] { $creators } twórca (dozwolono najwyżej { $max })
        [few] { $creators } twórcy (dozwolono najwyżej { $max })
        [many] { $creators } twórców (dozwolono najwyżej { $max })
       *[other] { $creators } twórcy (dozwolono najwyżej { $max })
    }
broken-forced = Pominięci wymagani twórcy: { $missing }

## tier

tier-emerging = Początkujący
tier-nano = Nano
tier-micro = Mikro
tier-mid = Średni
tier-macro = Makro
tier-mega = Mega
tier-none = Brak liczby obserwujących

## summary

summary-caption = Podsumowanie poziomów
summary-tier = Poziom
summary-range = Obserwujący
summary-creators = Twórcy
summary-share = Udział
summary-median_er = Mediana ER
summary-total_followers = Łącznie obserwujących
summary-price = Cena za post
summary-estimated = szacowane: { $count }

## compare

compare-caption = Porównanie schematów
compare-hint = Liczba twórców na poszczególnych poziomach w każdym schemacie

## table

table-caption = Twórcy
table-sort = Sortuj według: { $column }
table-updating = Aktualizuję listę…
table-count = { $total ->
        [one] { $total } twórca
        [few] { $total } twórcy
        [many] { $total } twórców
       *[other] { $total } twórcy
    }
filter-label = Znajdź twórców
filter-text = Nazwa konta lub imię
filter-tier = Poziom
filter-any_tier = Wszystkie poziomy
filter-platform = Platforma
filter-any_platform = Wszystkie platformy
filter-flagged = Tylko z uwagami
filter-clear = Pokaż wszystkich
table-filtered = { $all ->
        [one] { $matching } z { $all } twórcy pasuje do filtra
        [few] { $matching } z { $all } twórców pasuje do filtra
        [many] { $matching } z { $all } twórców pasuje do filtra
       *[other] { $matching } z { $all } twórców pasuje do filtra
    }

## col

col-line = Wiersz
col-handle = Konto
col-name = Nazwa
col-platform = Platforma
col-followers = Obserwujący
col-tier = Poziom
col-engagements = Interakcje / post
col-er = ER
col-er_followers = ER wg obserwujących
col-er_views = ER wg wyświetleń
col-er_reach = ER wg zasięgu
col-benchmark = Benchmark
col-price = Cena / post
col-cpe = CPE
col-cpm = CPM
col-cpv = CPV
col-flags = Ostrzeżenia

## cell

cell-median = mediana { $value }
cell-posts = { $count ->
        [one] { $count } post
        [few] { $count } posty
        [many] { $count } postów
       *[other] { $count } posta
    }
cell-estimated = szac.
cell-estimated_title = Szacunek z cennika ({ $source }): { $band }, { $platform }, { $low }–{ $high }
cell-supplied_er = z listy
cell-partial = częściowy
cell-partial_title = Częściowy: obliczony tylko z części liczonych interakcji (brak polubień lub komentarzy) albo z postów bez wyświetleń lub zasięgu. Już z tego powodu może być zaniżony, dlatego nie dostaje ostrzeżenia „bardzo niski”.
cell-rating_vs_benchmark = ER oceniony jako „{ $rating }” na tle całego Instagrama (przedziały Influencer Marketing Hub), a jednak { $comparison } dla swojej grupy ({ $segment }: { $range }): konta tej wielkości mają zwykle { $direction } zaangażowanie.
cell-direction-more = wyższe
cell-direction-less = niższe
# { $basis } to dopełniacz z grupy cpm (np. „odsłon”).
cell-cpm_basis = wg { $basis }

## cpm

cpm-impressions = odsłon
cpm-views = wyświetleń
cpm-reach = zasięgu
cpm-followers = obserwujących (zastępczo)

## rating

rating-low = niski
rating-average = przeciętny
rating-high = wysoki
rating-very_high = bardzo wysoki

## comparison

comparison-below = poniżej normy
comparison-within = w normie
comparison-above = powyżej normy

## benchmark

benchmark-cell = { $comparison } ({ $segment }: { $range })

## segment

segment-audience = { $min }–{ $max } obserwujących
segment-audience_up = { $min }+ obserwujących
segment-subscribers = { $min }–{ $max } subskrybentów
segment-subscribers_up = { $min }+ subskrybentów

## scheme

scheme-custom_source = Twoje progi

## rates

rates-edited = { $source }, zmienione przez Ciebie

## benchmark

benchmark-none = brak benchmarku

## formula

formula-heading = Wzory i źródła
formula-e = Interakcje na post (E) = { $parts }. Wartość, której brak na liście, nic nie dodaje; jeśli którejś brakuje, a lista podaje interakcje jako jedną liczbę („Engagement avg.”), E przyjmuje wartość tej liczby.
formula-er_followers = ER wg obserwujących = E ÷ obserwujący × { $hundred } (HypeAuditor, Upfluence)
formula-er_reach = ER wg zasięgu = E ÷ zasięg × { $hundred }; przy wierszach dla poszczególnych postów – średnia ze wskaźników postów (Flowbox)
formula-er_views = ER wg wyświetleń = E ÷ wyświetlenia × { $hundred } (HypeAuditor TikTok, Modash)
formula-ltf = Polubienia do obserwujących = polubienia ÷ obserwujący × { $hundred } (InfluencerDB)
formula-median = Przy jednym wierszu na post pokazywane są średnia i mediana: jeden viralowy post zawyża średnią.
formula-cpe = CPE = cena za post ÷ E (Upfluence)
formula-cpm = CPM = cena za post ÷ odsłony × { $thousand }; gdy brak odsłon, zastępują je wyświetlenia, zasięg lub liczba obserwujących, co jest zaznaczane (Upfluence)
formula-cpv = CPV = cena za post ÷ wyświetlenia
formula-price = Brakujące ceny są szacowane na podstawie cennika ({ $source }): środek przedziału dla wielkości twórcy, z oznaczeniem „szac.”
formula-benchmarks = Benchmarki – każdy porównywany tylko z ER liczonym na tej samej podstawie i według liczby obserwujących twórcy (na YouTubie: subskrybentów), niezależnie od schematu poziomów: Instagram wg obserwujących ({ $passo }; poniżej { $under } obserwujących { $markerly }); TikTok wg obserwujących ({ $timf }) i wg wyświetleń ({ $modash_tiktok }); YouTube wg wyświetleń ({ $sociavault }). ER na YouTubie wg subskrybentów nie ma benchmarku: tabela Modash ({ $modash_youtube }) dzieli przez wyświetlenia, na rzeczywistych listach kanałów jej wartości nie pasują do żadnej z tych dwóch podstaw, a żadne źródło nie podaje przedziału wg subskrybentów; w rzeczywistych rankingach topowych kanałów ten wskaźnik waha się od niemal { $zero } (uśpione kanały i kanały dla dzieci) do ponad { $one_pct }. Pojedyncza opublikowana wartość jest pokazywana jako jedna liczba. Żadne źródło nie podaje ER wg zasięgu, więc nie ma dla niego benchmarku. Przedziały ocen: { $rating }; gdy ocena i benchmark dla wielkości konta się nie zgadzają, komórka ER wyjaśnia dlaczego.
formula-flags = Ostrzeżenia: ER poniżej jednej trzeciej dolnej granicy benchmarku lub powyżej trzykrotności jego górnej granicy (praktyczna reguła Tierwise); na Instagramie liczba komentarzy na { $hundred } polubień poza przedziałem { $low }–{ $high } ({ $source }); odbiorcy na TikToku i YouTubie komentują w innych proporcjach, a żadne źródło nie podaje ich wartości, więc nie są oceniani pod tym kątem.

## e

e-likes = polubienia
e-comments = komentarze
e-shares = udostępnienia
e-saves = zapisania

## rates

rates-heading = Cennik
rates-hint = Ceny za post w dolarach amerykańskich, używane, gdy lista ich nie podaje ({ $source }). Szacunek to środek przedziału albo jego dolna granica, jeśli przedział nie ma górnej.
rates-caption = Cena za post wg platformy i wielkości konta
rates-input = { $platform }, { $band }: { $which } ($)
rates-from = od
rates-to = do

## problems

problems-heading = Problemy ({ $count })
problems-none = Brak problemów: odczytano każdy wiersz.
problems-summary_column = Kolumna „{ $column }”: { $count ->
        [one] { $count } komórka pozostawiona pusta
        [few] { $count } komórki pozostawione puste
        [many] { $count } komórek pozostawionych pustych
       *[other] { $count } komórki pozostawionej pustej
    }
problems-summary_rows = Pominięte wiersze: { $count }
problems-show_line = Pokaż
problems-show_line_label = Pokaż wiersz { $line } w polu wklejania
problems-cell_kept = Komórka zostaje pusta; reszta wiersza jest używana.
problems-row_left_out = Wiersz zostaje pominięty.

## problem

problem-at_cell = { $line }, kolumna „{ $column }”: „{ $text }”: { $what }
problem-at_row = { $line }: „{ $text }”: { $what }
problem-line = Wiersz { $line }
problem-object = Obiekt { $item } (wiersz { $line })
problem-more_in_column = { $count ->
        [one] I jeszcze { $count } taka komórka
        [few] I jeszcze { $count } takie komórki
        [many] I jeszcze { $count } takich komórek
       *[other] I jeszcze { $count } takiej komórki
    } w kolumnie „{ $column }”, od wiersza { $line }: { $what }
problem-more_rows = { $count ->
        [one] I jeszcze { $count } taki wiersz
        [few] I jeszcze { $count } takie wiersze
        [many] I jeszcze { $count } takich wierszy
       *[other] I jeszcze { $count } takiego wiersza
    }, od wiersza { $line }: { $what }
problem-expected-count = oczekiwano liczby, np. 12,5 tys. lub 10 000
problem-expected-money = oczekiwano ceny, np. 250 lub 1200 zł
problem-expected-percent = oczekiwano wartości procentowej, np. 4,5%
problem-expected-text = oczekiwano tekstu
problem-grouping = grupy tysięcy nie mają po trzy cyfry; { $expected }
problem-negative = wartość nie może być ujemna; { $expected }
problem-percent = znak procentu nie ma tu sensu; { $expected }
problem-no_identity = brak nazwy konta i nazwy twórcy, więc tego wiersza nie da się odróżnić od innych
problem-too_many_cells = { $found ->
        [one] { $found } komórka
        [few] { $found } komórki
        [many] { $found } komórek
       *[other] { $found } komórki
    }, a nagłówek ma { $expected }: czy w którejś nazwie jest przecinek bez cudzysłowu?
problem-not_a_platform = oczekiwano platformy, np. Instagram, TikTok lub YouTube; platforma tego wiersza jest ustalana tak jak dla wiersza bez platformy
problem-unclosed_quote = cudzysłów otwiera tu komórkę i nigdzie się nie zamyka; odczyt jest kontynuowany od następnego wiersza

## input

# { $kind } to biernik z grupy file (np. „prezentację PowerPoint”).
input-not_a_roster = { $name } wygląda na { $kind }, a nie na listę twórców. Tierwise odczytuje pliki CSV, TSV, JSON i arkusze kalkulacyjne (.xlsx, .xls, .ods).
input-workbook_unreadable = { $name }: { $reason }
input-workbook_no_sheets = skoroszyt nie zawiera żadnego arkusza
input-workbook_no_sheet = skoroszyt nie ma arkusza { $n }
input-sheet_read = Odczytano arkusz „{ $sheet }” z pliku { $name } ({ $n } z { $count }).
input-sheet_skipped_empty = Arkusze przed nim są puste.
input-sheet_label = Arkusz
input-sheet_hidden = { $sheet } (ukryty)

## file

# Biernik: wstawiane po „wygląda na …”.
file-png = obraz PNG
file-jpeg = zdjęcie JPEG
file-gif = obraz GIF
file-webp = obraz WebP
file-heic = zdjęcie HEIC
file-bmp = obraz BMP
file-tiff = obraz TIFF
file-pdf = dokument PDF
file-zip = archiwum ZIP
file-gzip = archiwum gzip
file-7z = archiwum 7-Zip
file-rar = archiwum RAR
file-word = dokument Word
file-presentation = prezentację PowerPoint
file-video = plik wideo
file-audio = plik audio
file-executable = program
file-sqlite = bazę danych SQLite
file-binary = plik binarny

## notice

notice-read_as-engagement_rate = Kolumna „{ $column }” zawiera wartości procentowe, więc jest odczytywana jako współczynnik zaangażowania.
notice-read_as-engagements = Kolumna „{ $column }” zawiera liczby powyżej { $hundred } bez znaku %, więc jest odczytywana jako interakcje na post, a nie jako współczynnik.
notice-not_platforms = Kolumna „{ $column }” zawiera { $examples }…, a nie platformy: zostaje jako dodatkowa kolumna.
notice-lifetime_by_cells = Kolumna „{ $column }” zawiera sumy z całego okresu istnienia konta (zwykle { $times } razy więcej niż liczba obserwujących), a nie { $field } na post: zostaje jako dodatkowa kolumna.
notice-lifetime_by_header = Kolumna „{ $column }” to suma z całego okresu istnienia konta, a nie { $field } na post: zostaje jako dodatkowa kolumna.
notice-columns_combined = Kolumny { $columns } nigdy nie wypełniają pola „{ $field }” w tym samym wierszu, więc razem je tworzą.
notice-column_chosen = Kilka kolumn podaje pole „{ $field }”: używana jest kolumna „{ $used }”, bo { $why }; pozostałe ({ $over }) zostają jako dodatkowe kolumny.
notice-why-not_lifetime = pozostałe zawierają sumy z całego okresu istnienia konta
notice-why-average = zawiera średnią na post
notice-why-more_digits = jej wartości są dokładne, a w pozostałych zaokrąglone
notice-why-fuller = ma więcej wartości
notice-why-first = jest pierwsza, a nic innego ich nie odróżnia
notice-identity_both = Na podstawie zawartości komórek: „{ $handle }” zawiera nazwy kont (bez spacji), a „{ $name }” nazwy wyświetlane.
notice-identity_handle = Na podstawie zawartości komórek: „{ $handle }” zawiera nazwy kont (bez spacji).
notice-identity_none = Żadna kolumna nie zawiera nazw kont: twórcy są rozróżniani po nazwie.
notice-identity_extra = Inne kolumny z nazwami twórców, zachowane jako dodatkowe: { $columns }.
notice-name_and_handle = Kolumna „{ $column }” zawiera „Nazwa @konto”: brane są z niej zarówno nazwy, jak i nazwy kont.
notice-platform_from_headers = Brak kolumny z platformą: { $rows ->
        [one] { $rows } wiersz przypisano
        [few] { $rows } wiersze przypisano
        [many] { $rows } wierszy przypisano
       *[other] { $rows } wiersza przypisano
    } do platformy { $platform } na podstawie nazw kolumn ({ $headers }). Jeśli to błąd, zmień ustawienie „Platforma, gdy lista jej nie podaje”.
notice-platform_default = Nic w pliku nie wskazuje platformy: { $rows ->
        [one] { $rows } wiersz przypisano
        [few] { $rows } wiersze przypisano
        [many] { $rows } wierszy przypisano
       *[other] { $rows } wiersza przypisano
    } do platformy { $platform }. Jeśli to błąd, zmień ustawienie „Platforma, gdy lista jej nie podaje”.
# $rows to liczba wraz z rzeczownikiem („1 wiersz”, „998 wierszy”); $weaker, $fewer i $named to listy platform z nazwami kolumn, które je wskazują (np. YouTube: „Subscribers count”; TikTok: „Tiktoker”).
notice-platform_from_headers_over_weaker = Brak kolumny z platformą: przypisano { $rows } do platformy { $platform }, bo nazwy kolumn wprost ją wskazują ({ $headers }). To przeważa nad słabszymi wskazówkami ({ $weaker }) – słowami używanymi na kilku platformach. Jeśli to błąd, zmień ustawienie „Platforma, gdy lista jej nie podaje”.
notice-platform_from_headers_over_fewer = Brak kolumny z platformą: przypisano { $rows } do platformy { $platform }, bo wskazuje ją więcej nazw kolumn ({ $headers }) niż jakąkolwiek inną platformę ({ $fewer }). Jeśli to błąd, zmień ustawienie „Platforma, gdy lista jej nie podaje”.
notice-platform_headers_disagree = Nazwy kolumn wskazują więcej niż jedną platformę ({ $named }) i żadnej nie wskazują wyraźniej niż pozostałych: przypisano { $rows } do platformy { $platform }. Jeśli to błąd, zmień ustawienie „Platforma, gdy lista jej nie podaje”.
notice-platform_from_links = { $rows ->
        [one] W { $rows } wierszu
        [few] W { $rows } wierszach
        [many] W { $rows } wierszach
       *[other] W { $rows } wiersza
    } platformę ustalono na podstawie linków do profilu lub postów.
notice-rate_as_fraction = Kolumna „{ $column }” zawiera ułamki (0,0139 zamiast 1,39%): odczytano je jako wartości procentowe.
notice-header_on_line = Nagłówek jest w wierszu { $line }; wiersze nad nim to nie twórcy.
notice-too_many_columns = Pierwszy wiersz ma { $found ->
        [one] { $found } komórkę
        [few] { $found } komórki
        [many] { $found } komórek
       *[other] { $found } komórki
    }; lista twórców może mieć najwyżej { $max ->
        [one] { $max } kolumnę
        [few] { $max } kolumny
        [many] { $max } kolumn
       *[other] { $max } kolumny
    }, więc to nie jest lista i nic nie odczytano. Czy cały plik jest w jednym wierszu?
notice-mapped_header_missing = Mapowanie odwołuje się do nagłówka { $headers }, ale żadna kolumna takiego nie ma, więc nic nie odczytano. Kolumny w pliku: { $columns }.
notice-unwrapped_rows = Każdy wiersz był w całości ujęty w cudzysłów (tak zapisują je niektóre arkusze po eksporcie i ponownym imporcie): wiersze odczytano bez tych cudzysłowów.

## summary

summary-mixed_currencies = kilka walut

## columns

columns-note-chosen = używana zamiast { $over }: { $why }
columns-note-not_chosen = nieużywana: pole „{ $field }” podaje kolumna „{ $used }”, bo { $why }
columns-note-lifetime = sumy z całego okresu istnienia konta, a nie { $field } na post: nieużywana
columns-note-not_platforms = jej komórki nie zawierają platform: nieużywana
columns-note-read_as = odczytana jako „{ $field }” na podstawie zawartości komórek
columns-note-handles = nazwy kont, na podstawie zawartości komórek (bez spacji)
columns-note-names = nazwy wyświetlane, na podstawie zawartości komórek
columns-note-name_and_handle = „Nazwa @konto”: z niej brane są nazwa i nazwa konta
columns-note-fraction = ułamki, odczytane jako wartości procentowe
columns-note-combined = razem z { $columns }: nigdy nie mają wartości w tym samym wierszu

## notice

notice-mixed_currencies = Ceny są w więcej niż jednej walucie ({ $counts }). Każda jest pokazywana we własnej walucie i nic nie jest przeliczane; plan budżetu korzysta tylko z cen w swojej walucie.
notice-unmarked_prices = { $count ->
        [one] { $count } cenę bez symbolu waluty uznano za podaną
        [few] { $count } ceny bez symbolu waluty uznano za podane
        [many] { $count } cen bez symbolu waluty uznano za podane
       *[other] { $count } ceny bez symbolu waluty uznano za podane
    } w { $currency }, tak jak pozostałe.
notice-not_a_roster = To wygląda na { $kind }, a nie na listę twórców: nic nie odczytano. Tierwise odczytuje pliki CSV, TSV, JSON i arkusze kalkulacyjne (.xlsx, .xls, .ods).
notice-sheet = Odczytano arkusz „{ $sheet }” ({ $n } z { $count }).
notice-not_utf8 = Plik nie jest zapisany w UTF-8; odczytano go jako Windows-1252.
notice-utf16 = Plik to tekst UTF-16 (tak Excel zapisuje „Tekst Unicode”); odczytano go w tym kodowaniu.
notice-repaired_bytes = Bajty niepoprawne w UTF-8: { $bytes }, w wierszach: { $lines }. Każdy z nich odczytano jako znak Windows-1252 (np. „é”), a resztę pliku jako UTF-8; twórcy z tych wierszy mają ostrzeżenie.
notice-names_as_handles = Brak kolumny z nazwami kont: twórcy są rozróżniani po nazwie.
# { $creators } to gotowy tekst z notice-creators (np. „5 twórców ma”).
notice-per_post = { $creators } po jednym wierszu na post ({ $rows ->
        [one] { $rows } wiersz
        [few] { $rows } wiersze
        [many] { $rows } wierszy
       *[other] { $rows } wiersza
    }): ich wartości to średnie z postów, wraz z medianami.
notice-creators = { $n ->
        [one] { $n } twórca ma
        [few] { $n } twórcy mają
        [many] { $n } twórców ma
       *[other] { $n } twórcy ma
    }
notice-duplicates = { $n ->
        [one] { $n } wiersz był dokładnym powtórzeniem wcześniejszego i został policzony raz.
        [few] { $n } wiersze były dokładnymi powtórzeniami wcześniejszych i zostały policzone raz.
        [many] { $n } wierszy było dokładnymi powtórzeniami wcześniejszych i zostało policzonych raz.
       *[other] { $n } wiersza było dokładnymi powtórzeniami wcześniejszych i zostało policzone raz.
    }
notice-repaired = { $n ->
        [one] { $n } tekst wyglądał na błędnie odkodowany (np. „CÃ´te”) i został naprawiony.
        [few] { $n } teksty wyglądały na błędnie odkodowane (np. „CÃ´te”) i zostały naprawione.
        [many] { $n } tekstów wyglądało na błędnie odkodowane (np. „CÃ´te”) i zostało naprawionych.
       *[other] { $n } tekstu wyglądało na błędnie odkodowane (np. „CÃ´te”) i zostało naprawione.
    }

## columns

columns-heading = Kolumny
columns-hint = Jak odczytano każdą kolumnę. Popraw te, które odczytano błędnie.
columns-header = Kolumna
columns-field = Odczytana jako
columns-select = Zawartość kolumny „{ $header }”
columns-ignore = Nic (zachowaj jako dodatkową)
columns-missing = Tierwise potrzebuje pola „{ $field }”: która kolumna je zawiera?
columns-decimal = Separator dziesiętny { $mark } ({ $why })
columns-mark-dot = „.”
columns-mark-comma = „,”
columns-why-column = na podstawie tej kolumny
columns-why-other_columns = na podstawie innych kolumn
columns-why-delimiter = plik rozdzielany średnikami
columns-why-field_default = żadna komórka tego nie rozstrzyga; typowy dla tego pola
columns-why-thousands = liczba: „1.234” i „1,234” oznaczają 1234

## field

field-handle = nazwa konta
field-name = nazwa
field-platform = platforma
field-followers = obserwujący
field-likes = polubienia
field-comments = komentarze
field-shares = udostępnienia
field-saves = zapisania
field-views = wyświetlenia
field-reach = zasięg
field-conversions = konwersje (kliknięcia, sprzedaż)
field-impressions = odsłony
field-engagements = interakcje na post
field-posts = liczba postów
field-price = cena za post
field-category = kategoria
field-country = kraj
field-engagement_rate = współczynnik zaangażowania (podany)
field-post = ID posta, link lub data

## flag

flag-er_very_low = ER { $er } jest znacznie poniżej dolnej granicy benchmarku ({ $low }): nieaktywni lub kupieni obserwujący?
flag-er_very_high = ER { $er } jest znacznie powyżej górnej granicy benchmarku ({ $high }): grupy zaangażowania (engagement pods) czy błędnie wpisana liczba obserwujących?
# Te same dwa ostrzeżenia dla ER liczonego według wyświetleń lub zasięgu: obserwujący nie wchodzą do tego wskaźnika, więc tekst nie może ich obwiniać.
flag-er_very_low_views = ER { $er } jest znacznie poniżej dolnej granicy benchmarku ({ $low }): wyświetlenia, które nie przełożyły się na polubienia ani komentarze (kupione wyświetlenia albo widzowie przewijający dalej)?
flag-er_very_high_views = ER { $er } jest znacznie powyżej górnej granicy benchmarku ({ $high }): grupy zaangażowania (engagement pods), kupione polubienia czy błędnie wpisana liczba wyświetleń?
flag-comment_ratio = { $ratio ->
        [one] { $ratio } komentarz
        [few] { $ratio } komentarze
        [many] { $ratio } komentarzy
       *[other] { $ratio } komentarza
    } na { $hundred } polubień, poza zdrowym przedziałem { $low }–{ $high } ({ $source }).
flag-likes_hidden = { $likes ->
        [one] { $likes } polubienie
        [few] { $likes } polubienia
        [many] { $likes } polubień
       *[other] { $likes } polubienia
    } przy takiej liczbie obserwujących: polubienia są pewnie ukryte.
flag-views_below_likes = Mniej wyświetleń ({ $views }) niż polubień ({ $likes }).
flag-engagements_above_followers = Więcej interakcji na post ({ $engagements }) niż obserwujących ({ $followers }).
flag-duplicate = Dokładne powtórzenie w wierszach: { $lines }; policzono raz.

## list

list-more = { $shown } i jeszcze { $n }

## flag

flag-conflicting_rows = Występuje w wierszach { $lines } z różnymi liczbami obserwujących: użyto ostatniej wartości.
flag-no_followers = Brak liczby obserwujących: nie można przypisać poziomu.
flag-repaired_text = Tekst naprawiony po błędnym kodowaniu znaków.

## cli

cli-usage =
    użycie: tierwise analyze FILE|- [--scheme NAME] [--platform NAME] [--basis followers|reach|views]
    {"  "}[--format jsonl|csv] [--map "HEADER=FIELD,…"] [--sheet NAME|N]
    {"        "}tierwise split FILE|- --budget AMOUNT … (tierwise split --help)
    schematy: seeds, broad-micro, hypeauditor, later-fohr, hootsuite
    platformy (dla wierszy bez platformy; domyślnie ustalane ze słów w pliku, a jeśli ich brak – instagram): instagram, tiktok, youtube
    pola dla --map: handle, name, platform, followers, likes, comments, shares, saves, views, reach, impressions,
    {"  "}engagements, posts, price, category, country, engagement_rate, post, conversions lub ignore
    pliki: CSV, TSV, JSON, JSON Lines, .xlsx, .xls, .ods (--sheet wybiera arkusz; domyślnie: pierwszy, który coś zawiera)
cli-split_usage =
    użycie: tierwise split FILE|- --budget AMOUNT --objective reach|engagements|conversions
    {"  "}[--tier-mix micro=60..80,nano=10..30] [--platform-mix instagram=50..100]
    {"  "}[--max-per-creator 20%|AMOUNT] [--min-creators N] [--max-creators N] [--posts MIN..MAX]
    {"  "}[--conversion-rate PCT] [--strategy optimal|equal|proportional|tier-mix] [--format json|csv]
    {"  "}[--scheme NAME] [--platform NAME] [--currency SIGN]
    kod wyjścia: 0 – plan, 1 – nic nie odczytano, 2 – błędne argumenty, 3 – żaden plan nie spełnia ograniczeń
cli-split_summary = tierwise: plan ({ $strategy }): { $creators ->
        [one] { $creators } twórca
        [few] { $creators } twórcy
        [many] { $creators } twórców
       *[other] { $creators } twórcy
    }, { $posts ->
        [one] { $posts } post
        [few] { $posts } posty
        [many] { $posts } postów
       *[other] { $posts } posta
    }, wydano { $spend } z { $budget }, prognoza { $objective }: { $value }
cli-split_gap = tierwise: najwyżej { $gap } od najlepszego możliwego planu (górne oszacowanie { $bound })
cli-split_all_estimated = tierwise: każda cena to szacunek z cennika ({ $source }): podaj kolumnę z cenami, aby uzyskać plan oparty na prawdziwych cenach
cli-split_conflicts = tierwise: żaden plan nie spełnia wszystkich ograniczeń:
cli-columns = tierwise: kolumny (zmień przez --map "HEADER=FIELD,…"):
cli-column = {"  "}„{ $header }” → { $what }
# Nagłówek, który występuje w pliku dwa razy, rozróżniony numerem kolumny (1 to pierwsza kolumna).
cli-column_numbered = {"  "}„{ $header }” (kolumna { $number }) → { $what }
cli-column_mapped = { $field } (wg mapowania)
cli-column_ignored = pominięta (wg mapowania)
cli-column_extra = nieużywana (zachowana jako dodatkowa kolumna)
cli-nothing_read = tierwise: nie udało się odczytać żadnego twórcy z { $file }
cli-missing = tierwise: nie rozpoznano kolumny dla pola „{ $field }”; kolumny: { $columns }
cli-summary = tierwise: { $creators ->
        [one] { $creators } twórca
        [few] { $creators } twórcy
        [many] { $creators } twórców
       *[other] { $creators } twórcy
    } z { $rows ->
        [one] { $rows } wiersza
        [few] { $rows } wierszy
        [many] { $rows } wierszy
       *[other] { $rows } wiersza
    }, { $problems ->
        [one] { $problems } problem
        [few] { $problems } problemy
        [many] { $problems } problemów
       *[other] { $problems } problemu
    }
# Błędy w argumentach wiersza poleceń. `{ $option }` to nazwa opcji (budget, map…).
# Lista przedziałów (--tier-mix micro=60..80), zakres (--posts 1..3) lub limit (--max-per-creator 20%),
# których nie udało się odczytać; `{ $text }` to wpisany tekst.
band_error-not_a_pair = oczekiwano NAME=MIN..MAX, podano „{ $text }”
band_error-unknown_name = „{ $text }” to nie jest ani poziom, ani platforma
band_error-not_a_percentage = „{ $text }”: wartość procentowa musi wynosić od { $zero } do { $hundred }
band_error-not_a_number = oczekiwano liczby, podano „{ $text }”
band_error-min_above_max = „{ $text }”: minimum jest wyższe niż maksimum
band_error-not_a_cap = oczekiwano 20% lub kwoty, podano „{ $text }”
cli-error-bad_value = --{ $option }: wartość nie jest poprawnym tekstem
cli-error-unknown = --{ $option }: nieznana wartość „{ $value }”; dozwolone: { $choices }
cli-error-expected = --{ $option }: oczekiwano { $what }, podano „{ $value }”
cli-error-required = brak wymaganej opcji --{ $option }
cli-error-not_a_workbook = --sheet: plik nie jest skoroszytem arkusza kalkulacyjnego
cli-error-no_sheet = --sheet: brak arkusza „{ $sheet }”; arkusze w pliku: { $sheets }
# Dopełniacz: wstawiane po „oczekiwano …” w cli-error-expected.
cli-expected-amount = kwoty większej od { $zero }
cli-expected-whole_number = liczby całkowitej
cli-expected-percentage = wartości procentowej
cli-expected-posts = liczb całkowitych, np. 1..3
