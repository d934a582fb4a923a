# Wykresy (src/ui/charts/) i pasek podsumowania po wczytaniu listy
# (src/ui/components/glance.rs). Każdy wykres mówi jednym zdaniem, co pokazuje: zdanie stoi
# pod tytułem i to je słyszy użytkownik czytnika ekranu.

## Pasek podsumowania

glance-heading = W skrócie
glance-creators = Wczytani twórcy
glance-creators_note = z { $rows }
glance-tiers = Poziomy z twórcami
glance-tiers_note = Najwięcej: { $tier }, { $share } twórców
glance-median_er = Mediana wskaźnika zaangażowania
glance-below = { $n } poniżej
glance-within = { $n } w normie
glance-above = { $n } powyżej benchmarku
glance-no_bench = Brak opublikowanego benchmarku dla tych platform przy tej metodzie
glance-look = Warto sprawdzić
glance-look_note = { $n ->
        [one] twórca z uwagą
        [few] twórcy z uwagami
        [many] twórców z uwagami
       *[other] twórcy z uwagami
    }
glance-plan = Najlepszy plan dla { $budget }
glance-plan_heading = Najlepszy plan
glance-plan_value = { $value } { $objective }
glance-plan_note = { $strategy } · { $creators }
glance-plan_top = Najwięcej dostają: { $handles }
glance-plan_link = Zobacz plan
glance-plan_no_budget = Wpisz budżet, aby zobaczyć, jak go podzielić.
glance-plan_none = Przy tych ustawieniach nie ma jeszcze planu.
glance-plan_on_request = Ta lista jest planowana na żądanie: kliknij „Utwórz plan” w planie budżetu.

## Wszystkie wykresy

chart-heading = Wykresy
chart-show_data = Pokaż dane
chart-hide_data = Ukryj dane
chart-download_svg = Pobierz SVG
chart-download_png = Pobierz PNG
chart-named = { $title }: { $finding }
chart-sentences = { $first }; { $second }.
chart-sentence = { $text }.
chart-low = Dolna granica
chart-high = Górna granica
chart-source = Źródło
chart-expected = Oczekiwany
chart-pessimistic = Pesymistyczny
chart-optimistic = Optymistyczny
chart-legend_expected = Wynik oczekiwany
chart-legend_range = Od pesymistycznego do optymistycznego
chart-range = {" "}({ $low }–{ $high })

## Zaangażowanie a liczba obserwujących

chart-scatter-title = Wskaźnik zaangażowania a liczba obserwujących
chart-scatter-x = Obserwujący (skala logarytmiczna)
chart-scatter-trend = Mediana zaangażowania zmienia się od { $from } ({ $tier_from }) do { $to } ({ $tier_to })
chart-scatter-median = Mediana zaangażowania { $er }
chart-scatter-against = { $total ->
        [one] { $below } z { $total } twórcy jest poniżej swojego benchmarku, a { $above } powyżej
        [few] { $below } z { $total } twórców jest poniżej swojego benchmarku, a { $above } powyżej
        [many] { $below } z { $total } twórców jest poniżej swojego benchmarku, a { $above } powyżej
       *[other] { $below } z { $total } twórców jest poniżej swojego benchmarku, a { $above } powyżej
    }
chart-scatter-no_bench = żaden opublikowany benchmark nie obejmuje tych platform przy tej metodzie
chart-scatter-empty = Żaden twórca nie ma jednocześnie liczby obserwujących i wskaźnika zaangażowania, więc nie ma czego narysować.
chart-scatter-point = { $handle } · { $platform } · obserwujący: { $followers } · ER { $er } · { $tier }
chart-scatter-tip = { $handle } · { $followers } · { $er }
chart-scatter-point_bench = {" · "}benchmark { $band }: { $comparison }
chart-scatter-point_flagged = {" · "}z uwagą
chart-scatter-keys = Zaznacz wykres i przechodź między twórcami strzałkami; Enter pokazuje twórcę w tabeli.
chart-scatter-no_points = Twórców jest za dużo, by rysować każdego osobno, a żaden nie ma uwag.
chart-scatter-legend_platform = { $platform } ({ $creators })
chart-scatter-legend_band = Benchmark dla danej wielkości konta
chart-scatter-legend_flagged = Z uwagą do sprawdzenia
chart-scatter-legend_density = Twórcy w polu: im ciemniej, tym więcej
chart-scatter-binned = Wszyscy twórcy ({ $plotted }) są pokazani jako gęstość; jako punkty narysowano twórców z uwagami najdalej od benchmarku ({ $marked }).
chart-scatter-above_top = { $n ->
        [one] Jeden wskaźnik powyżej { $top } jest narysowany na górnej krawędzi.
        [few] { $n } wskaźniki powyżej { $top } są narysowane na górnej krawędzi.
        [many] { $n } wskaźników powyżej { $top } jest narysowanych na górnej krawędzi.
       *[other] { $n } wskaźnika powyżej { $top } jest narysowane na górnej krawędzi.
    }
chart-scatter-left_out = { $n ->
        [one] Jeden twórca bez liczby obserwujących lub wskaźnika nie jest narysowany.
        [few] { $n } twórcy bez liczby obserwujących lub wskaźnika nie są narysowani.
        [many] { $n } twórców bez liczby obserwujących lub wskaźnika nie jest narysowanych.
       *[other] { $n } twórcy bez liczby obserwujących lub wskaźnika nie są narysowani.
    }
chart-scatter-bands_caption = Benchmarki za punktami
chart-scatter-points_caption = Twórcy na wykresie

## Struktura poziomów

chart-tiers-title = Struktura poziomów
chart-tiers-finding = Najwięcej twórców ma poziom { $tier } ({ $share }), najwięcej obserwujących – { $tier_followers } ({ $share_followers })
chart-tiers-finding_other = w podziale { $scheme } najwięcej twórców ma poziom { $tier } ({ $share })
chart-tiers-empty = Żaden twórca nie ma liczby obserwujących, więc nie da się go przypisać do poziomu.
chart-tiers-creators = Udział twórców
chart-tiers-followers = Udział obserwujących
chart-tiers-scheme = Podział na poziomy
chart-tiers-followers_share = Udział obserwujących

## Plan budżetu

chart-plan_tiers-title = Wydatki na poziomy w porównaniu z celami
chart-plan_tiers-finding = { $strategy }: największą część budżetu dostaje poziom { $tier }, { $share }; { $met }.
chart-plan_tiers-all_met = każdy poziom mieści się w swoim celu
chart-plan_tiers-no_targets = żaden poziom nie ma celu
chart-plan_tiers-off = { $n ->
        [one] jeden poziom jest poza celem
        [few] { $n } poziomy są poza celem
        [many] { $n } poziomów jest poza celem
       *[other] { $n } poziomu jest poza celem
    }
chart-plan_tiers-legend_share = Udział w budżecie według planu
chart-plan_tiers-legend_band = Przedział docelowy
chart-plan_tiers-legend_off = Poza celem
chart-plan_tiers-share = Udział w budżecie
chart-plan_tiers-target = Cel
chart-strategies-title = Porównanie strategii pod względem { $objective }
chart-strategies-finding = Najwięcej { $objective } daje { $best }: oczekiwane { $value }{ $range }; najmniej { $worst }: { $worst_value }.
chart-strategies-finding_one = { $best } daje oczekiwane { $value } { $objective }{ $range }.
chart-mega-title = Jeden twórca mega czy wielu twórców mikro
chart-mega-one = Jeden twórca mega
chart-mega-micro = { $n ->
        [one] { $n } twórca mikro
        [few] { $n } twórcy mikro
        [many] { $n } twórców mikro
       *[other] { $n } twórcy mikro
    }
chart-mega-finding = { $n ->
        [one] Za ten sam budżet { $n } twórca mikro przyniesie oczekiwane { $micro_value } { $objective }, wobec { $mega_value } od jednego twórcy mega.
        [few] Za ten sam budżet { $n } twórcy mikro przyniosą oczekiwane { $micro_value } { $objective }, wobec { $mega_value } od jednego twórcy mega.
        [many] Za ten sam budżet { $n } twórców mikro przyniesie oczekiwane { $micro_value } { $objective }, wobec { $mega_value } od jednego twórcy mega.
       *[other] Za ten sam budżet twórcy mikro ({ $n }) przyniosą oczekiwane { $micro_value } { $objective }, wobec { $mega_value } od jednego twórcy mega.
    }
